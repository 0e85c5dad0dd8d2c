'use client';

import { useState } from 'react';
import { Notice } from '@/components/layout/Notice';
import type { ShownSecret } from './api-client-actions';
import { formatDateTime } from '@/lib/format';

/** What the notice says before the secret: created, or rotated with (or without) an overlap. */
function noteOf(shown: ShownSecret): string {
  if (shown.previousValidUntil === undefined) return '接入系统已创建。';
  return shown.previousValidUntil
    ? `原密钥在 ${formatDateTime(shown.previousValidUntil)} 前仍然有效。`
    : '原密钥已立即失效。';
}

/**
 * A client secret the API answered once (创建 or 轮换密钥): shown here only, with 复制 and 关闭. The hall keeps
 * only its hash, so once closed (or the page left) it cannot be shown again.
 */
export function OneTimeSecret(props: { shown: ShownSecret; onClose: () => void }) {
  const { shown } = props;
  const [copied, setCopied] = useState<boolean | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(shown.secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div data-testid="client-secret" className="one-time-secret">
      <Notice
        tone="success"
        role="status"
        title={`${noteOf(shown)}${shown.clientId} 的新密钥只显示这一次，请立即复制并交给对方系统：`}
      >
        <code className="one-time-secret__value" data-testid="client-secret-value">
          {shown.secret}
        </code>
        <div className="case-row-actions">
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {copied ? '已复制' : '复制'}
          </button>
          <button type="button" className="button button--small" onClick={props.onClose}>
            关闭
          </button>
          {copied === false && <span role="alert">无法访问剪贴板，请选中密钥后手动复制。</span>}
        </div>
      </Notice>
    </div>
  );
}
