'use client';

import dynamic from 'next/dynamic';

/**
 * CaseLicenseSnapshot loaded only where a material is a fetched license: a server page that imports a client
 * component ships its code whether or not it renders it, and this one brings Ant Design.
 */
export const LazyCaseLicenseSnapshot = dynamic(() => import('./CaseLicenseSnapshot'));
