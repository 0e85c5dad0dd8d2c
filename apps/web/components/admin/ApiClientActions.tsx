'use client';

import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import { disableApiClientAction, rotateApiClientSecretAction, type ShownSecret } from './api-client-actions';
import { ConfirmDialog } from '@/components/form/ConfirmDialog';
import { showToast } from '@/components/form/toast';
import { useServerAction } from '@/components/form/useServerAction';
import { OneTimeSecret } from './OneTimeSecret';

const DEFAULT_OVERLAP_MINUTES = 1440;
const MAX_OVERLAP_MINUTES = 10080;

const ShowSecret = createContext<(shown: ShownSecret) => void>(() => undefined);

/**
 * 接入系统's list with the place a rotated secret shows (above the list, until closed): the rows' 轮换密钥
 * buttons hand their answer up through context, so the list itself stays server-rendered.
 */
export function ApiClientSecrets({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<ShownSecret | null>(null);
  return (
    <ShowSecret.Provider value={setShown}>
      {shown && <OneTimeSecret shown={shown} onClose={() => setShown(null)} />}
      {children}
    </ShowSecret.Provider>
  );
}

/** The overlap as typed, or why it cannot be sent. */
function overlapOf(text: string): number | string {
  if (!/^\d+$/.test(text.trim())) return `请输入 0–${MAX_OVERLAP_MINUTES} 的整数`;
  const minutes = Number(text);
  return minutes <= MAX_OVERLAP_MINUTES ? minutes : `重叠期最长 ${MAX_OVERLAP_MINUTES} 分钟（7 天）`;
}

/**
 * One active client's 轮换密钥 (asks for the overlap, in minutes, first) and 停用 (asks first: its tokens
 * stop at once). Plain buttons through the page's server actions; the API's refusals show as an error toast.
 */
export function ApiClientRowActions(props: { id: string; clientId: string; name: string }) {
  const showSecret = useContext(ShowSecret);
  const overlapId = useId();
  const rotation = useServerAction(rotateApiClientSecretAction);
  const disabling = useServerAction(disableApiClientAction);
  const [asking, setAsking] = useState<'rotate' | 'disable' | null>(null);
  const [overlap, setOverlap] = useState(String(DEFAULT_OVERLAP_MINUTES));
  const [overlapError, setOverlapError] = useState<string | null>(null);
  const pending = rotation.pending || disabling.pending;

  async function rotate() {
    const minutes = overlapOf(overlap);
    if (typeof minutes === 'string') {
      setOverlapError(minutes);
      return;
    }
    setAsking(null);
    const payload = await rotation.act([props.id, minutes]);
    if (payload?.apiClient && payload.clientSecret) {
      showSecret({
        clientId: payload.apiClient.clientId,
        secret: payload.clientSecret,
        previousValidUntil: payload.apiClient.previousSecretValidUntil ?? null,
      });
    }
  }

  async function disable() {
    setAsking(null);
    const payload = await disabling.act([props.id]);
    if (payload) showToast(`已停用，撤销了 ${payload.revokedTokens ?? 0} 个令牌`);
  }

  return (
    <>
      <span className="case-row-actions">
        <button
          type="button"
          className="button button--small"
          disabled={pending}
          aria-busy={rotation.pending}
          aria-label={`轮换密钥 ${props.clientId}`}
          onClick={() => {
            setOverlap(String(DEFAULT_OVERLAP_MINUTES));
            setOverlapError(null);
            setAsking('rotate');
          }}
        >
          轮换密钥
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={pending}
          aria-busy={disabling.pending}
          aria-label={`停用 ${props.clientId}`}
          onClick={() => setAsking('disable')}
        >
          停用
        </button>
      </span>
      {asking === 'rotate' && (
        <ConfirmDialog
          title={`轮换 ${props.name} 的密钥`}
          content="新密钥只显示一次。重叠期内新旧两个密钥都有效，便于对方系统无中断地更换。"
          okText="轮换"
          onConfirm={() => void rotate()}
          onCancel={() => setAsking(null)}
        >
          <div className="form-field">
            <label htmlFor={overlapId} className="form-field__label">
              重叠期（分钟，0–{MAX_OVERLAP_MINUTES}）
            </label>
            <input
              id={overlapId}
              className="text-input"
              inputMode="numeric"
              value={overlap}
              aria-invalid={overlapError ? true : undefined}
              aria-describedby={overlapError ? `${overlapId}-error` : undefined}
              onChange={(event) => {
                setOverlap(event.target.value);
                setOverlapError(null);
              }}
            />
            {overlapError && (
              <div id={`${overlapId}-error`} className="form-error-text">
                {overlapError}
              </div>
            )}
          </div>
        </ConfirmDialog>
      )}
      {asking === 'disable' && (
        <ConfirmDialog
          title={`停用 ${props.name}？`}
          content="停用后该系统的访问令牌立即失效，且不能再获取新令牌。"
          okText="停用"
          onConfirm={() => void disable()}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}
