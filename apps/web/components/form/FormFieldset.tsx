import type { ReactNode } from 'react';
import { FieldNotes } from './FormField';

/**
 * A group of controls under one visible legend (a `<fieldset>` styled as a FormField row): the legend with its
 * required mark, the controls, then the group's own message (tied to it by aria-describedby, as a fieldset
 * takes no aria-invalid) and help.
 */
export function FormFieldset(props: {
  id: string;
  legend: ReactNode;
  required?: boolean;
  error?: string | null;
  help?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { id, error } = props;
  const describedBy = [error && `${id}-error`, props.help && `${id}-help`].filter(Boolean).join(' ');
  return (
    <fieldset
      className={props.className ? `form-fields form-field ${props.className}` : 'form-fields form-field'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="form-field__label">
        {props.legend}
        {props.required && (
          <span className="form-field__required" aria-hidden="true">
            *
          </span>
        )}
      </legend>
      {props.children}
      <FieldNotes id={id} error={error} help={props.help} />
    </fieldset>
  );
}
