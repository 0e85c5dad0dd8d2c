'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { LabelledInput } from '@/components/form/LabelledInput';
import { decideFirmLink, requestFirmLink } from './firm-link-mutations';

/**
 * 关联企业: the firm's 统一社会信用代码; its legal representative then confirms. Plain HTML, the mutation sent
 * through a server action (firm-link-mutations.ts).
 */
export function RequestFirmLinkForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [alert, setAlert] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const creditCode = String(new FormData(form).get('creditCode') ?? '').trim();
    setAlert([]);
    setDone('');
    if (!creditCode) return setError('请输入统一社会信用代码');
    setError(undefined);
    setPending(true);
    const outcome = await requestFirmLink(creditCode);
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.fields.flatMap((field) => field.errors).join(' ') || undefined);
      setAlert(outcome.others);
      return;
    }
    form.reset();
    setDone(
      outcome.payload.firmLink?.status === 'APPROVED' ? '已关联企业' : '申请已提交，等待法定代表人确认',
    );
    router.refresh();
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="narrow-form">
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {alert.join(' ')}
        </div>
      )}
      <fieldset disabled={pending} className="form-fields">
        <LabelledInput
          name="creditCode"
          label="统一社会信用代码"
          required
          maxLength={18}
          autoComplete="off"
          hint="18 位数字或大写字母。"
          error={error}
        />
        <button type="submit" className="button button--primary" aria-busy={pending}>
          {pending && <span className="button__spinner" aria-hidden="true" />}
          申请关联
        </button>
      </fieldset>
      <p role="status" className="text-secondary">
        {done}
      </p>
    </form>
  );
}

/** 同意 / 拒绝 of one pending request, for the firm's legal representative. */
export function DecideFirmLinkButtons({ linkId, requester }: { linkId: string; requester: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function onDecide(approve: boolean) {
    setPending(true);
    setError('');
    const outcome = await decideFirmLink(linkId, approve);
    setPending(false);
    if (outcome.ok) router.refresh();
    else setError(outcome.others.join('；'));
  }

  return (
    <span className="button-row">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={pending}
        aria-busy={pending}
        onClick={() => void onDecide(true)}
        aria-label={`同意${requester}的申请`}
      >
        同意
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={pending}
        onClick={() => void onDecide(false)}
        aria-label={`拒绝${requester}的申请`}
      >
        拒绝
      </button>
      {error && (
        <span role="alert" className="form-error-text">
          {error}
        </span>
      )}
    </span>
  );
}
