/**
 * The dashboard module's entry: what other modules may use. Anything else in this folder is private to it
 * (dependency-cruiser's modules-through-entries rule; policies are imported directly).
 */
export * from './dashboard-period.ts';
export * from './working-days.ts';
