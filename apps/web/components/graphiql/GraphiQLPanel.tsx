'use client';

import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';

export type ExplorerCredentials =
  { kind: 'partner'; token: string; label: string } | { kind: 'session'; label: string };

/** The API's `extensions.cost` of an answer. */
export interface QueryCost {
  requestedQueryCost: number;
  limit: number;
  remaining: number;
}

const DEFAULT_QUERY = `# 本接入系统所属部门的办件，按变更顺序；下次同步时把 endCursor 作为 after 传入。
query Sync($after: String) {
  cases(first: 20, after: $after, updatedSince: "2019-01-01T00:00:00+08:00") {
    nodes { businessNumber status item { name } appliedAt }
    pageInfo { hasNextPage endCursor }
  }
  rateLimit { cost remaining }
}
`;

/** GraphiQL against the hall's own /api/graphiql route, as the partner token or the staff session. */
export function GraphiQLPanel(props: {
  credentials: ExplorerCredentials;
  onCost: (cost: QueryCost | null) => void;
}) {
  const { credentials, onCost } = props;
  async function fetcher(params: unknown) {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (credentials.kind === 'partner') headers.authorization = `Bearer ${credentials.token}`;
    const response = await fetch('/api/graphiql', { method: 'POST', headers, body: JSON.stringify(params) });
    const body = (await response.json()) as { extensions?: { cost?: QueryCost } };
    // The schema GraphiQL loads by itself costs nothing; show what the developer's own query cost.
    const query = (params as { query?: string }).query ?? '';
    if (!query.includes('__schema')) onCost(body.extensions?.cost ?? null);
    return body;
  }
  return (
    <GraphiQL
      key={credentials.kind === 'partner' ? credentials.token : 'session'}
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      shouldPersistHeaders={false}
    />
  );
}
