import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', '.next', 'gql', 'e2e'].includes(entry.name) ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('one userErrors selection and one submit plumbing', () => {
  const files = ['app', 'components', 'lib'].flatMap((dir) => sources(join(WEB, dir)));

  it('reads the sources it checks', () => {
    expect(files.some((file) => file.endsWith('ChangePasswordForm.tsx'))).toBe(true);
  });

  it('selects a payload’s userErrors only through the UserErrorFields fragment', () => {
    const offenders = files.filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(/userErrors\s*\{([^}]*)\}/g)].some(
        (match) => match[1]!.trim() !== '...UserErrorFields',
      ),
    );
    expect(offenders.map((file) => relative(WEB, file))).toEqual([]);
  });

  it('sorts userErrors only in lib (useFormSubmission / mutationOutcome), never in a page or component', () => {
    const offenders = files.filter(
      (file) =>
        !relative(WEB, file).startsWith('lib/') && /\bsplitUserErrors\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(WEB, file))).toEqual([]);
  });
});
