import type { ReactNode } from 'react';

/** Staff workbenches (部门办件, 窗口收件). Each workbench's own layout checks the role it needs. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <section className="staff">{children}</section>;
}
