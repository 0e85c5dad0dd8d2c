'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { RealNameLevel } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { LabelledInput } from '@/components/form/LabelledInput';
import { verifyRealName, verifyRealPerson } from './real-name-mutations';

const lockedMessage = (until: string) => `核验失败次数过多，请于 ${formatDateTime(until)} 后再试`;

/**
 * 实名认证 (姓名 + 身份证号, checked by the identity service), then 实人认证 (a face comparison). After a raise the
 * page goes back to `returnTo` (a same-site path the server checked) when an operation sent the user here.
 * Plain inputs and buttons (globals.css), the mutation sent through a server action (real-name-mutations.ts).
 */
export function RealNameForms({ level, returnTo }: { level: RealNameLevel; returnTo: string | null }) {
  const router = useRouter();
  const done = () => {
    if (returnTo) router.push(returnTo);
    router.refresh();
  };
  return level === 'UNVERIFIED' ? (
    <RealNameForm onDone={done} />
  ) : level === 'REAL_NAME' ? (
    <RealPersonForm onDone={done} />
  ) : null;
}

type Fields = { name?: string; idNumber?: string };
const REQUIRED: Required<Fields> = { name: '请输入姓名', idNumber: '请输入身份证号' };

/** The alert above a form (refusals for no field, a lock-out, a failed request). */
function Alert({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="form-alert form-alert--error">
      {messages.join(' ')}
    </div>
  );
}

function RealNameForm({ onDone }: { onDone: () => void }) {
  const [errors, setErrors] = useState<Fields>({});
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get('name') ?? '').trim(),
      idNumber: String(data.get('idNumber') ?? '').trim(),
    };
    const missing: Fields = {};
    if (!input.name) missing.name = REQUIRED.name;
    if (!input.idNumber) missing.idNumber = REQUIRED.idNumber;
    setErrors(missing);
    setAlert([]);
    if (missing.name || missing.idNumber) return;
    setPending(true);
    const outcome = await verifyRealName(input);
    setPending(false);
    if (outcome.ok) return onDone();
    setErrors(Object.fromEntries(outcome.fields.map((field) => [field.name, field.errors.join(' ')])));
    const locked = outcome.payload?.lockedUntil;
    setAlert(locked ? [lockedMessage(locked)] : outcome.others);
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="narrow-form">
      <Alert messages={alert} />
      <fieldset disabled={pending} className="form-fields">
        <LabelledInput
          name="name"
          label="姓名"
          required
          autoComplete="name"
          maxLength={50}
          error={errors.name}
        />
        <LabelledInput
          name="idNumber"
          label="居民身份证号"
          required
          maxLength={18}
          autoComplete="off"
          hint="18 位，最后一位可以是 X。"
          error={errors.idNumber}
        />
        <button type="submit" className="button button--primary" aria-busy={pending}>
          {pending && <span className="button__spinner" aria-hidden="true" />}
          提交实名认证
        </button>
      </fieldset>
    </form>
  );
}

function RealPersonForm({ onDone }: { onDone: () => void }) {
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  async function onClick() {
    // The stand-in identity service takes any token; a real deployment gets it from the face SDK.
    const livenessToken = `stand-in-capture-${Date.now()}`;
    setPending(true);
    setAlert([]);
    const outcome = await verifyRealPerson(livenessToken);
    setPending(false);
    if (outcome.ok) return onDone();
    const locked = outcome.payload?.lockedUntil;
    setAlert(locked ? [lockedMessage(locked)] : outcome.others);
  }

  return (
    <div className="narrow-form">
      <Alert messages={alert} />
      <button
        type="button"
        className="button button--primary"
        disabled={pending}
        aria-busy={pending}
        onClick={() => void onClick()}
      >
        {pending && <span className="button__spinner" aria-hidden="true" />}
        开始人脸核验（模拟服务）
      </button>
    </div>
  );
}
