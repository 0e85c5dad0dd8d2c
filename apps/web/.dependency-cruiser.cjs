// Import rules the tools enforce for the web app (`npm run lint:deps`, part of `npm run check`).
const { noCircular, optionsExcluding } = require('../../dependency-cruiser.base.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    noCircular,
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
  // Generated client types (codegen) and Next's build output are not ours to arrange.
  options: optionsExcluding(['^gql/', '^\\.next/']),
};
