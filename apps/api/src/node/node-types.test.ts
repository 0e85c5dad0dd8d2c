import { describe, expect, it } from 'vitest';
import { buildSchema, type GraphQLInterfaceType } from 'graphql';
import { loadTypeDefs } from '../schema.ts';
import { HALL_MODULES } from '../modules.ts';
import { nodeTypesOf } from './node-types.ts';

describe('node types', () => {
  it('has a registered loader and check for every type that implements Node, and for no other', () => {
    const schema = buildSchema(loadTypeDefs());
    const implementations = schema
      .getImplementations(schema.getType('Node') as GraphQLInterfaceType)
      .objects.map((type) => type.name);
    const registered = nodeTypesOf(HALL_MODULES);
    expect(Object.keys(registered).sort()).toEqual(implementations.sort());
    for (const [type, nodeType] of Object.entries(registered)) {
      expect(typeof nodeType.load, type).toBe('function');
      expect(typeof nodeType.check, type).toBe('function');
    }
  });

  it('refuses a type registered by two modules', () => {
    const twice = HALL_MODULES.find((module) => module.name === 'case')!;
    expect(() => nodeTypesOf([twice, twice])).toThrow(/Case is registered twice/);
  });
});
