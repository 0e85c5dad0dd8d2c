import { describe, expect, it } from 'vitest';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from './schema.ts';

/**
 * graphql-schema-linter's description rules (types-have-descriptions, fields-have-descriptions,
 * arguments-have-descriptions, input-object-values-have-descriptions, enum-values-have-descriptions), checked
 * with graphql-js itself: everything a partner sees in GraphiQL's documentation pane says what it is.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!arg.description) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`input value ${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describes every type, field, argument, input value and enum value', () => {
    expect(undescribed(buildSchema(loadTypeDefs()))).toEqual([]);
  });

  it('names what lacks a description', () => {
    const schema = buildSchema(`
      "A query." type Query { "Described." a(x: Int): Int b: E }
      enum E { "Described." ONE TWO }
    `);
    expect(undescribed(schema)).toEqual([
      'argument Query.a(x)',
      'field Query.b',
      'type E',
      'enum value E.TWO',
    ]);
  });
});
