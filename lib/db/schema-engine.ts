import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, type SqlResultSet } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { parse } from 'pg-connection-string';

const require = createRequire(import.meta.url);
let initialised: Promise<void> | undefined;

// The package's entry imports its .wasm as an ES module, which Node 20 only allows behind
// --experimental-wasm-modules (and Vitest not at all); instantiating it by hand works everywhere.
function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    // The engine reports Rust panics through this global; without it a panic becomes a TypeError.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => {
        throw new Error(`Prisma schema engine panicked: ${message}`);
      },
    };
    const entry = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(entry), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    (bindings as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return initialised;
}

const pgCharOid = 18;
const pgTextOid = 25;
/** Result rows (by identity) → indexes of their columns of PostgreSQL's one-byte "char" type. */
const charColumns = new WeakMap<object, number[]>();

/**
 * The schema describer reads catalog columns of PostgreSQL's internal "char" type, which the pg
 * driver adapter rejects as unsupported. This client lets them through as text and remembers
 * where they were, so that `withCharColumns` can label them as the engine's Character type.
 */
class CatalogFriendlyClient extends pg.Client {
  // The pool calls query() with a callback, the adapter without one; both must be covered.
  override query(...args: unknown[]): never {
    const relabel = (result: pg.QueryResult | undefined) => {
      const indexes: number[] = [];
      result?.fields.forEach((field, i) => {
        if (field.dataTypeID !== pgCharOid) return;
        field.dataTypeID = pgTextOid;
        indexes.push(i);
      });
      if (result && indexes.length) charColumns.set(result.rows, indexes);
      return result;
    };
    const callbackIndex = args.findIndex((a) => typeof a === 'function');
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as (error: Error | null, result?: pg.QueryResult) => void;
      args[callbackIndex] = (error: Error | null, result?: pg.QueryResult) => callback(error, relabel(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return (returned instanceof Promise ? returned.then(relabel) : returned) as never;
  }
}

type Queryable = { queryRaw: (query: never) => Promise<SqlResultSet> };

function withCharColumns<T extends object>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'queryRaw') {
        return async (query: never) => {
          const result = await (target as unknown as Queryable).queryRaw(query);
          for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
          return result;
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => withCharColumns(await (value as (...a: unknown[]) => Promise<object>).apply(target, args));
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * PrismaPg's own shadow database handling breaks here in two ways: with a connection string it
 * connects to the main database instead (node-postgres lets the string override `database`), and
 * it drops the shadow database while its pool still holds idle clients, whose termination then
 * crashes the process as an unhandled pool error. This factory closes the pool before dropping.
 */
class ShadowSafePrismaPg extends PrismaPg {
  constructor(
    private readonly poolConfig: pg.PoolConfig,
    readonly pool = new pg.Pool({ ...poolConfig, Client: CatalogFriendlyClient }),
  ) {
    super(pool);
  }

  override async connect() {
    return withCharColumns(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.poolConfig);
    await admin.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const pool = new pg.Pool({ ...this.poolConfig, database, Client: CatalogFriendlyClient });
    pool.on('error', () => {});
    const adapter = withCharColumns(await new PrismaPg(pool).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

/**
 * Runs `work` with Prisma's schema engine (WASM build) connected to `connectionString`.
 * The pool is closed afterwards: the engine's free() leaves its connections open, and an idle
 * one keeps holding the migration advisory lock, which makes the next migrate wait 10 s.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  datamodel: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initialiseWasm();
  const factory = new ShadowSafePrismaPg(parse(connectionString) as pg.PoolConfig);
  const Engine = (bindings as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const engine = await Engine.new({ datamodels: [[datamodel.path, datamodel.content]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await factory.pool.end();
  }
}

export const noFilters = { externalTables: [], externalEnums: [] };
