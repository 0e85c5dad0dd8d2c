// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, same engine hash as the prisma CLI)
// and binds it to a @prisma/adapter-pg driver adapter. No native binary, no network.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  get() {
    return this.message;
  },
  set_message(m) {
    this.message = `RuntimeError: ${m}`;
  },
};

let loaded = false;
function loadWasm() {
  if (loaded) return;
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  loaded = true;
}

export function wasmEngineVersion() {
  loadWasm();
  return bg.version();
}

/** For operations that must not touch a database (diff between empty/schema/schema): every query fails. */
function offlineAdapter() {
  const fail = async () => {
    throw new Error('no database configured (set a datasource url)');
  };
  // SchemaEngine.new() probes the server once (schema exists? version?); answer it so pure schema diffs work without a DB.
  const queryRaw = async (q) => {
    if (/^SELECT EXISTS\(SELECT 1 FROM pg_namespace/.test(q.sql)) {
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 16.0 (offline)', 160000]],
      };
    }
    return fail();
  };
  return {
    provider: 'postgres',
    adapterName: 'offline',
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    queryRaw,
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    dispose: async () => {},
  };
}
const noDbFactory = {
  provider: 'postgres',
  adapterName: 'offline',
  connect: async () => offlineAdapter(),
  connectToShadowDb: async () => offlineAdapter(),
};

/**
 * The wasm engine's PostgreSQL describer reads pg_catalog columns of the internal one-byte type "char" (OID 18:
 * contype, confdeltype...). @prisma/adapter-pg 7.10 has no mapping for OID 18: without this fix the engine fails with
 * "Column type 'char' could not be deserialized from the database." (or panics "... as char failed" if mapped to
 * Text). Report such columns as ColumnType Character.
 */
function withCharFix(factory) {
  const patch = (adapter) => {
    let proto = Object.getPrototypeOf(adapter);
    while (proto && !Object.hasOwn(proto, 'queryRaw')) proto = Object.getPrototypeOf(proto);
    if (proto && !proto.__charOidFix) {
      const queryRaw = proto.queryRaw;
      proto.queryRaw = async function (query) {
        let charCols = [];
        const self = Object.create(this, {
          performIO: {
            value: async (q) => {
              const r = await this.performIO(q);
              charCols = (r?.fields ?? []).flatMap((f, i) => (f.dataTypeID === 18 ? [i] : []));
              for (const i of charCols) r.fields[i].dataTypeID = 25; // let adapter-pg accept it as text...
              return r;
            },
          },
        });
        const res = await queryRaw.call(self, query);
        for (const i of charCols) res.columnTypes[i] = ColumnTypeEnum.Character; // ...then tell the engine it is a char
        return res;
      };
      proto.__charOidFix = true;
    }
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

/**
 * PrismaPg.connectToShadowDb() creates prisma_migrate_shadow_db_<uuid> but then opens the pool with
 * { connectionString, database }, and node-postgres lets connectionString win: the "shadow" connection is the MAIN
 * database. So build the shadow connection ourselves from a URL whose path is the temporary database.
 */
function pgFactory(url, schema) {
  const opts = schema ? { schema } : undefined;
  const main = new PrismaPg({ connectionString: url }, opts);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const conn = await new PrismaPg({ connectionString: u.toString() }, opts).connect();
      const dispose = conn.dispose.bind(conn);
      conn.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      };
      return conn;
    },
  };
}

/**
 * @param {{ schemaFiles?: [string, string][], url?: string, schema?: string, log?: (line: string) => void }} opts
 * schemaFiles: [path, content] pairs of the Prisma schema (datamodels).
 * The shadow database (needed by createMigration/devDiagnostic/diff --from-migrations) is a temporary
 * database created and dropped on the same server (needs CREATEDB), like the native engine without shadowDatabaseUrl.
 */
export async function openEngine({ schemaFiles, url, schema, log } = {}) {
  loadWasm();
  const factory = url ? withCharFix(pgFactory(url, schema)) : noDbFactory;
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  globalThis.__shimAdapter = adapter;
  const engine = await bg.SchemaEngine.new(
    { datamodels: schemaFiles },
    (line) => log?.(String(line)),
    adapter,
  );
  return { engine, adapter };
}

/** Read prisma/migrations the way the CLI does (MigrationList shape expected by the engine). */
export function readMigrationsList(baseDir, shadowDbInitScript = '') {
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const lockfile = {
    path: 'migration_lock.toml',
    content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null,
  };
  const dirs = fs.existsSync(baseDir)
    ? fs.readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  const migrationDirectories = dirs
    .map((d) => {
      const f = path.join(baseDir, d.name, 'migration.sql');
      let content;
      try {
        content = { tag: 'ok', value: fs.readFileSync(f, 'utf8') };
      } catch (e) {
        content = { tag: 'error', value: e.message };
      }
      return { path: d.name, migrationFile: { path: 'migration.sql', content } };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript };
}
