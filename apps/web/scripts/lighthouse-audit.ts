/**
 * `npm run audit:web`: a benchmark, not a test (never part of `npm test`). Builds the web app (unless
 * --no-build), starts it with the API and a seeded database (the browser tests' stack), signs in where a page
 * needs it, and runs Lighthouse's mobile preset on each page a few times in Debian's Chromium. Prints the
 * median of each figure and its spread (min–max): the machine is shared, so single runs are noisy.
 *
 *   npm run audit:web -- [--no-build] [--runs=5] [--only=登录,/personal] [--reports=<dir>]
 *
 * Every page of e2e/pages.ts, 5 runs each by default. --only audits the pages named (their name or path in
 * e2e/pages.ts, comma-separated); --reports writes each run's full
 * Lighthouse report (JSON: LCP element, TBT by script, unused JavaScript…) to the directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser, type Account } from '../e2e/browser.ts';
import { PAGES, accountOf, pathOf, type CheckedPage } from '../e2e/pages.ts';
import { uncoveredRoutes } from '../e2e/page-routes.ts';
import { startWebStack } from '../e2e/global-setup.ts';
import { signInOverRest } from '../e2e/sign-in-over-rest.ts';

/** Every page the browser tests check (e2e/pages.ts); --only picks some by name or path. */
const AUDITED: readonly CheckedPage[] = PAGES;

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 5);
const only = option('only')?.split(',');
const reportsDir = option('reports');

/** The session cookie of a seeded account, through next-auth's own credentials flow. */
async function sessionCookie(webUrl: string, account: Account): Promise<string> {
  const { cookie, error } = await signInOverRest(webUrl, account);
  if (!cookie) throw new Error(`Could not sign in as ${account.name} (${error ?? 'no session cookie'})`);
  return cookie;
}

type Figures = {
  performance: number;
  cls: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  jsKiB: number;
};

async function audit(url: string, port: number, cookie?: string, reportFile?: string): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // 页面不存在 answers 404 on purpose; Lighthouse otherwise refuses any page that does not answer 200.
    ignoreStatusCode: true,
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (reportFile) writeFileSync(reportFile, JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  // A lost session would measure /login under the page's name: only the page asked for counts.
  const landed = new URL(lhr.finalDisplayedUrl);
  const asked = new URL(url);
  if (landed.pathname + landed.search !== asked.pathname + asked.search) {
    throw new Error(`${url}: Lighthouse measured ${lhr.finalDisplayedUrl} instead (a redirect)`);
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const resources = lhr.audits['resource-summary']?.details as
    { items: { resourceType: string; transferSize: number }[] } | undefined;
  const scriptBytes = resources?.items.find((item) => item.resourceType === 'script')?.transferSize ?? 0;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    jsKiB: scriptBytes / 1024,
  };
}

/**
 * Empties the browser's cookie jar (Chrome DevTools protocol, browser-wide). Lighthouse resets the origin's
 * caches between runs but keeps its cookies, and a cookie a signed-out page set (next-auth's csrf cookie)
 * would take the place of the session cookie sent as a header, so a signed-in page measured /login.
 */
async function clearCookies(port: number): Promise<void> {
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: 'Storage.clearCookies' }));
    socket.onmessage = (event) => {
      const answer = JSON.parse(String(event.data)) as { id?: number; error?: { message: string } };
      if (answer.id !== 1) return;
      socket.close();
      if (answer.error) reject(new Error(`Storage.clearCookies: ${answer.error.message}`));
      else resolve();
    };
    socket.onerror = () => reject(new Error('Chrome DevTools protocol: no connection'));
  });
}

/** The machine's 1-minute load average (the audit is only as good as the machine is quiet). */
function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function cell(values: number[], format: (value: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = low === high ? '' : ` (${format(low)}–${format(high)})`;
  return `${format(median(values))}${spread}`;
}

async function main() {
  const uncovered = uncoveredRoutes();
  if (uncovered.length > 0) {
    throw new Error(
      `Pages under app/ that e2e/pages.ts does not visit, so nothing would measure them: ${uncovered.join(', ')}`,
    );
  }
  if (!args.includes('--no-build')) {
    execFileSync('npm', ['run', 'build'], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'inherit' });
  }
  const loadAtStart = loadAverage();
  const stack = await startWebStack();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  try {
    const rows: string[] = [];
    if (reportsDir) mkdirSync(reportsDir, { recursive: true });
    const cookies = new Map<string, string>();
    const resolver = await launchBrowser();
    const selected = AUDITED.filter(
      (page) => !only || only.includes(page.name) || ('path' in page && only.includes(page.path)),
    );
    const targets: { page: CheckedPage; path: string }[] = [];
    for (const page of selected) {
      const account = accountOf(page);
      let cookie = account ? cookies.get(page.as) : undefined;
      if (account && !cookie) {
        cookie = await sessionCookie(stack.webUrl, account);
        cookies.set(page.as, cookie);
      }
      // Pages whose address holds an ID are found as the browser tests find them (a list page's link).
      const context = await resolver.newContext({ baseURL: stack.webUrl });
      if (cookie) {
        const [name, value] = cookie.split('=') as [string, string];
        await context.addCookies([{ name, value, url: stack.webUrl }]);
      }
      targets.push({ page, path: await pathOf(await context.newPage(), page) });
      await context.close();
    }
    await resolver.close();
    for (const { page, path: pagePath } of targets) {
      // A fresh session for each page: staff sessions go idle within minutes, and a whole-site audit is long.
      const account = accountOf(page);
      const cookie = account ? await sessionCookie(stack.webUrl, account) : undefined;
      // One unmeasured load first, so the server's first compile/caches do not count against the page.
      await fetch(`${stack.webUrl}${pagePath}`, { headers: cookie ? { cookie } : {} });
      const figures: Figures[] = [];
      for (let run = 0; run < runs; run++) {
        const reportFile = reportsDir
          ? path.join(reportsDir, `${page.name.replace(/[^\w\u4e00-\u9fff]+/g, '_')}-${run + 1}.json`)
          : undefined;
        await clearCookies(chrome.port);
        figures.push(await audit(`${stack.webUrl}${pagePath}`, chrome.port, cookie, reportFile));
        process.stderr.write(`${page.name} ${pagePath} run ${run + 1}: ${JSON.stringify(figures.at(-1))}\n`);
      }
      const pick = (key: keyof Figures) => figures.map((figure) => figure[key]);
      const integer = (value: number) => value.toFixed(0);
      rows.push(
        `| ${page.name} | ${cell(pick('performance'), integer)} | ${cell(pick('accessibility'), integer)} | ` +
          `${cell(pick('bestPractices'), integer)} | ${cell(pick('seo'), integer)} | ` +
          `${cell(pick('lcpMs'), (ms) => (ms / 1000).toFixed(1))} s | ${cell(pick('tbtMs'), integer)} ms | ` +
          `${cell(pick('cls'), (value) => value.toFixed(2))} | ${cell(pick('jsKiB'), integer)} |`,
      );
      process.stderr.write(`${rows.at(-1)}\n`);
    }
    console.log(
      `\nLighthouse ${runs}× per page, mobile preset, median (min–max); load average ${loadAtStart} at the start, ${loadAverage()} at the end:\n`,
    );
    console.log(
      '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | JS KiB (gzip) |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
    chrome.kill();
    await stack.stop();
  }
}

await main();
