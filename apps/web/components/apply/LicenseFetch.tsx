'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatDateTime } from '@/lib/format';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { fetchLicenseMaterialAction } from './actions';

const CODE = /^\d{8}$/;

/**
 * 获取证照库文件: the applicant types the 8-digit verification code the license holder generated in 我的证照, and
 * the hall attaches that license to the draft. Wrong codes get the API's one message; after too many the
 * entry is closed until the time the API states.
 */
export function LicenseFetch(props: {
  itemMaterialId: string;
  itemName: string;
  /** The draft to attach to, saved first when the application has not been saved yet. */
  ensureDraft: () => Promise<string | undefined>;
  onFetched: () => Promise<void>;
}) {
  const id = useId();
  const [code, setCode] = useState('');
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [lockedUntil, setLockedUntil] = useState<string>();
  const [now, setNow] = useState(() => Date.now());
  const locked = lockedUntil !== undefined && Date.parse(lockedUntil) > now;

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  async function onFetch(event?: FormEvent) {
    event?.preventDefault();
    if (!CODE.test(code)) {
      setAlert(['请输入8位数字验证码']);
      return;
    }
    setAlert([]);
    setPending(true);
    try {
      const caseId = await props.ensureDraft();
      if (!caseId) return;
      const answer = await fetchLicenseMaterialAction({
        caseId,
        itemMaterialId: props.itemMaterialId,
        code,
        purpose: props.itemName,
      });
      if (answer.errors.length > 0) {
        setAlert(answer.errors);
        if (answer.lockedUntil) {
          setLockedUntil(answer.lockedUntil);
          setNow(Date.now());
        }
        return;
      }
      setCode('');
      await props.onFetched();
    } catch {
      setAlert([REQUEST_ERROR_LABELS.OTHER]);
    } finally {
      setPending(false);
    }
  }

  return (
    <div data-testid="license-fetch">
      <p id={`${id}-help`} className="text-secondary">
        请向证照持有人（法定代表人或证照管理员）索取在“个人空间 →
        我的证照”生成的8位验证码。验证码10分钟内有效，只能使用一次。
      </p>
      <form className="material-row__file" noValidate onSubmit={(event) => void onFetch(event)}>
        <label htmlFor={`${id}-code`}>验证码</label>
        <input
          id={`${id}-code`}
          className="text-input code-input"
          placeholder="8位数字验证码"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          value={code}
          disabled={locked}
          aria-describedby={`${id}-help`}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={pending || locked}
          aria-busy={pending}
        >
          {pending && <span className="button__spinner" aria-hidden="true" />}
          获取证照
        </button>
      </form>
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          <strong className="form-alert__title">{alert.join(' ')}</strong>
          {locked && <div>在 {formatDateTime(lockedUntil)}（北京时间）之前不能再输入验证码。</div>}
        </div>
      )}
    </div>
  );
}
