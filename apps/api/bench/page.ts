// The whole 我的办件 page as a citizen loads it: GET /personal/cases with next-auth's session cookie through
// `next start` (the production build), beside the page's MyCases request sent to the API alone. The page
// makes three API requests (Viewer, PersonalSpace, MyCases) and renders the table on the server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import autocannon from 'autocannon';

const WEB_DIR = resolve(import.meta.dirname, '../../web');
const ROOT = resolve(WEB_DIR, '../..');

type Figures = { rps: number; p50: number; p99: number };

export interface PageFigures {
  rounds: number;
  runs: Map<string, Figures[]>;
  note: string;
}

export async function benchPage(options: {
  apiUrl: string;
  webPort: number;
  secret: string;
  account: { login: string; password: string };
  /** a business number the page must show (the API's first row of the same list) */
  expectText: string;
  rounds: number;
  duration: number;
  connections: number;
  apiAlone: (connections: number, duration: number) => Promise<Figures>;
}): Promise<PageFigures> {
  if (!existsSync(resolve(WEB_DIR, '.next', 'BUILD_ID'))) {
    console.log('no production build of the web app: npm run build -w @hall/web');
    const build = spawnSync('npm', ['run', 'build', '-w', '@hall/web'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web build failed');
  }
  const webUrl = `http://127.0.0.1:${options.webPort}`;
  const web = await startWeb(webUrl, options);
  try {
    const cookie = await signInThroughWeb(webUrl, options.account);
    const page = await fetch(`${webUrl}/personal/cases`, { headers: { cookie }, redirect: 'manual' });
    const html = await page.text();
    if (page.status !== 200 || !html.includes(options.expectText))
      throw new Error(`GET /personal/cases: HTTP ${page.status}, without ${options.expectText}`);

    const loadPage = async (connections: number, duration: number): Promise<Figures> => {
      const result = await autocannon({
        url: `${webUrl}/personal/cases`,
        connections,
        duration,
        headers: { cookie },
      });
      if (result.non2xx || result.errors)
        throw new Error(`the page: ${result.non2xx} non-2xx, ${result.errors} errors`);
      return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
    };
    await loadPage(options.connections, 2); // warm-up: JIT, the page's server bundles

    const runs = new Map<string, Figures[]>();
    const add = (name: string, figures: Figures) => runs.set(name, [...(runs.get(name) ?? []), figures]);
    const c = options.connections;
    const targets: [string, () => Promise<Figures>][] = [
      [`page, ${c} connections`, () => loadPage(c, options.duration)],
      [`MyCases alone, ${c} connections`, () => options.apiAlone(c, options.duration)],
      ['page, 1 connection', () => loadPage(1, options.duration)],
      ['MyCases alone, 1 connection', () => options.apiAlone(1, options.duration)],
    ];
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 ? [...targets].reverse() : targets;
      for (const [name, run] of order) {
        add(name, await run());
        process.stdout.write('.');
      }
    }
    console.log('');
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const p50 = (name: string) => median(runs.get(name)!.map((r) => r.p50));
    const added = p50('page, 1 connection') - p50('MyCases alone, 1 connection');
    const ordered = new Map(targets.map(([name]) => [name, runs.get(name)!]));
    return {
      rounds: options.rounds,
      runs: ordered,
      note: `server time the page adds to its MyCases request (p50, 1 connection): ${added.toFixed(1)} ms`,
    };
  } finally {
    await stop(web);
  }
}

async function startWeb(webUrl: string, options: { apiUrl: string; webPort: number; secret: string }) {
  const nextBin = createRequire(resolve(WEB_DIR, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(
    process.execPath,
    [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(options.webPort)],
    {
      cwd: WEB_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        API_URL: options.apiUrl,
        NEXTAUTH_URL: webUrl,
        NEXTAUTH_SECRET: options.secret,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${webUrl}/login`, { redirect: 'manual' })).status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop(child);
  throw new Error(`next start did not answer ${webUrl}/login within 60 s`);
}

/** next-auth's own sign-in: its CSRF token, then the Credentials callback, which sets the session cookie. */
async function signInThroughWeb(webUrl: string, account: { login: string; password: string }) {
  const csrf = await fetch(`${webUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const response = await fetch(`${webUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookies(csrf).join('; '),
    },
    body: new URLSearchParams({
      csrfToken,
      login: account.login,
      password: account.password,
      callbackUrl: `${webUrl}/personal/cases`,
      json: 'true',
    }),
  });
  const session = cookies(response).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in through the web: HTTP ${response.status}, no session cookie`);
  return session;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
