'use client';

import dynamic from 'next/dynamic';
import type { FragmentType } from '@/gql';
import type { LicenseCard_LicenseFragment } from './LicenseCard';

// Ant Design, urql and the cards load only where there are licenses: 我的证照 without any ships none of it.
const LicenseCards = dynamic(() => import('./LicenseCards').then((module) => module.LicenseCards));

/** 我的证照's license cards (in their own chunk, loaded only when the page has licenses to show). */
export function LicenseList(props: {
  licenses: ({ id: string } & FragmentType<typeof LicenseCard_LicenseFragment>)[];
}) {
  return <LicenseCards licenses={props.licenses} />;
}
