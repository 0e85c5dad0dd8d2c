'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/**
 * The submit button of a server-action form (app/globals.css .button): disabled with a spinner while the
 * form's action runs, so it is not sent twice. Before hydration it is a plain submit button.
 */
export function PendingSubmit(props: {
  children: ReactNode;
  primary?: boolean;
  small?: boolean;
  label?: string;
}) {
  const { pending } = useFormStatus();
  const className = ['button', props.primary && 'button--primary', props.small && 'button--small']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="submit"
      className={className}
      disabled={pending}
      aria-busy={pending}
      aria-label={props.label}
    >
      {pending && <span className="button__spinner" aria-hidden="true" />}
      {props.children}
    </button>
  );
}
