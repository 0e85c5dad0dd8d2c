import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { fromGlobalId } from '../lib/global-id.ts';
import type { NodeTypes } from './node-types.ts';

const MAX_NODES = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** node(id:) and nodes(ids:) over the registered types; an ID the caller may not see is null, as if absent. */
export function nodeResolvers(types: NodeTypes): Resolvers {
  async function loadNode(ctx: Context, globalId: string) {
    const parsed = fromGlobalId(globalId);
    const nodeType = parsed && UUID.test(parsed.id) ? types[parsed.type] : undefined;
    if (!parsed || !nodeType || !Object.hasOwn(types, parsed.type)) return null;
    const row = await nodeType.load(ctx, parsed.id);
    if (!row || !(await nodeType.check(ctx, row))) return null;
    return Object.assign(row, { __typename: parsed.type });
  }
  return {
    Query: {
      node: (_parent, args, ctx) => loadNode(ctx, args.id) as never,
      nodes: (_parent, args, ctx) => {
        if (args.ids.length > MAX_NODES) {
          throw new GraphQLError(`"ids" may hold at most ${MAX_NODES} IDs.`, {
            extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' },
          });
        }
        return Promise.all(args.ids.map((id) => loadNode(ctx, id))) as never;
      },
    },
    Node: {
      __resolveType: (node) => (node as unknown as { __typename: 'Case' }).__typename,
    },
  };
}
