/**
 * The case module's entry: what other modules may use. Anything else in this folder is private to it
 * (dependency-cruiser's modules-through-entries rule; policies are imported directly).
 */
export * from './case-loaders.ts';
export * from './case-outbox.ts';
export * from './case-transitions.ts';
export * from './correction-notice.ts';
export * from './list-my-cases.ts';
export * from './page-cases.ts';
export * from './transition-case.ts';
export * from './find-case.ts';
