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

  it('leaves other errors to the document they happened on', () => {
    expect(storageFailure(coded('UNIQUE constraint failed: documents.doc_id', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure(new Error('boom'))).toBeNull();
    expect(storageFailure('a string')).toBeNull();
  });
});
