import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Resolvers } from './generated/graphql.ts';
import { DateScalar, DateTimeScalar } from './lib/scalars.ts';
import { nodeResolvers } from './node/resolvers.ts';
import { nodeTypesOf } from './node/node-types.ts';
import { HALL_MODULES } from './modules.ts';

const schemaDir = resolve(import.meta.dirname, '../../../graphql');

/** The one SDL schema, one file per module. */
export function loadTypeDefs(): string {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(resolve(schemaDir, file), 'utf8'))
    .join('\n');
}

const modules: Resolvers[] = [
  nodeResolvers(nodeTypesOf(HALL_MODULES)),
  ...HALL_MODULES.map((module) => module.resolvers),
];

export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const [type, fields] of Object.entries(module)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), DateTime: DateTimeScalar, Date: DateScalar };
}
