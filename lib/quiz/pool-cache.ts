import pg from 'pg';
import type { Db } from '../db/client';
import type { PoolQuestion } from './question-pool';

/** Triggers on every table a pool is built from notify this channel (migration content_change_notify). */
export const contentChannel = 'netprep_content';

export type PoolCache = {
  /** The course's pool from memory, or `load`ed and kept until the content next changes. */
  pool: (courseId: string, load: () => Promise<PoolQuestion[]>) => Promise<readonly PoolQuestion[]>;
  /** Whether the cache is in use: only while this process is listening for changes. */
  listening: () => boolean;
  close: () => Promise<void>;
};

// On globalThis, as the shared client is: instrumentation.ts starts the cache, and Next bundles it apart from the routes that read it.
const shared = globalThis as unknown as { netprepPoolCaches?: WeakMap<Db, PoolCache> };
const caches = (shared.netprepPoolCaches ??= new WeakMap<Db, PoolCache>());

/** The cache serving this client's pools, if one was started for it (the app's shared client). */
export const poolCacheOf = (db: Db): PoolCache | undefined => caches.get(db);

/**
 * Keeps each course's exam pool in memory between content changes, in every app instance. A
 * NOTIFY is delivered only after its transaction commits, so a change is already visible when
 * the cache drops the pools. While the listening connection is down (a database restart) a
 * change could go unheard, so the cache stands aside and every start reads the database until
 * it listens again.
 */
export function startPoolCache(db: Db, connectionString: string, log: (message: string) => void = console.error): PoolCache {
  const pools = new Map<string, readonly PoolQuestion[]>();
  // Bumped by every change and every loss of the connection: a pool loaded across one is not kept.
  let generation = 0;
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 500;

  const forget = () => {
    generation += 1;
    pools.clear();
  };

  const retryLater = () => {
    if (!closed) setTimeout(() => void listen(), retryMs).unref();
    retryMs = Math.min(retryMs * 2, 10_000);
  };

  const listen = async () => {
    const next = new pg.Client({ connectionString, application_name: 'netprep pool cache' });
    next.on('notification', forget);
    next.on('error', () => undefined); // 'end' follows, and handles it
    next.on('end', () => {
      if (client !== next) return;
      client = null;
      forget();
      retryLater();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${contentChannel}`);
    } catch (error) {
      if (!closed) log(`netprep: exam pool cache not listening for content changes (${(error as Error).message}); pools are read from the database meanwhile.`);
      await next.end().catch(() => undefined);
      return retryLater();
    }
    if (closed) return void (await next.end().catch(() => undefined));
    // A change made while nobody listened went unheard; the pools were cleared when the last connection ended.
    forget();
    client = next;
    retryMs = 500;
  };

  const cache: PoolCache = {
    async pool(courseId, load) {
      if (!client) return load();
      const kept = pools.get(courseId);
      if (kept) return kept;
      const before = generation;
      const loaded = await load();
      if (client && generation === before) pools.set(courseId, loaded);
      return loaded;
    },
    listening: () => client !== null,
    async close() {
      closed = true;
      forget();
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
  caches.set(db, cache);
  void listen();
  return cache;
}
