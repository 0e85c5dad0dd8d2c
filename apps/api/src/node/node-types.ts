import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';

/**
 * How node(id:) serves one type: its loader and its access check. Each module registers its own types in
 * its entry file (`<module>/index.ts`); node(id:) has no list of types of its own, and a Node type of the
 * schema without a registration fails node-types.test.ts.
 */
export interface NodeType<T extends object = object> {
  load(ctx: Context, id: string): Promise<T | null>;
  /** May the caller see it? If not, node(id:) answers null, as if it did not exist. */
  check(ctx: Context, row: T): boolean | Promise<boolean>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own row type
export type NodeTypes = Record<string, NodeType<any>>;

/** Declares one node type, keeping its loader's row type for its check. */
export const nodeType = <T extends object>(type: NodeType<T>): NodeType<T> => type;

/** What the schema assembles from a module (`<module>/module.ts`): its resolvers and its node types. */
export interface HallModule {
  name: string;
  resolvers: Resolvers;
  nodeTypes?: NodeTypes;
}

/** The node types of all modules; one type registered twice is a programming error. */
export function nodeTypesOf(modules: readonly HallModule[]): NodeTypes {
  const all: NodeTypes = {};
  for (const module of modules) {
    for (const [type, nodeType] of Object.entries(module.nodeTypes ?? {})) {
      if (all[type]) throw new Error(`node type ${type} is registered twice (again by ${module.name})`);
      all[type] = nodeType;
    }
  }
  return all;
}
