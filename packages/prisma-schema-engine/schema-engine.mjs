#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, backed by the WebAssembly schema engine
// (@prisma/schema-engine-wasm, pinned to the exact engine hash of the installed prisma CLI) + @prisma/adapter-pg.
// Use:  PRISMA_SCHEMA_ENGINE_BINARY=/abs/path/to/schema-engine.mjs npx prisma migrate deploy
// It speaks the same protocol as the binary: argv (--datamodels, --datasource, [cli <command>]),
// JSON-RPC 2.0 requests/responses as lines on stdin/stdout, logs as JSON lines on stderr.
// PostgreSQL only (the provider this project uses).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import readline from 'node:readline';
import pg from 'pg';
import { openEngine, wasmEngineVersion } from './wasm-engine.mjs';

const argv = process.argv.slice(2);
const log = (level, message, extra = {}) =>
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: 'schema_engine::logger',
    }) + '\n',
  );

// Refuse to run a wasm engine built from a different engines commit than the installed prisma CLI.
{
  // The prisma CLI that spawned us belongs to the project: resolve it from the working directory, not from here.
  const req = createRequire(path.join(process.env.PRISMA_PROJECT_DIR ?? process.cwd(), 'noop.js'));
  const prismaDir = path.dirname(req.resolve('prisma/package.json'));
  const { enginesVersion } = req(
    req.resolve('@prisma/engines-version', {
      paths: [prismaDir, path.dirname(req.resolve('@prisma/engines/package.json', { paths: [prismaDir] }))],
    }),
  );
  if (wasmEngineVersion() !== enginesVersion) {
    log(
      'ERROR',
      `@prisma/schema-engine-wasm is ${wasmEngineVersion()} but prisma expects engines ${enginesVersion}: install @prisma/schema-engine-wasm@<prisma version>-<n>.${enginesVersion}`,
    );
    process.exit(1);
  }
}

if (argv.includes('--version') || argv.includes('-V')) {
  console.log(`schema-engine-cli ${wasmEngineVersion()}`);
  process.exit(0);
}

const datamodelPaths = [];
let datasource = null;
let cliCommand = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--datamodels') datamodelPaths.push(argv[++i]);
  else if (a === '--datasource') datasource = JSON.parse(argv[++i]);
  else if (a === '--enabled-preview-features' || a === '--extension-types')
    i++; // not supported by the wasm engine; ignored
  else if (a === 'cli') {
    cliCommand = argv[++i];
  }
}

function pgConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  return { url, schema };
}

// ---- `schema-engine cli <command>` (used by migrate dev / db push to check or create the database) ----
async function runCliCommand() {
  const url = datasource?.url;
  const fail = (code, message) => {
    process.stderr.write('\n'); // the CLI skips the first stderr line
    log('ERROR', message, { error_code: code });
    process.exit(1);
  };
  try {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.end();
      process.exit(0);
    } catch (e) {
      if (e.code !== '3D000') return fail(e.code === '28P01' ? 'P1000' : 'P1001', e.message);
      if (cliCommand === 'can-connect-to-database')
        return fail('P1003', `Database \`${new URL(url).pathname.slice(1)}\` does not exist`);
      if (cliCommand !== 'create-database') return fail('P1001', `unsupported cli command ${cliCommand}`);
      const u = new URL(url);
      const db = decodeURIComponent(u.pathname.slice(1));
      u.pathname = '/postgres';
      const admin = new pg.Client({ connectionString: u.toString() });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${db.replaceAll('"', '""')}"`);
      await admin.end();
      process.exit(0);
    }
  } catch (e) {
    fail('P1001', String(e?.message ?? e));
  }
}
if (cliCommand) await runCliCommand();

// ---- JSON-RPC mode ----
const schemaFiles = datamodelPaths.map((p) => [p, fs.readFileSync(p, 'utf8')]);
let enginePromise = null;
const getEngine = () =>
  (enginePromise ??= openEngine({
    schemaFiles: schemaFiles.length ? schemaFiles : undefined,
    url: datasource?.url ? pgConfig(datasource.url).url : undefined,
    schema: datasource?.url ? pgConfig(datasource.url).schema : undefined,
    log: (line) => {
      if (process.env.SHIM_DEBUG) process.stderr.write(line + '\n');
    },
  }));

