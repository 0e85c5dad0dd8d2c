import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.ts';

const schema = buildSchema(`type Query { node: Node } type Node { id: ID child: Node }`);
const errors = (query: string, max = 3) =>
  validate(schema, parse(query), [depthLimit(max)]).map((e) => e.message);

describe('depthLimit', () => {
  it('allows operations up to the limit', () => {
    expect(errors('{ node { child { id } } }')).toEqual([]);
  });

  it('refuses deeper ones, counting through fragments and inline fragments', () => {
    expect(errors('{ node { child { child { id } } } }')).toEqual([
      'The operation is nested 4 fields deep; at most 3 are allowed.',
    ]);
    expect(
      errors('query { node { ...F } } fragment F on Node { child { ... on Node { child { id } } } }'),
    ).toHaveLength(1);
  });

  it('does not loop on self-referencing fragments (graphql reports those itself)', () => {
    expect(() => errors('{ node { ...F } } fragment F on Node { child { ...F } }')).not.toThrow();
  });
});
