import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { findCase } from '../case/find-case.ts';
import { fromGlobalId } from '../lib/global-id.ts';
import { loadEvaluationNode } from '../evaluation/resolvers.ts';
import { mayReadLicense, relationTo } from '../license/license-access.ts';

const MAX_NODES = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Typed<T> = T & { __typename: string };
const typed = <T extends object>(__typename: string, row: T | null): Typed<T> | null =>
  row ? Object.assign(row, { __typename }) : null;

/** node(id:) applies each type's own access rule; an ID the caller may not see is null, as if absent. */
async function loadNode(ctx: Context, globalId: string) {
  const parsed = fromGlobalId(globalId);
  if (!parsed || !UUID.test(parsed.id)) return null;
  switch (parsed.type) {
    case 'Case':
      return typed('Case', await findCase(ctx, parsed.id));
    case 'Department':
      return typed('Department', await ctx.loaders.departmentById.load(parsed.id));
    case 'ServiceItem':
      return typed('ServiceItem', await ctx.loaders.serviceItemById.load(parsed.id));
    case 'User':
      // People are visible only to themselves through node(); staff look-ups go through audited paths.
      return ctx.principal.kind === 'user' && ctx.principal.user.id === parsed.id
        ? typed('User', ctx.principal.user)
        : null;
    case 'Evaluation':
    case 'EvaluationAppeal':
      return typed(parsed.type, await loadEvaluationNode(ctx, parsed.type, parsed.id));
    case 'License': {
      const license = await ctx.db.license.findUnique({ where: { id: parsed.id } });
      return license && (await mayReadLicense(ctx, license)) ? typed('License', license) : null;
    }
    case 'LicenseGrant': {
      const grant = await ctx.db.licenseGrant.findUnique({
        where: { id: parsed.id },
        include: { license: true },
      });
      const mine =
        grant && ctx.principal.kind === 'user' && (await relationTo(ctx, grant.license, ctx.principal.user));
      return mine ? typed('LicenseGrant', grant) : null;
    }
    default:
      return null;
  }
}

export const nodeResolvers: Resolvers = {
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
