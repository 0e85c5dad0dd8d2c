'use client';

import dynamic from 'next/dynamic';

/**
 * The 追评 form loaded only once the department has replied (when it is shown): a server page that imports a
 * client component ships its code whether or not it renders it, and this one brings Ant Design and urql.
 */
export const LazyFollowUpForm = dynamic(() => import('./FollowUpFormWithProviders'));
