import type { ReactNode } from 'react';

/** The ids a field's control takes so its label, help and error are tied to it (see FormField). */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * One labelled form row in plain HTML (globals.css `.form-field`): the visible label, the control, a help
 * line and the field's error (a `userError` in Chinese, or the form's own check) under it, tied to the control
 * for screen readers. `children` renders the control with the ids it must carry.
 */
export function FormField(props: {
  id: string;
  label: ReactNode;
  required?: boolean;
  help?: ReactNode;
  error?: string | null;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const { id, error } = props;
  const describedBy = [props.help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id} className="form-field__label">
        {props.label}
        {props.required && (
          <span className="form-field__required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {props.children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      <FieldNotes id={id} error={error} help={props.help} />
    </div>
  );
}

/** A field's (or group's) message and help under its control(s), with the ids its aria-describedby names. */
export function FieldNotes({ id, error, help }: { id: string; error?: string | null; help?: ReactNode }) {
  return (
    <>
      {error && (
        <div id={`${id}-error`} className="form-error-text">
          {error}
        </div>
      )}
      {help && (
        <div id={`${id}-help`} className="form-field__help">
          {help}
        </div>
      )}
    </>
  );
}
