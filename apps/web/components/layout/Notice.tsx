import type { ReactNode } from 'react';

/**
 * A plain message box (globals.css `.form-alert`): information, a warning to act on, or a success. `status`
 * makes it announced when it appears after an action.
 */
export function Notice(props: {
  tone: 'info' | 'warning' | 'success' | 'error';
  title: ReactNode;
  children?: ReactNode;
  role?: 'status' | 'alert';
  className?: string;
}) {
  return (
    <div
      role={props.role}
      className={`form-alert form-alert--${props.tone}${props.className ? ` ${props.className}` : ''}`}
    >
      <strong className="form-alert__title">{props.title}</strong>
      {props.children && <div>{props.children}</div>}
    </div>
  );
}
