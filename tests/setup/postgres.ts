import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from '../helpers/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the suite's PostgreSQL server, or null with the reason there is none. */
    postgres: { url: string | null; reason: string };
  }
}

let server: PostgresServer | null = null;

/**
 * Starts one PostgreSQL server for the whole suite; the warehouse tests
 * each make a database of their own on it. Where PostgreSQL is not
 * installed the PostgreSQL side of the shared suite skips, saying so once,
 * unless `SOLIEU_REQUIRE_POSTGRES` is set (as `.ci/run` sets it): then
 * the suite fails.
 */
export async function setup(project: TestProject): Promise<void> {
  const started = await startPostgres();
  if (started.ok) {
    server = started.server;
    project.provide('postgres', { url: server.url, reason: '' });
    return;
  }
  if (process.env.SOLIEU_REQUIRE_POSTGRES) throw new Error(`SOLIEU_REQUIRE_POSTGRES is set, but ${started.reason}`);
  process.stderr.write(`note: ${started.reason}; the PostgreSQL side of the warehouse suite is skipped\n`);
  project.provide('postgres', { url: null, reason: started.reason });
}

export function teardown(): void {
  server?.dispose();
}
