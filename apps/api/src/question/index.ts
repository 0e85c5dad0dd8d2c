/**
 * The question module's entry: what other modules may use (the notification handler reads its events).
 * Anything else in this folder is private to it (dependency-cruiser's modules-through-entries rule).
 */
export * from './question-outbox.ts';
export { answerDueAtFor } from './question-rules.ts';
