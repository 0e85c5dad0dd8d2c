import type { ReactNode } from 'react';
import { Providers } from '@/components/Providers';

/** These pages use Ant Design and client-side GraphQL (README, "Speed": providers only where needed). */
export default function AntdLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
