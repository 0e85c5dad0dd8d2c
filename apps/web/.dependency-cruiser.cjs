// Import rules the tools enforce for the web app (`npm run lint:deps`, part of `npm run check`).
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
      name: 'lib-not-to-pages',
      comment: 'lib/ is shared by the pages; it never reaches into app/ (a page or a route).',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^app/' },
    },
    {
      name: 'components-not-to-pages',
      comment: 'Shared components never import a page or a route.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Generated client types (codegen) and Next's build output are not ours to arrange.
    exclude: { path: ['node_modules', '^gql/', '^\\.next/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
