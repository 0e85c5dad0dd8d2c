import type { ReactNode } from 'react';

export type Tone = 'default' | 'blue' | 'green' | 'red' | 'orange' | 'gold';

/**
 * A short label as a coloured tag in plain HTML (globals.css `.status-tag`, each tone at 4.5:1 or more), the
 * light stand-in for Ant Design's Tag on pages that ship no Ant Design.
 */
export function ToneTag({ tone = 'default', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`status-tag status-tag--${tone}`}>{children}</span>;
}
