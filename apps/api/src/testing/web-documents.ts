import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Lexer, parse, print, Source, TokenKind, type DefinitionNode } from 'graphql';

const WEB = resolve(import.meta.dirname, '../../../web');
/** Where codegen looks for documents (codegen.ts): the web app's own sources, not its generated gql/. */
const SOURCE_DIRS = ['app', 'components', 'lib'];

export interface WebSources {
  /** every operation and fragment written with graphql(`…`), keyed `query Name`, `mutation Name`, `fragment Name` */
  definitions: Map<string, string>;
  /** `graphql(` calls whose argument is not a plain template literal, and `gql` tags: documents codegen misses */
  unreadable: string[];
}

/** Reads the GraphQL documents of apps/web's sources as the web developers wrote them. */
export async function readWebSources(): Promise<WebSources> {
  const definitions = new Map<string, string>();
  const unreadable: string[] = [];
  for (const file of await sourceFiles()) {
    const code = await readFile(file, 'utf8');
    const calls = code.match(/\bgraphql\(/g)?.length ?? 0;
    const literals = [...code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((match) => match[1]!);
    if (literals.length !== calls || /\bgql\s*`/.test(code)) unreadable.push(file);
    for (const text of literals) {
      for (const [key, tokens] of definitionTokens(text)) definitions.set(key, tokens);
    }
  }
  return { definitions, unreadable };
}

/**
 * Each operation and fragment of a document as its sorted tokens: codegen's manifest prints documents with
 * their selections and variables sorted, so equal token multisets mean the same definition as written.
 */
export function definitionTokens(text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const definition of parse(text).definitions) {
    result.set(keyOf(definition), tokensOf(print(definition)));
  }
  return result;
}

function keyOf(definition: DefinitionNode): string {
  if (definition.kind === 'OperationDefinition') return `${definition.operation} ${definition.name?.value}`;
  if (definition.kind === 'FragmentDefinition') return `fragment ${definition.name.value}`;
  return definition.kind;
}

function tokensOf(text: string): string {
  const lexer = new Lexer(new Source(text));
  const tokens: string[] = [];
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    tokens.push(token.value ?? token.kind);
  }
  return tokens.sort().join(' ');
}

async function sourceFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const entry of await readdir(join(WEB, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.tsx?$/.test(entry.name)) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files;
}
