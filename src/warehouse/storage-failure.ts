/** SQLite result codes that mean the warehouse's storage failed, not the document. */
const SQLITE_STORAGE = /^SQLITE_(?:FULL|IOERR|READONLY|CORRUPT|CANTOPEN|NOTADB|PROTOCOL)/;

/** System error codes of a failing disk or file system. */
const SYSTEM_STORAGE = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EFBIG', 'ENXIO']);

/**
 * When an error is a failure of the storage (a full disk, an I/O error, a
 * read-only or corrupt file), what it was in words; null for any other
 * error. A storage failure stops the run (exit 2): it is no fault of the
 * document being written, and every document after it would fail the same
 * way.
 *
 * @example
 * storageFailure(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })) // → 'the disk is full (SQLITE_FULL)'
 * storageFailure(new Error('UNIQUE constraint failed'))                                            // → null
 */
export function storageFailure(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full (${code})`;
    if (SQLITE_STORAGE.test(code) || SYSTEM_STORAGE.has(code)) return `${e.message} (${code})`;
  }
  return null;
}
