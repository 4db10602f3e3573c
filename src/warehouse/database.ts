import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DocumentEventTable } from './tables/document-events.ts';
import type { DocumentVersionTable } from './tables/document-versions.ts';
import type { DocumentTable } from './tables/documents.ts';
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
  observations: ObservationTable;
  rejects: RejectTable;
  document_events: DocumentEventTable;
  run_lock: RunLockTable;
  observation_history: ObservationHistoryView;
  current_observations: CurrentObservationView;
  best_observations: BestObservationView;
}

export type Warehouse = Kysely<WarehouseSchema>;

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
  return new Kysely<WarehouseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Writing statements kept prepared, by their SQL: a run writes the same few thousands of times. */
const STATEMENT_CACHE = 64;

/**
 * The database as Kysely's SQLite driver sees it, with the statements
 * that write (insert, update, delete) prepared once and reused: preparing
 * is most of the cost of a one-row insert. Reading statements are prepared
 * each time, since a cached one could be asked for while another query
 * still iterates it.
 */
function withStatementCache(sqlite: Database.Database): { close(): void; prepare(sql: string): Database.Statement } {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      if (!/^\s*(?:insert|update|delete)\b/i.test(sql)) return sqlite.prepare(sql);
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        if (cache.size >= STATEMENT_CACHE) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
