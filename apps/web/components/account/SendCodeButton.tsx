'use client';

import { useEffect, useRef, useState } from 'react';
import type { PhoneCodePurpose } from '@/gql/graphql';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { useFieldErrors } from './account-form';
import { sendPhoneCodeAction } from './actions';
import { phoneError } from '@/lib/account-form-checks';

const WAIT_SECONDS = 60;

/**
 * 获取验证码 beside a form's 短信验证码 field: sends the code for `purpose` to the form's `phone` field, then
 * counts down a minute (the API allows one code a minute per number). A bad number, and the API's refusal,
 * go to the phone field.
 */
export function SendCodeButton({ purpose }: { purpose: PhoneCodePurpose }) {
  const button = useRef<HTMLButtonElement>(null);
  const { setError } = useFieldErrors();
  const [sending, setSending] = useState(false);
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function onClick() {
    const input = button.current?.form?.elements.namedItem('phone');
    if (!(input instanceof HTMLInputElement)) return;
    const invalid = phoneError(input.value);
    setError('phone', invalid);
    if (invalid) {
      input.focus();
      return;
    }
    setSending(true);
    try {
      const outcome = await sendPhoneCodeAction(input.value, purpose);
      if (outcome.ok) {
        setWait(WAIT_SECONDS);
        return;
      }
      setError('phone', [...outcome.fields.flatMap((field) => field.errors), ...outcome.others].join(' '));
      input.focus();
    } catch {
      setError('phone', REQUEST_ERROR_LABELS.NETWORK);
    } finally {
      setSending(false);
    }
  }

  return (
    <button
      ref={button}
      type="button"
      className="button send-code-button"
      onClick={onClick}
      disabled={wait > 0 || sending}
      aria-busy={sending}
    >
      {wait > 0 ? `${wait} 秒后重新获取` : '获取验证码'}
    </button>
  );
}
