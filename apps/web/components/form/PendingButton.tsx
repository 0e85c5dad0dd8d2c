import type { ReactNode } from 'react';

/**
 * A plain button (app/globals.css .button) that shows a spinner and is disabled while its action runs, so it
 * is not pressed twice.
 */
export function PendingButton(props: {
  pending: boolean;
  onClick?: () => void;
  primary?: boolean;
  type?: 'button' | 'submit';
  children: ReactNode;
}) {
  return (
    <button
      type={props.type ?? 'button'}
      className={props.primary ? 'button button--primary' : 'button'}
      onClick={props.onClick}
      disabled={props.pending}
      aria-busy={props.pending}
    >
      {props.pending && <span className="button__spinner" aria-hidden="true" />}
      {props.children}
    </button>
  );
}
