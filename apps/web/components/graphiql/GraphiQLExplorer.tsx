'use client';

import dynamic from 'next/dynamic';
import { useState, type FormEvent } from 'react';
import type { ExplorerCredentials, QueryCost } from './GraphiQLPanel';

// Monaco and GraphiQL run in the browser only; they are bundled into this page's chunks, not fetched from a CDN.
const GraphiQLPanel = dynamic(() => import('./GraphiQLPanel').then((module) => module.GraphiQLPanel), {
  ssr: false,
  loading: () => <p>正在加载 GraphiQL…</p>,
});

type TokenAnswer = { access_token?: string; expires_in?: number; scope?: string; error_description?: string };

/** The credentials form (partner client id and secret, or the staff member's own session) above GraphiQL. */
export function GraphiQLExplorer({ staffName }: { staffName: string | null }) {
  const [credentials, setCredentials] = useState<ExplorerCredentials | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cost, setCost] = useState<QueryCost | null>(null);

  async function exchange(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const response = await fetch('/api/graphiql/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: String(form.get('clientId') ?? '').trim(),
        client_secret: String(form.get('clientSecret') ?? ''),
      }),
    });
    const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (!response.ok || !answer.access_token) {
      setError(
        response.status === 401
          ? 'client_id 或密钥不正确，或该接入系统已停用。'
          : '获取令牌失败，请稍后再试。',
      );
      return;
    }
    setCredentials({
      kind: 'partner',
      token: answer.access_token,
      label: `${String(form.get('clientId'))}（${answer.scope ?? ''}，${Math.round((answer.expires_in ?? 0) / 60)} 分钟内有效）`,
    });
  }

  return (
    <div className="graphiql-explorer">
      <section aria-label="调试身份" className="graphiql-explorer__credentials">
        {credentials ? (
          <p role="status">
            当前身份：{credentials.label}{' '}
            <button type="button" className="button button--small" onClick={() => setCredentials(null)}>
              更换
            </button>
          </p>
        ) : (
          <>
            {/* POST: a press before hydration must not put the secret in the address (and its logs). */}
            <form
              method="post"
              onSubmit={exchange}
              aria-label="接入系统令牌"
              className="graphiql-explorer__form"
            >
              <label>
                client_id{' '}
                <input
                  name="clientId"
                  className="text-input"
                  autoComplete="username"
                  spellCheck={false}
                  required
                />
              </label>
              <label>
                client_secret{' '}
                <input
                  name="clientSecret"
                  type="password"
                  className="text-input"
                  autoComplete="current-password"
                  required
                />
              </label>
              <button type="submit" className="button button--primary">
                获取令牌
              </button>
            </form>
            {staffName && (
              <p>
                或{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => setCredentials({ kind: 'session', label: `${staffName}（工作人员登录）` })}
                >
                  使用我的登录身份
                </button>
              </p>
            )}
            {error && <p role="alert">{error}</p>}
          </>
        )}
        {cost && (
          <p data-testid="query-cost">
            本次查询成本 {cost.requestedQueryCost} 点；本小时剩余 {cost.remaining} / {cost.limit} 点
          </p>
        )}
      </section>
      {credentials && (
        <div className="graphiql-explorer__editor">
          <GraphiQLPanel credentials={credentials} onCost={setCost} />
        </div>
      )}
    </div>
  );
}
