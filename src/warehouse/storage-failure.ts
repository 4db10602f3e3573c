/** SQLite result codes that mean the warehouse's storage failed, not the document. */
const SQLITE_STORAGE = /^SQLITE_(?:FULL|IOERR|READONLY|CORRUPT|CANTOPEN|NOTADB|PROTOCOL)/;

/** System error codes of a failing disk or file system. */
const SYSTEM_STORAGE = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EFBIG', 'ENXIO']);

/** System error codes of a database server that cannot be reached. */
const SERVER_GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs of a server that is gone or cannot go on: class 08
 * (the connection failed), 57P01–57P03 (shut down, crashed, starting or
 * stopping), class 53 (out of disk, memory or connections), class 58 (a
 * system or I/O error on the server).
 */
const POSTGRES_GONE = /^(?:08[0-9A-Z]{3}|57P0[123]|53[0-9A-Z]{3}|58[0-9A-Z]{3})$/;

/** What `pg` says, with no code, when the server closed the connection under it. */
const CONNECTION_LOST = /Connection terminated|connection error and is not queryable|Client was closed and is not queryable/i;

/**
 * When an error is a failure of the storage (a full disk, an I/O error, a
 * read-only or corrupt file, a PostgreSQL server that went away or cannot
 * go on), what it was in words; null for any other error. A storage
 * failure stops the run (exit 2): it is no fault of the document being
 * written, and every document after it would fail the same way.
 *
 * @example
 * storageFailure(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })) // → 'the disk is full (SQLITE_FULL)'
 * storageFailure(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))
 * // → 'the database server went away: terminating connection due to administrator command (57P01)'
 * storageFailure(new Error('UNIQUE constraint failed'))                                            // → null
 */
export function storageFailure(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') {
      if (CONNECTION_LOST.test(e.message)) return `the database server went away: ${e.message}`;
      continue;
    }
    if (code === '53100') return `the database server's disk is full (${code})`;
    if (SERVER_GONE.has(code) || POSTGRES_GONE.test(code)) return `the database server went away: ${e.message} (${code})`;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full (${code})`;
    if (SQLITE_STORAGE.test(code) || SYSTEM_STORAGE.has(code)) return `${e.message} (${code})`;
  }
  return null;
}
