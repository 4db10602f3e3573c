import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import type PgModule from 'pg';
import type PgCursor from 'pg-cursor';
import type { DocumentEventTable } from './tables/document-events.ts';
import type { DocumentVersionTable } from './tables/document-versions.ts';
import type { DocumentTable } from './tables/documents.ts';
import type { FigureTable } from './tables/figures.ts';
import type { ObservationTable } from './tables/observations.ts';
import type { RejectTable } from './tables/rejects.ts';
import type { RunLockTable } from './tables/run-lock.ts';
import type { RunTable } from './tables/runs.ts';
import type { SentenceTable } from './tables/sentences.ts';
import type { ValidationResultTable } from './tables/validation-results.ts';
import type { BestObservationView, CurrentObservationView, ObservationHistoryView } from './tables/views.ts';

/** The warehouse schema as Kysely sees it. */
export interface WarehouseSchema {
  runs: RunTable;
  documents: DocumentTable;
  document_versions: DocumentVersionTable;
  sentences: SentenceTable;
  validation_results: ValidationResultTable;
  figures: FigureTable;
  /** A view: the figures with their version's columns. */
  observations: ObservationTable;
  rejects: RejectTable;
  document_events: DocumentEventTable;
  run_lock: RunLockTable;
  observation_history: ObservationHistoryView;
  current_observations: CurrentObservationView;
  best_observations: BestObservationView;
}

export type Warehouse = Kysely<WarehouseSchema>;

/** The database systems a warehouse can live in. */
export type WarehouseDialect = 'sqlite' | 'postgres';

/**
 * Whether a `--db` target names a PostgreSQL server (`postgres://…` or
 * `postgresql://…`) rather than a SQLite file.
 *
 * @example
 * isPostgresTarget('postgres://solieu@db.local/stats') // → true
 * isPostgresTarget('output/warehouse.sqlite')          // → false
 */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * A warehouse target as messages show it: a PostgreSQL URL without its
 * password, a file as it is.
 *
 * @example
 * warehouseName('postgres://solieu:s3cret@db.local/stats') // → 'postgres://solieu:***@db.local/stats'
 */
