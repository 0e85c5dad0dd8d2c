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
  // Introspection (in production for partners and staff only, e.g. GraphiQL loading the schema) is not charged.
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
