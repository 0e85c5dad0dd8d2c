/**
 * The application module's entry: what other modules may use. Anything else in this folder is private to it
 * (dependency-cruiser's modules-through-entries rule; policies are imported directly).
 */
export * from './upload-limits.ts';
export * from './editable-case.ts';
export * from './store-material-file.ts';
