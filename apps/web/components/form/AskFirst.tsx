import Link from 'next/link';
import { PendingSubmit } from './PendingSubmit';

/**
 * A row's button for what cannot be undone (删除, 撤销, 取消管理员), asked first without any script: the
 * button is a GET form to `path?{param}={id}`, and the page, seeing that row asked about (`asking`), draws the
 * question in the row with the server action's button and a way back to `path`.
 */
export function AskFirst(props: {
  path: string;
  /** The query parameter naming the row asked about, e.g. `delete`. */
  param: string;
  id: string;
  asking: boolean;
  /** The server action, and the hidden fields it reads. */
  action: (form: FormData) => Promise<void>;
  fields: Readonly<Record<string, string>>;
  question: string;
  /** The button's text; `label` names it with its row for screen readers. */
  text: string;
  label?: string;
  /** The answering button's text (default `text`) and accessible name. */
  confirmText?: string;
  confirmLabel?: string;
  backText?: string;
  danger?: boolean;
  className?: string;
}) {
  if (!props.asking) {
    return (
      <form action={props.path}>
        <input type="hidden" name={props.param} value={props.id} />
        <button
          type="submit"
          className={props.danger ? 'button button--small button--danger' : 'button button--small'}
          aria-label={props.label}
        >
          {props.text}
        </button>
      </form>
    );
  }
  return (
    <form action={props.action} className={props.className ?? 'confirm-panel confirm-panel--inline'}>
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span>{props.question}</span>
      <PendingSubmit small label={props.confirmLabel}>
        {props.confirmText ?? props.text}
      </PendingSubmit>
      <Link className="button button--small" href={props.path}>
        {props.backText ?? '取消'}
      </Link>
    </form>
  );
}