let nextServerId = 1_000_000;
const pendingServerRequests = new Map();
const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
function printViaCli(content) {
  // The native engine prints diff output by asking the CLI to print it (JSON-RPC request "print").
  const id = nextServerId++;
  return new Promise((resolve) => {
    pendingServerRequests.set(id, resolve);
    send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
  });
}

function toRpcError(e) {
  const message = String(e?.message ?? e);
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: false, message, error_code: e.code, meta: e.meta ?? null },
    };
  }
  const isPanic = e?.name === 'RuntimeError' || /unreachable|panicked/i.test(message);
  const panicMsg = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get?.();
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: isPanic, message: isPanic && panicMsg ? panicMsg : message, error: { message } },
  };
}

async function handle(req) {
  const { engine } = await getEngine();
  const p = req.params ?? {};
  switch (req.method) {
    case 'getDatabaseVersion':
      return engine.version(p.datasource ? p : undefined);
    case 'diff': {
      const r = await engine.diff(p);
      if (r.stdout) await printViaCli(r.stdout.replace(/\n$/, ''));
      return { ...r, stdout: null };
    }
    case 'createDatabase':
      throw Object.assign(new Error('createDatabase is not supported by the wasm schema engine shim'), {
        code: 'P1001',
      });
    case 'getDatabaseDescription':
      throw new Error('getDatabaseDescription is not supported by the wasm schema engine shim');
    case 'debugPanic':
      return engine.debugPanic();
    case 'evaluateDataLoss':
    case 'createMigration':
      // The wasm engine only reaches the adapter's shadow DB from devDiagnostic/diagnoseMigrationHistory/diff; these two
      // commands reuse its cached "schema from migrations" and otherwise fail with "PostgreSQL shadow DB must be provided
      // through an external factory" (e.g. `migrate dev` right after applying pending migrations). Re-prime and retry.
      try {
        return await engine[req.method](p);
      } catch (e) {
        if (!/must be provided through an external factory/.test(String(e?.message))) throw e;
        await engine.devDiagnostic({ migrationsList: p.migrationsList, filters: p.filters });
        return await engine[req.method](p);
      }
    default: {
      if (typeof engine[req.method] !== 'function') throw new Error(`unknown method ${req.method}`);
      const r = await engine[req.method](p);
      return r === undefined ? {} : r;
    }
  }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const inflight = new Set();
const inflightIds = new Set();
// A Rust panic inside the wasm engine can surface as an uncaught `RuntimeError: unreachable` from a promise job.
// Answer the pending requests with a panic error (the CLI then reports it and exits non-zero) instead of dying silently.
process.on('uncaughtException', (e) => {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get?.() || String(e?.stack ?? e);
  for (const id of inflightIds)
    send({
      jsonrpc: '2.0',
      id,
      error: {
        code: 4466,
        message: 'panic',
        data: { is_panic: true, message: panic, error: { message: panic } },
      },
    });
  process.stderr.write(
    JSON.stringify({ level: 'ERROR', fields: { message: panic }, target: 'schema_engine::logger' }) + '\n',
  );
  process.stdout.write('', () => process.exit(101));
});
rl.on('line', (line) => {
  if (!line.trim()) return;
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    return;
  }
  if (msg.method === undefined && pendingServerRequests.has(msg.id)) {
    pendingServerRequests.get(msg.id)(msg);
    pendingServerRequests.delete(msg.id);
    return;
  }
  const job = handle(msg).then(
    (result) => send({ jsonrpc: '2.0', id: msg.id, result: result ?? null }),
    (e) => {
      // driver adapter errors are kept in the adapter's registry; surface the real cause
      if (/External error id#(\d+)/.test(String(e?.message))) {
        const id = Number(/External error id#(\d+)/.exec(e.message)[1]);
        const cause = enginePromise && globalThis.__shimAdapter?.errorRegistry?.consumeError?.(id);
        if (cause?.error)
          e = Object.assign(new Error(String(cause.error.message ?? cause.error)), {
            code: cause.error.code?.startsWith?.('P') ? cause.error.code : undefined,
          });
      }
      send({ jsonrpc: '2.0', id: msg.id, error: toRpcError(e) });
    },
  );
  inflight.add(job);
  inflightIds.add(msg.id);
  job.finally(() => {
    inflight.delete(job);
    inflightIds.delete(msg.id);
  });
});
rl.on('close', async () => {
  await Promise.allSettled([...inflight]);
  if (enginePromise) {
    try {
      const { engine } = await enginePromise;
      engine.free();
    } catch {
      /* ignore */
    }
  }
  process.exit(0);
});
