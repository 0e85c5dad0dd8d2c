/** File endings the upload pickers offer; the API decides the type from the content anyway. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd';

/**
 * 上传文件 as a button: a plain file input inside a label drawn as a button (globals.css `.file-button`; the
 * input stays focusable). `words` are what it shows, `label` its accessible name (the words first, then what
 * the file is for); the chosen file goes to `onFile`, and the input is emptied so the same file can be chosen
 * again.
 */
export function FileButton(props: {
  words: string;
  label: string;
  busy: boolean;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  return (
    <label className="button file-button" aria-busy={props.busy}>
      {props.busy && <span className="button__spinner" aria-hidden="true" />}
      <input
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        disabled={props.disabled}
        aria-label={props.label}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      {props.words}
    </label>
  );
}
