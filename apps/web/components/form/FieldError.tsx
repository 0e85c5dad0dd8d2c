/** A field's error under it (linked by `id` through the field's aria-describedby); nothing when there is none. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="form-error-text" role="alert">
      {message}
    </p>
  );
}
