'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * 确认…？ before what cannot be undone: a native modal <dialog> (focus kept inside, Esc cancels), mounted only
 * while asking. The light stand-in for Ant Design's `modal.confirm`.
 */
export function ConfirmDialog(props: {
  title: string;
  content: string;
  okText?: string;
  /** A field the answer needs (e.g. 轮换密钥's overlap), under the content. */
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-content`}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="confirm-dialog__title">
        {props.title}
      </h2>
      <p id={`${id}-content`}>{props.content}</p>
      {props.children}
      <div className="confirm-dialog__buttons">
        <button type="button" className="button" onClick={props.onCancel}>
          取消
        </button>
        <button type="button" className="button button--primary" onClick={props.onConfirm} autoFocus>
          {props.okText ?? '确认提交'}
        </button>
      </div>
    </dialog>
  );
}
