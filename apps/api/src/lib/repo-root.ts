import { resolve } from 'node:path';

/** The repository's root directory (default places under .data/ hang off it). */
export const repoRoot = resolve(import.meta.dirname, '../../../..');
