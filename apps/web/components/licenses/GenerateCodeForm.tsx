'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { PendingSubmit } from '@/components/form/PendingSubmit';
import { Notice } from '@/components/layout/Notice';
import { generateCodeAction, type GenerateCodeState } from './actions';

/**
 * 生成验证码: a server-action form (works before hydration); the new code is shown once, in a modal dialog
 * with 复制, until 我已记下 (or Esc). A refusal shows above the list in the API's words.
 */
export function GenerateCodeForm(props: { licenseId: string; active: boolean }) {
  const [state, action] = useActionState<GenerateCodeState, FormData>(generateCodeAction, { others: [] });
  // The code of the answer being shown; 我已记下 forgets it (the state keeps the answer until the next one).
  const [dismissed, setDismissed] = useState<string>();
  const shown = state.shown && state.shown.code !== dismissed ? state.shown : undefined;
  return (
    <>
      <form action={action} className="button-row license-grants__generate">
        <input type="hidden" name="licenseId" value={props.licenseId} />
        {props.active ? (
          <PendingSubmit primary>生成验证码</PendingSubmit>
        ) : (
          <>
            <button type="submit" className="button button--primary" disabled>
              生成验证码
            </button>
            <span className="text-secondary">证照已注销或吊销，不能生成验证码。</span>
          </>
        )}
      </form>
      {state.others.length > 0 && (
        <p role="alert" className="form-alert form-alert--error">
          {state.others.join(' ')}
        </p>
      )}
      {shown && <CodeDialog {...shown} onClose={() => setDismissed(shown.code)} />}
    </>
  );
}

/** The code once, with 复制 (a 24 px target at least, 44 px on touch) and until when it may be used. */
function CodeDialog(props: { code: string; expiresAt: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="license-code-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <h2 id="license-code-title" className="confirm-dialog__title">
        验证码
      </h2>
      <p className="license-code">
        <span className="code-once" data-testid="generated-code">
          {props.code}
        </span>
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copied ? '已复制' : '复制'}
        </button>
      </p>
      <p>有效期至 {formatDateTime(props.expiresAt)}（北京时间），只能使用一次。</p>
      <Notice
        tone="warning"
        title="验证码只显示这一次，关闭后无法再次查看。请只告诉您授权使用本证照的办事人。"
      />
      <div className="confirm-dialog__buttons">
        <button type="button" className="button button--primary" onClick={props.onClose} autoFocus>
          我已记下
        </button>
      </div>
    </dialog>
  );
}
