import { describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import * as webDocuments from '../../../web/gql/graphql.ts';
import { buildResolvers, loadTypeDefs } from '../schema.ts';
import { cachedQueryCost, queryCost } from './query-cost.ts';
import { defaultQueryLimits } from './query-limits.ts';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() as never });
/** A valid value for a variable, with page sizes at their largest (100). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  const samples: Record<string, unknown> = {
    Int: 100,
    Boolean: false,
    Date: '2026-01-01',
    DateTime: '2026-01-01T00:00:00Z',
  };
  return samples[type.name] ?? 'x';
}

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  queryCost(schema, parse(query), variables, undefined);

describe('query cost', () => {
  it('costs 1 for scalars only, and 1 per object', () => {
    expect(cost('{ rateLimit { cost } }')).toBe(1);
    expect(cost('{ me { name } }')).toBe(1);
    expect(cost('{ me { name department { name } } }')).toBe(2);
  });

  it('charges a connection by `first` (variables and defaults included), capped at 100', () => {
    const page = '{ nodes { id item { name } department { name } } }';
    // per case: 1 (the case) + 1 (item) + 1 (department) = 3
    expect(cost(`{ myCases(first: 10) ${page} }`)).toBe(1 + 10 * 3);
    expect(cost(`query($n: Int) { myCases(first: $n) ${page} }`, { n: 50 })).toBe(1 + 50 * 3);
    expect(cost(`{ myCases ${page} }`)).toBe(1 + 20 * 3);
    expect(cost(`{ myCases(first: 5000) ${page} }`)).toBe(1 + 100 * 3);
    expect(cost('{ myCases(first: 100) { totalCount } }')).toBe(1);
  });

  it('multiplies nested lists, and counts every alias in full', () => {
    // a case's timeline is an unpaged list: assumed 10 events per case
    expect(cost('{ myCases(first: 10) { nodes { timeline { occurredAt } } } }')).toBe(1 + 10 * (1 + 10 * 1));
    const aliased = Array.from({ length: 3 }, (_, i) => `a${i}: myCases(first: 100) { nodes { id } }`).join(
      ' ',
    );
    expect(cost(`{ ${aliased} }`)).toBe(3 * (1 + 100 * 1));
  });

  it('charges nodes(ids:) by the number of ids', () => {
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
  });

  it('keeps every operation of the web app under the limits, even at the largest page', () => {
    const documents = Object.entries(webDocuments).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(10);
    const costs: Record<string, number> = {};
    for (const [name, document] of documents) {
      const operation = (document as DocumentNode).definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType),
        ]),
      );
      const documentCost = queryCost(schema, document as DocumentNode, variables, undefined);
      costs[name] = documentCost;
      expect({ name, withinLimit: documentCost <= defaultQueryLimits.maxCost }).toEqual({
        name,
        withinLimit: true,
      });
    }
    if (process.env.SHOW_COSTS) console.log(costs);
  });

  it('remembers a cost per document and shape of the variables, never one of another shape', () => {
    const document = parse(`query($first: Int, $ids: [ID!]!, $after: String, $skip: Boolean!) {
      myCases(first: $first, after: $after) { nodes { id item { name } } }
      nodes(ids: $ids) { id }
      me @skip(if: $skip) { department { name } } }`);
    const cached = (variables: Record<string, unknown>) =>
      cachedQueryCost(schema, document, variables, undefined);
    const base = { first: 10, ids: ['a'], after: null, skip: false };
    for (const variables of [
      base,
      { ...base, after: 'a-cursor' },
      { ...base, after: 'another-cursor' },
      { ...base, first: 100 },
      { ...base, first: 10, ids: ['a', 'b', 'c'] },
      { ...base, skip: true },
      base,
    ])
      expect(cached(variables)).toBe(queryCost(schema, document, variables, undefined));
    expect(cached({ ...base, first: 100 })).not.toBe(cached(base));
    expect(cached({ ...base, skip: true })).toBeLessThan(cached(base));
    // a value of the wrong type is a shape of its own: queryCost refuses it, every time
    expect(() => cached({ ...base, first: 'ten' })).toThrow();
    expect(() => cached({ ...base, first: 'ten' })).toThrow();
  });
});
