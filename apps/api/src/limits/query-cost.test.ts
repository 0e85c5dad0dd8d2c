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
  type GraphQLSchema,
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

  it('multiplies what each item of a plain list costs, objects nested in the items included', () => {
    // serviceItems is an unpaged list (assumed 10 items); each item: 1 + its department (1) = 2
    expect(cost('{ serviceItems { name department { name } } }')).toBe(10 * (1 + 1));
    // each item: 1 + its department (1) + its materials, itself a plain list of 10 scalar-only objects
    expect(cost('{ serviceItems { department { name } materials { name } } }')).toBe(10 * (1 + 1 + 10 * 1));
  });

  it('multiplies what each of nodes(ids:) costs, objects nested in them included', () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on ServiceItem { department { name } } } }';
    expect(cost(query, { ids: ['a', 'b', 'c'] })).toBe(3 * (1 + 1));
    expect(cost(query, { ids: [] })).toBe(1); // nothing to return still costs the minimum
  });

  it('charges a connection reached through edges like one reached through nodes', () => {
    expect(cost('{ myCases(first: 10) { edges { cursor node { item { name } } } } }')).toBe(
      1 + 10 * (1 + 1 + 1),
    );
    expect(cost('{ myCases(first: -5) { nodes { id } } }')).toBe(1); // a negative page counts as empty
  });

  it('does not charge introspection (development only; off in production)', () => {
    expect(cost('{ __schema { types { name fields { name type { name } } } } }')).toBe(1);
    expect(cost('{ __type(name: "Case") { fields { name } } }')).toBe(1);
    // only the real fields of an operation count: me (1) + department (1)
    expect(cost('{ __typename me { name department { name } } __schema { queryType { name } } }')).toBe(2);
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

  // A schema that cannot be analysed: a cost it still answers is one remembered, not computed.
  const unanalysable = {} as GraphQLSchema;
  const knows = (document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => {
    try {
      cachedQueryCost(unanalysable, document, variables, operationName);
      return true;
    } catch {
      return false;
    }
  };

  it('analyses a document once per shape of its variables, then answers from memory', () => {
    const document = parse('query($first: Int) { myCases(first: $first) { nodes { id } } }');
    expect(knows(document, { first: 10 })).toBe(false);
    expect(cachedQueryCost(schema, document, { first: 10 }, undefined)).toBe(1 + 10);
    expect(cachedQueryCost(unanalysable, document, { first: 10 }, undefined)).toBe(1 + 10);
    expect(cachedQueryCost(schema, document, { first: 20 }, undefined)).toBe(1 + 20);
    // remembering a second shape keeps the first
    expect(cachedQueryCost(unanalysable, document, { first: 10 }, undefined)).toBe(1 + 10);
    expect(knows(document, { first: 30 })).toBe(false);
    // the memory is the document object's: the same text parsed again is analysed again
    expect(
      knows(parse('query($first: Int) { myCases(first: $first) { nodes { id } } }'), { first: 10 }),
    ).toBe(false);
  });

  it('remembers 256 shapes per document; the 257th starts its memory again', () => {
    const document = parse('query($first: Int) { myCases(first: $first) { nodes { id } } }');
    for (let first = 1; first <= 256; first++) cachedQueryCost(schema, document, { first }, undefined);
    expect(knows(document, { first: 1 })).toBe(true);
    expect(knows(document, { first: 256 })).toBe(true);
    expect(cachedQueryCost(schema, document, { first: 257 }, undefined)).toBe(1 + 100);
    expect(knows(document, { first: 257 })).toBe(true);
    expect(knows(document, { first: 1 })).toBe(false);
    expect(knows(document, { first: 256 })).toBe(false);
  });

  it('keeps apart what may cost differently: the operation, null, and a list against other values', () => {
    const twoOperations = parse(`
      query Small { me { name } }
      query Large { myCases(first: 50) { nodes { id } } }`);
    expect(cachedQueryCost(schema, twoOperations, {}, 'Small')).toBe(1);
    expect(cachedQueryCost(schema, twoOperations, {}, 'Large')).toBe(1 + 50);
    expect(cachedQueryCost(unanalysable, twoOperations, {}, 'Small')).toBe(1);

    const byIds = parse('query($ids: [ID!]!) { nodes(ids: $ids) { id } }');
    const ids = (value: unknown) => ({ ids: value });
    expect(cachedQueryCost(schema, byIds, ids(['a', 'b']), undefined)).toBe(2);
    expect(cachedQueryCost(schema, byIds, ids([]), undefined)).toBe(1);
    // each of these is refused by the analysis (a null ID, an object for a list), never answered from memory
    for (const refused of [[null], [null, null], { 0: 'a', 1: 'b' }, null])
      expect(
        () => cachedQueryCost(schema, byIds, ids(refused), undefined),
        JSON.stringify(refused),
      ).toThrow();
  });
});
