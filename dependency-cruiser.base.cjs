// What the API's and the web's dependency-cruiser configurations share (apps/*/.dependency-cruiser.cjs).
/** A file never imports itself back through others (types included). */
const noCircular = {
  name: 'no-circular',
  comment: 'A file never imports itself back through others (types included).',
  severity: 'error',
  from: {},
  to: { circular: true },
};

/** Options for an app: resolve like its tsconfig, never follow packages, leave out `exclude` (generated code). */
const optionsExcluding = (exclude) => ({
  doNotFollow: { path: 'node_modules' },
  exclude: { path: ['node_modules', ...exclude] },
  tsPreCompilationDeps: true,
  tsConfig: { fileName: 'tsconfig.json' },
});

module.exports = { noCircular, optionsExcluding };
