import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `enforce`: requests of the web (a session token, or no credentials at all) may run only the web app's
 * own operations, named by hash. `off`: anyone may send query text (development and tests).
 */
export type TrustedDocumentsMode = 'enforce' | 'off';

export interface TrustedDocumentsOptions {
  mode: TrustedDocumentsMode;
  /** codegen's persisted-documents.json: `{ "sha256:<hex>": "<document text>" }` */
  manifestPath: string;
}

/** The manifest codegen writes for the web app (see codegen.ts, `persistedDocuments`). */
export const DEFAULT_MANIFEST_PATH = resolve(
  import.meta.dirname,
  '../../../web/gql/persisted-documents.json',
);

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/;

/**
 * The web app's documents by sha256 (bare lowercase hex, as APQ's `sha256Hash` carries it). Every entry is
 * checked to hash to its key, so a hand-edited manifest cannot smuggle in a different document.
 */
export function readManifest(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the trusted-documents manifest ${path}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`The trusted-documents manifest ${path} is not a JSON object.`);
  }
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(raw)) {
    const hash = HASH.exec(key)?.[1];
    if (!hash || typeof text !== 'string' || sha256(text) !== hash) {
      throw new Error(
        `The trusted-documents manifest ${path} has an entry whose hash does not match: ${key}`,
      );
    }
    documents.set(hash, text);
  }
  return documents;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The manifest in memory. With enforcement off (development) an unknown hash re-reads the file when it
 * changed, so `npm run codegen` during `npm run dev` needs no API restart; with enforcement on the manifest
 * is the one read at start.
 */
export class TrustedDocuments {
  private documents: Map<string, string>;
  private modifiedMs: number;

  constructor(readonly options: TrustedDocumentsOptions) {
    this.documents = readManifest(options.manifestPath);
    this.modifiedMs = statSync(options.manifestPath).mtimeMs;
  }

  get mode(): TrustedDocumentsMode {
    return this.options.mode;
  }

  get size(): number {
    return this.documents.size;
  }

  /** The document's text, or undefined when the hash is not one of the web app's operations. */
  lookup(hash: string): string | undefined {
    const text = this.documents.get(hash);
    if (text !== undefined || this.mode === 'enforce') return text;
    this.reloadIfChanged();
    return this.documents.get(hash);
  }

  /**
   * For Apollo's `persistedQueries.cache`: serves the manifest (Apollo asks for `apq:<hash>`) and ignores
   * writes, so no client can register a document of its own.
   */
  apolloCache() {
    return {
      get: async (key: string) => this.lookup(key.replace(/^apq:/, '')),
      set: async () => {},
      delete: async () => true,
    };
  }

  private reloadIfChanged(): void {
    try {
      const modifiedMs = statSync(this.options.manifestPath).mtimeMs;
      if (modifiedMs === this.modifiedMs) return;
      this.documents = readManifest(this.options.manifestPath);
      this.modifiedMs = modifiedMs;
    } catch {
      // a manifest half-written by codegen: keep the last good one, the next miss tries again
    }
  }
}
