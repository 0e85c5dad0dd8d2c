import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses documents with more than `maxAliases` aliased fields or `maxFields` fields in all (each field of a
 * fragment counted once): cheap caps checked while validating, before the cost is computed.
 */
export function fieldLimits(limits: { maxAliases: number; maxFields: number }) {
  return (context: ValidationContext): ASTVisitor => {
    let fields = 0;
    let aliases = 0;
    return {
      Field(node) {
        fields += 1;
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(
              new GraphQLError(`查询的别名过多 (${aliases} aliases, at most ${limits.maxAliases})`, {
                extensions: { reason: 'TOO_MANY_ALIASES', count: aliases, limit: limits.maxAliases },
              }),
            );
          } else if (fields > limits.maxFields) {
            context.reportError(
              new GraphQLError(`查询的字段过多 (${fields} fields, at most ${limits.maxFields})`, {
                extensions: { reason: 'TOO_MANY_FIELDS', count: fields, limit: limits.maxFields },
              }),
            );
          }
        },
      },
    };
  };
}
