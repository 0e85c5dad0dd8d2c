'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

/**
 * 退出 for one other device in 在线设备: asks first (in the row, no dialog library), then signs that device
 * out at once; the page comes back with `?ended=1` (「该设备已退出登录」) and without the device.
 */
export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function end() {
    setPending(true);
    setError('');
    const { endSession } = await import('./end-session');
    const outcome = await endSession(sessionId);
    setPending(false);
    setAsking(false);
    if (outcome.ok) router.replace('/personal/account/sessions?ended=1');
    else setError(outcome.others.join(' '));
  }

  if (!asking) {
    return (
      <>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`退出 ${device}`}
          onClick={() => setAsking(true)}
        >
          退出
        </button>
        {error && (
          <span role="alert" className="form-error-text">
            {error}
          </span>
        )}
      </>
    );
  }
  return (
    <span className="confirm-panel confirm-panel--inline" role="group" aria-label={`让“${device}”退出登录？`}>
      <span>让“{device}”退出登录？</span>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={pending}
        aria-busy={pending}
        onClick={() => void end()}
      >
        退出
      </button>
      <button type="button" className="button button--small" onClick={() => setAsking(false)}>
        取消
      </button>
    </span>
  );
}