export function warehouseName(target: string): string {
  if (!isPostgresTarget(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return target.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * The database system behind a warehouse handle (the handle of a
 * transaction or a connection included).
 *
 * @example
 * warehouseDialect(openSqliteWarehouse(':memory:')) // → 'sqlite'
 */
export function warehouseDialect(db: Kysely<any>): WarehouseDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Opens the warehouse a `--db` target names: a PostgreSQL server for a
 * `postgres://` URL, else a SQLite file (created when needed).
 *
 * @example
 * const db = openWarehouseAt(process.env.DATABASE_URL ?? 'output/warehouse.sqlite');
 */
export function openWarehouseAt(target: string): Warehouse {
  return isPostgresTarget(target) ? openPostgresWarehouse(target) : openSqliteWarehouse(target);
}

/**
 * Opens a warehouse to read only, on one connection: what a worker thread
 * of a run reads beside the run's own connections (the rows it formats for
 * the exports). A SQLite file must exist, and is opened read-only.
 *
 * @example
 * const db = openWarehouseReader('output/warehouse.sqlite'); await db.destroy();
 */
export function openWarehouseReader(target: string): Warehouse {
  if (isPostgresTarget(target)) return openPostgresWarehouse(target, 1);
  const sqlite = new Database(target, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 10000');
  // 2 MB of page cache, not better-sqlite3's 16: a reader formats each report's rows once, and each of a run's format
  // threads opens one per chunk (on 1 GB of text the export's peak RSS fell by 10-17 MB)
  sqlite.pragma('cache_size = -2048');
  return new Kysely<WarehouseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Connections a run keeps to a PostgreSQL server: the session that proves its hold, the writer's, the lock's heartbeat, and reads beside them. */
const POOL_SIZE = 5;

/**
 * Opens a warehouse on a PostgreSQL server. Counts and sums (`bigint`)
 * and decimals (`numeric`) are read as numbers, as SQLite gives them, so
 * every query returns the same values on both; the largest count a
 * warehouse holds is far below 2^53.
 *
 * @example
 * const db = openPostgresWarehouse('postgres://solieu@localhost:5432/stats');
 */
export function openPostgresWarehouse(url: string, connections = POOL_SIZE): Warehouse {
  const { pg, Cursor } = postgresModules();
  const pool = new pg.Pool({
    connectionString: url,
    max: connections,
    types: { getTypeParser: numbersAsNumbers } as never,
    // a server that cannot be reached fails the run in 30 s, not at the operating system's TCP timeout; keepalive finds a
    // connection cut without a reset (a partition, a failover)
    connectionTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // a session left idle inside a transaction (its client hung) gives up its locks after 5 minutes, so the other writers go on
    options: '-c idle_in_transaction_session_timeout=300000',
  });
  // a server that goes away makes its connections fail, idle (the pool's 'error') or in use (the client's): the query
  // under way, or the next one, gets the error as a value; unheard, the event would end the process
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  // the cursor lets the exports stream rows, as they do from SQLite
  return new Kysely<WarehouseSchema>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
}

let loadedPostgres: { readonly pg: typeof PgModule; readonly Cursor: typeof PgCursor } | null = null;

/**
 * The PostgreSQL client and its cursor, loaded at the first PostgreSQL
 * warehouse opened: a run on a SQLite file never loads them (17 MB of
 * resident memory in each thread that would, the main thread and every
 * worker that formats rows).
 */
function postgresModules(): { readonly pg: typeof PgModule; readonly Cursor: typeof PgCursor } {
  const require = createRequire(import.meta.url);
  return (loadedPostgres ??= { pg: require('pg') as typeof PgModule, Cursor: require('pg-cursor') as typeof PgCursor });
}

/** Type parsers of `pg` with `bigint` (20) and `numeric` (1700) read as numbers. */
function numbersAsNumbers(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  const { pg } = postgresModules();
  if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value) => Number(value);
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

/**
 * Opens (creating when needed) a SQLite warehouse file with WAL journaling,
 * foreign keys on and a busy timeout, so a second process waits for the
 * lock instead of failing at once.
 *
 * @example
 * const db = openSqliteWarehouse('output/warehouse.sqlite');
 * await db.selectFrom('runs').selectAll().execute();
 */
export function openSqliteWarehouse(file: string): Warehouse {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // 16 MB of page cache (the default is 2 MB): a run's inserts land all over the indexes, and a page read again is a system
  // call. On 100 MB of text 64 MB wrote no faster (main thread busy 31.6 s against 27.4) and held 50 MB more at the peak
  // (397 MB against 347); 4 MB held 338 MB and kept the main thread busy 31.7 s.
  sqlite.pragma('cache_size = -16384');
  return new Kysely<WarehouseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Statements kept prepared, by their SQL: a run writes and looks up with a few dozen statements, each thousands of times. */
const STATEMENT_CACHE = 128;

/**
 * The database as Kysely's SQLite driver sees it, with its statements
 * prepared once and reused: preparing is most of the cost of a one-row
 * insert or lookup. A statement still iterating (an export's stream) is
 * busy; asked for again meanwhile, the same SQL is prepared afresh. When
 * the cache is full, the statement used longest ago leaves it (a map keeps
 * its keys in the order they were set, and a statement used is set again).
 */
function withStatementCache(sqlite: Database.Database): { close(): void; prepare(sql: string): Database.Statement } {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      let stmt = cache.get(sql);
      if (stmt !== undefined && stmt.busy) return sqlite.prepare(sql);
      if (stmt === undefined) {
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        stmt = sqlite.prepare(sql);
      } else cache.delete(sql);
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
