/**
 * The catalogue module's entry: what other modules may use. Anything else in this folder is private to it
 * (dependency-cruiser's modules-through-entries rule; policies are imported directly).
 */
export * from './reference-data.ts';
export * from './search-keys.ts';
