import {
  getNamedType,
  isLeafType,
  isListType,
  getNullableType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Page size assumed for a connection without `first`/`last` (the schema's default) and the cap. */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
/** Items assumed for a plain list field (a case's timeline, the departments) that has no paging. */
export const ASSUMED_LIST_SIZE = 10;

const isConnectionType = (name: string) => name.endsWith('Connection') || name.endsWith('Edge');

/**
 * GitHub-style cost: how many objects an operation may return at most, computed from the document and its
 * variables before anything runs. A scalar costs 0, an object 1 plus its selections; a connection costs 1
 * plus `first` (or `last`) times what each of its items costs, so nested connections multiply; a list
 * costs its length (`ids` given, else ASSUMED_LIST_SIZE) times each item. Aliases are separate fields
 * and each costs in full.
 */
const estimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  // Introspection (development only: it is off in production) is not charged.
  if (field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (isConnectionType(named.name) && !isListType(getNullableType(field.type))) {
    const page = Number(args.first ?? args.last ?? DEFAULT_PAGE);
    return 1 + Math.min(Math.max(page, 0), MAX_PAGE) * childComplexity;
  }
  if (isListType(getNullableType(field.type))) {
    // Items of a connection are already multiplied by its page size.
    if (isConnectionType(parent.name)) return 1 + childComplexity;
    const size = Array.isArray(args.ids) ? args.ids.length : ASSUMED_LIST_SIZE;
    return size * (1 + childComplexity);
  }
  return 1 + childComplexity;
};

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const cost = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [estimator],
  });
  return Math.max(1, cost);
}

/** Costs already computed, per document (Apollo's document store hands out the same object per hash). */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
/** Shapes of variables remembered per document; beyond it the document's memory starts again. */
const MAX_SHAPES_PER_DOCUMENT = 256;

/**
 * queryCost, computed once per document and shape of its variables: the cost analysis walks the whole
 * document with the schema (a few hundred µs a request, the largest single cost after execution in the
 * profile of 我的办件), yet a page sends the same document with the same page size every time. Only
 * numbers (first, last), booleans (@skip/@include) and list lengths (ids) can change a cost; the shape
 * keeps those values and every value's type, so a value of a wrong type (first: "ten") is a new shape and
 * still reaches queryCost's checks.
 */
export function cachedQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  let byShape = knownCosts.get(document);
  if (!byShape) knownCosts.set(document, (byShape = new Map()));
  const shape = `${operationName ?? ''}\u0000${shapeOf(variables ?? {})}`;
  const known = byShape.get(shape);
  if (known !== undefined) return known;
  const cost = queryCost(schema, document, variables, operationName);
  if (byShape.size >= MAX_SHAPES_PER_DOCUMENT) byShape.clear();
  byShape.set(shape, cost);
  return cost;
}

function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${value}`;
  if (Array.isArray(value)) return `[${value.map(shapeOf).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${shapeOf(item)}`).join(',')}}`;
  }
  return typeof value;
}
