/**
 * The evaluation module's entry: what other modules may use. Anything else in this folder is private to it
 * (dependency-cruiser's modules-through-entries rule; policies are imported directly).
 */
export * from './compute-evaluation-figures.ts';
export * from './evaluation-outbox.ts';
export * from './evaluation-rules.ts';
