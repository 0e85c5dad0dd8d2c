'use client';

import type { FragmentType } from '@/gql';
import { Providers } from '@/components/Providers';
import { LicenseCard, type LicenseCard_LicenseFragment } from './LicenseCard';

/** The license cards with the Ant Design and urql providers they need (loaded through LicenseList). */
export function LicenseCards(props: {
  licenses: ({ id: string } & FragmentType<typeof LicenseCard_LicenseFragment>)[];
}) {
  return (
    <Providers>
      {props.licenses.map((license) => (
        <LicenseCard key={license.id} license={license} />
      ))}
    </Providers>
  );
}
