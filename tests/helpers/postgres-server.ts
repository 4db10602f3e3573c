import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A PostgreSQL server of the tests' own: a new cluster in a temporary
 * folder (C locale, UTF-8, trust authentication on 127.0.0.1), started on
 * a free port with Debian's (or any installed) PostgreSQL binaries, so a
 * test can stop and start it. As root, the server runs as the `postgres`
 * user (PostgreSQL refuses to run as root).
 */
export interface PostgresServer {
  /** The URL of the server's `postgres` database. */
  readonly url: string;
  /** A new, empty database on the server, as a URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server at once (`pg_ctl stop -m fast`: clients are cut off). */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops it and removes its folder. */
  dispose(): void;
}

/** Where PostgreSQL's server programs are: `SOLIEU_PG_BIN`, Debian's folder, or the PATH. */
export function postgresBinaries(): string | null {
  const given = process.env.SOLIEU_PG_BIN;
  if (given) return existsSync(path.join(given, 'initdb')) ? given : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? path.dirname(which.stdout.trim()) : null;
}

let databases = 0;

/**
 * Starts a server of the tests' own (see {@link PostgresServer}), or says
 * why it cannot (no PostgreSQL installed).
 *
 * @example
 * const pgServer = await startPostgres(); if (pgServer.ok) { const url = await pgServer.server.createDatabase(); … pgServer.server.dispose(); }
 */
export async function startPostgres(): Promise<{ ok: true; server: PostgresServer } | { ok: false; reason: string }> {
  const bin = postgresBinaries();
  if (bin === null) return { ok: false, reason: 'no PostgreSQL server programs (initdb, pg_ctl) found: install Debian\'s postgresql, or set SOLIEU_PG_BIN' };
  const root = mkdtempSync(path.join(os.tmpdir(), 'solieu-pg-'));
  const data = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? postgresUser() : null;
  if (asRoot && owner === null) return { ok: false, reason: 'running as root, and there is no postgres user to run the server as' };
  if (owner) {
    chmodSync(root, 0o755);
    chownSync(root, owner.uid, owner.gid);
  }
  const run = (program: string, args: string[]): void => {
    const [cmd, argv] = owner ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  };
  run('initdb', ['-D', data, '-U', 'solieu', '--auth=trust', '--locale=C', '--encoding=UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  const start = (): void => run('pg_ctl', ['-D', data, '-l', path.join(root, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  const stop = (): void => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  start();
  const url = `postgres://solieu@127.0.0.1:${port}/postgres`;
  let running = true;
  const server: PostgresServer = {
    url,
    createDatabase: (name) => createDatabaseOn(url, name),
    stop: () => {
      if (running) stop();
      running = false;
    },
    start: () => {
      if (!running) start();
      running = true;
    },
    dispose: () => {
      try {
        if (running) stop();
      } finally {
        running = false;
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
  return { ok: true, server };
}

/**
 * A new, empty database on the server whose URL is given, as a URL.
 *
 * @example
 * await createDatabaseOn('postgres://solieu@127.0.0.1:5433/postgres') // → 'postgres://solieu@127.0.0.1:5433/t4242_1_…'
 */
export async function createDatabaseOn(serverUrl: string, name?: string): Promise<string> {
  const db = name ?? `t${process.pid}_${++databases}_${Date.now() % 1_000_000}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${db}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

function postgresUser(): { uid: number; gid: number } | null {
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
