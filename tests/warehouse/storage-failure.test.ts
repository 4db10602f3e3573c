import { describe, expect, it } from 'vitest';
import { storageFailure } from '../../src/warehouse/storage-failure.ts';

const coded = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('storageFailure', () => {
  it('names a full disk and an I/O error, wherever they sit in the causes', () => {
    expect(storageFailure(coded('database or disk is full', 'SQLITE_FULL'))).toBe('the disk is full (SQLITE_FULL)');
    expect(storageFailure(new Error('cannot write out.csv', { cause: coded('no space left on device', 'ENOSPC') }))).toBe('the disk is full (ENOSPC)');
    expect(storageFailure(coded('disk I/O error', 'SQLITE_IOERR_WRITE'))).toBe('disk I/O error (SQLITE_IOERR_WRITE)');
    expect(storageFailure(coded('read-only file system', 'EROFS'))).toBe('read-only file system (EROFS)');
  });

  it('names a PostgreSQL server that went away, could not be reached or cannot go on', () => {
    expect(storageFailure(coded('terminating connection due to administrator command', '57P01'))).toBe('the database server went away: terminating connection due to administrator command (57P01)');
    expect(storageFailure(coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('the database server went away: connect ECONNREFUSED 127.0.0.1:5432 (ECONNREFUSED)');
    expect(storageFailure(new Error('write failed', { cause: new Error('Connection terminated unexpectedly') }))).toBe('the database server went away: Connection terminated unexpectedly');
    expect(storageFailure(coded('could not extend file: No space left on device', '53100'))).toBe("the database server's disk is full (53100)");
    // a constraint or a syntax error is the document's (or the code's), not the server's
    expect(storageFailure(coded('duplicate key value violates unique constraint', '23505'))).toBeNull();
    expect(storageFailure(coded('syntax error at or near "SELEC"', '42601'))).toBeNull();
  });

  it('leaves other errors to the document they happened on', () => {
    expect(storageFailure(coded('UNIQUE constraint failed: documents.doc_id', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure(new Error('boom'))).toBeNull();
    expect(storageFailure('a string')).toBeNull();
  });
});
