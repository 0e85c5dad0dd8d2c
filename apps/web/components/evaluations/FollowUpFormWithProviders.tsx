'use client';

import type { ComponentProps } from 'react';
import { Providers } from '@/components/Providers';
import { FollowUpForm } from './FollowUpForm';

/** 追评 with the Ant Design and urql providers its form needs. */
export default function FollowUpFormWithProviders(props: ComponentProps<typeof FollowUpForm>) {
  return (
    <Providers>
      <FollowUpForm {...props} />
    </Providers>
  );
}
