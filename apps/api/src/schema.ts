import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Resolvers } from './generated/graphql.ts';
import { DateScalar, DateTimeScalar } from './lib/scalars.ts';
import { nodeResolvers } from './node/resolvers.ts';
import { userResolvers } from './user/resolvers.ts';
import { catalogueResolvers } from './catalogue/resolvers.ts';
import { caseResolvers } from './case/resolvers.ts';
import { windowResolvers } from './window/resolvers.ts';
import { partnerResolvers } from './partner/resolvers.ts';
import { evaluationResolvers } from './evaluation/resolvers.ts';
import { licenseResolvers } from './license/resolvers.ts';
import { applicationResolvers } from './application/resolvers.ts';
import { limitsResolvers } from './limits/resolvers.ts';
import { dashboardResolvers } from './dashboard/resolvers.ts';

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
  nodeResolvers,
  userResolvers,
  catalogueResolvers,
  caseResolvers,
  windowResolvers,
  partnerResolvers,
  evaluationResolvers,
  licenseResolvers,
  applicationResolvers,
  limitsResolvers,
  dashboardResolvers,
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
