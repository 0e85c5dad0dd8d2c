import { useId, type InputHTMLAttributes } from 'react';

/**
 * One labelled text input of a light form (globals.css `.form-row`): the label always visible above it, an
 * optional hint, and the field's message under it, tied to the input by `aria-describedby`.
 */
export function LabelledInput({
  label,
  hint,
  error,
  required,
  ...input
}: { name: string; label: string; hint?: string; error?: string; required?: boolean } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id' | 'className'
>) {
  const id = `${useId()}-${input.name}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="form-row">
      <label htmlFor={id} className={`form-row__label${required ? ' form-row__label--required' : ''}`}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="text-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error && (
        <div id={`${id}-error`} className="form-error-text">
          {error}
        </div>
      )}
      {hint && (
        <div id={`${id}-hint`} className="form-row__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
