import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 100;

/** Relay `first` must be 1–100, as on GitHub's API; anything else is the caller's mistake. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  return size;
}

export function invalidCursor(): GraphQLError {
  return new GraphQLError('"after" is not a cursor this connection issued.', {
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
  });
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Builds a page from `size + 1` fetched rows: the extra row only tells that there is a next page. */
export function toPage<T>(rows: T[], size: number, hasAfter: boolean, cursorOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasAfter,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
