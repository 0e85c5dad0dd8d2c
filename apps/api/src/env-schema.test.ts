import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webEnvSchema } from '../../web/lib/web-env.ts';
import { apiEnvSchema, readApiEnv, readApiEnvVariable } from './env-schema.ts';
import { repoRoot } from './lib/repo-root.ts';

interface ReadmeRow {
  names: string[];
  readBy: string[];
  defaults: string[];
}

/** The rows of README → Configuration: variable names, which app reads them, and their defaults. */
function readmeConfigurationRows(): ReadmeRow[] {
  const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n'));
  const body = section.slice(1, section.indexOf('\n## ', 1));
  return body
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [variables, readBy, defaults] = line.split(' | ').map((cell) => cell.replace(/^\| /, ''));
      return {
        names: [...variables!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!),
        readBy: readBy!.split(', '),
        defaults: defaults!.split(', '),
      };
    });
}

describe('configuration: one schema per app, and the README table', () => {
  const rows = readmeConfigurationRows();
  const readmeApp = (app: 'API' | 'web') =>
    rows.filter((row) => row.readBy.includes(app)).flatMap((row) => row.names);

  it('lists every variable each app reads in the README, and nothing that no app reads', () => {
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(readmeApp('API'))).toEqual(new Set(Object.keys(apiEnvSchema.shape)));
    expect(new Set(readmeApp('web'))).toEqual(new Set([...Object.keys(webEnvSchema.shape), 'NODE_ENV']));
  });

  it('states the API defaults the schema applies', () => {
    let compared = 0;
    for (const row of rows.filter((candidate) => candidate.readBy.includes('API'))) {
      if (row.names.length !== row.defaults.length) continue;
      row.names.forEach((name, index) => {
        const fallback = readApiEnvVariable(name as keyof typeof apiEnvSchema.shape, {});
        if (typeof fallback !== 'number') return;
        expect(Number(row.defaults[index]), name).toBe(fallback);
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('refuses a bad value naming the variable and the reason, every bad one at once', () => {
    expect(() => readApiEnv({ QUERY_MAX_COST: 'lots', JOBS: 'maybe', SESSION_IDLE_MINUTES: '-5' })).toThrow(
      'Invalid configuration: JOBS must be one of: on, off; SESSION_IDLE_MINUTES must be a positive number of ' +
        'minutes; QUERY_MAX_COST must be a positive whole number.',
    );
    expect(() =>
      readApiEnvVariable('LICENSE_CODE_TTL_MINUTES', { LICENSE_CODE_TTL_MINUTES: '1441' }),
    ).toThrow('LICENSE_CODE_TTL_MINUTES must be a number of minutes between 0 and 1440');
    expect(readApiEnvVariable('LICENSE_CODE_TTL_MINUTES', { LICENSE_CODE_TTL_MINUTES: '1440' })).toBe(1440);
    expect(() => readApiEnvVariable('UPLOAD_MAX_FILE_BYTES', { UPLOAD_MAX_FILE_BYTES: '1.5' })).toThrow(
      'UPLOAD_MAX_FILE_BYTES must be a positive whole number of bytes',
    );
    expect(() =>
      readApiEnvVariable('DASHBOARD_ALERT_BAD_RATE', { DASHBOARD_ALERT_BAD_RATE: '-0.1' }),
    ).toThrow('DASHBOARD_ALERT_BAD_RATE must be a non-negative number');
  });

  it('treats an empty value as unset, so `VAR=` gives the default', () => {
    expect(readApiEnv({ QUERY_MAX_COST: '', JOBS: '' })).toMatchObject({
      QUERY_MAX_COST: 5000,
      JOBS: undefined,
    });
    expect(readApiEnv({ QUERY_MAX_COST: '800' }).QUERY_MAX_COST).toBe(800);
  });
});
