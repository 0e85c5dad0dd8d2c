'use client';

import type { ComponentProps } from 'react';
import { Providers } from '@/components/Providers';
import { LicenseSnapshotView } from '@/components/licenses/LicenseSnapshotView';

/** A fetched license's data among a case's materials, with the Ant Design providers it needs. */
export default function CaseLicenseSnapshot(props: ComponentProps<typeof LicenseSnapshotView>) {
  return (
    <Providers>
      <LicenseSnapshotView {...props} />
    </Providers>
  );
}
