// Import rules the tools enforce (`npm run lint:deps`, part of `npm run check` and so of `npm test`).
// docs/architecture.md explains the rooms these rules keep apart.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A file never imports itself back through others (types included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'resolvers-not-to-resolvers',
      comment: 'Resolvers are thin adapters over domain functions: one never imports another.',
      severity: 'error',
      from: { path: '(^|/)resolvers\\.ts$' },
      to: { path: '(^|/)resolvers\\.ts$' },
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
  options: {
    doNotFollow: { path: 'node_modules' },
    // Generated code imports the mapper types codegen.ts names (type-only, by design): not followed.
    exclude: { path: ['node_modules', '^src/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
