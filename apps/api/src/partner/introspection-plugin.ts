import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import { partnerPolicy } from './partner-policy.ts';

/** Whether the document asks for the schema (`__schema` or `__type`; `__typename` is ordinary data). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Introspection in production: partner systems (any scope) and staff only, so GraphiQL (/graphiql) shows them
 * the schema with its descriptions; anonymous callers and citizens get HTTP 400 as if it were off.
 * In development everyone may introspect.
 */
export function introspectionPlugin(isProduction: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          if (!isProduction || !asksForSchema(request.document)) return;
          if (partnerPolicy.holds(request.contextValue.principal, 'partner.exploreSchema')) return;
          throw new GraphQLError(
            'GraphQL introspection is not allowed here: sign in as staff or use a partner token (see /graphiql).',
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
