/**
 * What a server-action form did, after it redirected back to its page (`?done=` / `?error=`): a status line
 * for success, an alert for a refusal in the API's own words; nothing otherwise.
 */
export function ActionOutcome({ done, error }: { done?: string; error?: string }) {
  return (
    <>
      {done && (
        <p role="status" className="form-alert form-alert--success">
          {done}
        </p>
      )}
      {error && (
        <p role="alert" className="form-alert form-alert--error">
          {error}
        </p>
      )}
    </>
  );
}
