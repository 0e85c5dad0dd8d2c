import type { ChangeEvent } from 'react';

/**
 * A required-or-not radio group drawn as a row of buttons (a column on phones, globals.css
 * `.choice-buttons`): plain radios, so it works before hydration and without script. The group's name is
 * its visible legend; `errorId` ties a message under it to the group.
 */
export function ChoiceButtons<Value extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: Value; label: string }[];
  defaultValue?: Value;
  required?: boolean;
  error?: string;
  errorId: string;
  onChange?: (value: Value) => void;
}) {
  const onChange = props.onChange
    ? (event: ChangeEvent<HTMLInputElement>) => props.onChange?.(event.currentTarget.value as Value)
    : undefined;
  return (
    // No aria-invalid on the group (not allowed on a fieldset); its message is tied by aria-describedby.
    <fieldset className="form-row" aria-describedby={props.error ? props.errorId : undefined}>
      <legend className={props.required ? 'form-row__label--required' : undefined}>{props.legend}</legend>
      <div className="choice-buttons">
        {props.options.map((option) => (
          <label key={option.value} className="choice-buttons__option">
            <input
              type="radio"
              name={props.name}
              value={option.value}
              defaultChecked={props.defaultValue === option.value}
              onChange={onChange}
            />
            {option.label}
          </label>
        ))}
      </div>
      {props.error && (
        <div id={props.errorId} className="form-error-text">
          {props.error}
        </div>
      )}
    </fieldset>
  );
}
