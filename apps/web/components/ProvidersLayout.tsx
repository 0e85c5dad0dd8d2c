import type { ReactNode } from 'react';
import { Providers } from './Providers';

/**
 * The layout of a subtree whose pages use Ant Design or client-side GraphQL (README, "Speed": providers
 * only where needed). Such a folder's `layout.tsx` is the one line `export { default } from
 * '@/components/ProvidersLayout';`.
 */
export default function ProvidersLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
