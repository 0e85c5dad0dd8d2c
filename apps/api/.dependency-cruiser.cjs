// Import rules the tools enforce (`npm run lint:deps`, part of `npm run check` and so of `npm test`).
// docs/architecture.md explains the rooms these rules keep apart.
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { noCircular, optionsExcluding } = require('../../dependency-cruiser.base.cjs');

/** The hall's modules: the folders of src/ with a module.ts (registered in src/modules.ts). */
const MODULES = readdirSync(join(__dirname, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(__dirname, 'src', entry.name, 'module.ts')))
  .map((entry) => entry.name);
const MODULE = `(${MODULES.join('|')})`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    noCircular,
    {
      name: 'resolvers-not-to-resolvers',
      comment: 'Resolvers are thin adapters over domain functions: one never imports another.',
      severity: 'error',
      from: { path: '(^|/)resolvers\\.ts$' },
      to: { path: '(^|/)resolvers\\.ts$' },
    },
    {
      name: 'modules-through-entries',
      comment:
        'A module reaches another only through its entry (index.ts) or its policy (*-policy.ts). The composition ' +
        'roots (src/*.ts, jobs/job-modules.ts) register modules through their module.ts, jobs.ts and routes.',
      severity: 'error',
      from: {
        path: '^src/([^/]+)/',
        pathNot: ['\\.test\\.ts$', '^src/testing/', '^src/jobs/job-modules\\.ts$'],
      },
      to: {
        path: `^src/${MODULE}/`,
        pathNot: ['^src/$1/', `^src/${MODULE}/(index|[a-z-]+-policy)\\.ts$`],
      },
    },
    {
      name: 'lib-is-a-leaf',
      comment: 'src/lib holds rule-free helpers every module may use; it imports no module.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/(lib|generated)/|^src/env-schema\\.ts$' },
    },
    {
      name: 'domain-not-to-http',
      comment:
        'Domain functions could serve GraphQL, REST or a job: they never import the server or a route file.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: '(^src/(main|server|cluster)\\.ts$)|routes\\.ts$|\\.test\\.ts$|^src/testing/',
      },
      to: { path: '^src/server\\.ts$|routes\\.ts$' },
    },
    {
      name: 'production-not-to-testing',
      comment: 'Test helpers are never loaded by the running hall.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$|^src/testing/|-testing\\.ts$|-fixtures\\.ts$' },
      to: { path: '^src/testing/' },
    },
  ],
  // Generated code imports the mapper types codegen.ts names (type-only, by design): not followed.
  options: optionsExcluding(['^src/generated/']),
};
