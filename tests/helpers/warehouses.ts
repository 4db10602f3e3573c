import path from 'node:path';
import { describe, inject } from 'vitest';
import { createDatabaseOn } from './postgres-server.ts';

/** A database system the shared warehouse suite runs on, and how a test gets a new, empty warehouse on it. */
export interface WarehouseBackend {
  readonly name: 'sqlite' | 'postgres';
  /** A new warehouse: a file in `dir` for SQLite, a new database on the suite's server for PostgreSQL. */
  warehouse(dir: string): Promise<string>;
}

const SQLITE: WarehouseBackend = { name: 'sqlite', warehouse: async (dir) => path.join(dir, 'warehouse.sqlite') };

/**
 * Declares `body` once for each database system, as the shared warehouse
 * suite: on SQLite always, and on the PostgreSQL server the suite started
 * (tests/setup/postgres.ts), skipped where there is none.
 *
 * @example
 * describeWarehouses('re-ingesting', (backend) => { it('…', async () => { const db = await backend.warehouse(dir.path); … }); });
 */
export function describeWarehouses(title: string, body: (backend: WarehouseBackend) => void): void {
  const server = inject('postgres');
  describe(`${title} (SQLite)`, () => body(SQLITE));
  const url = server.url;
  describe.skipIf(url === null)(`${title} (PostgreSQL)`, () => body({ name: 'postgres', warehouse: async () => createDatabaseOn(url!) }));
}
