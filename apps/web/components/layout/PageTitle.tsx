import type { ReactNode } from 'react';

/**
 * The page's one <h1>, rendered on the server (no client JavaScript): every page starts with it, so the
 * accessibility checks (e2e/pages.ts) can expect exactly one. `extra` is a quieter qualifier (e.g. the
 * department's name) inside the same heading.
 */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <h1 className="page-title">
      {children}
      {extra && <span className="page-title__extra">{extra}</span>}
    </h1>
  );
}
