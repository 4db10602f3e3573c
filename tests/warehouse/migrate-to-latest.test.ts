import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqliteWarehouse } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import * as initial from '../../src/warehouse/migrations/2026-11-25T00-00-00-initial.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

describe('migrateToLatest', () => {
  it('brings a warehouse of the first schema to vintages by publication, figure keys and report identities', async () => {
    const db = openSqliteWarehouse(path.join(dir.path, 'w.sqlite'));
    try {
      // a warehouse as the first schema wrote it: one HTML report in two versions, loaded on two days
      await initial.up(db);
      await sql`CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)`.execute(db);
      await sql`INSERT INTO kysely_migration VALUES ('2026-11-25T00-00-00-initial', '2026-11-25')`.execute(db);
      await sql`INSERT INTO runs VALUES ('r1', 'reports', 'raw', '0.1.0', '2026-11-26T08:00:00Z', '2026-11-26T08:01:00Z', 'completed', NULL)`.execute(db);
      await sql`INSERT INTO documents VALUES ('a.html', 'a.html', 'r1', 'r1')`.execute(db);
      for (const [no, published, from, to] of [[1, '2024-01-10', '2026-11-26T08:00:10Z', '2026-11-27T08:00:10Z'], [2, '2024-04', '2026-11-27T08:00:10Z', null]] as const) {
        await sql`INSERT INTO document_versions (doc_id, version_no, content_hash, extractor_version, byte_size, format, title, url, published, published_source, text, run_id, valid_from, valid_to)
                  VALUES ('a.html', ${no}, ${`h${no}`}, '0.1.0', 10, 'html', NULL, 'https://baochinhphu.vn/a-1.htm', ${published}, 'html-meta', 'GRDP tăng 7%.', 'r1', ${from}, ${to})`.execute(db);
        await sql`INSERT INTO observations (version_id, doc_id, run_id, seq, text, value, unit, unit_mult, sentence, sentence_index, span_start, span_end, vintage_from, vintage_to)
                  VALUES (${no}, 'a.html', 'r1', 0, '7%', 7, '%', 0, 'GRDP tăng 7%.', 0, 10, 12, ${from}, ${to})`.execute(db);
      }
      expect(await migrateToLatest(db)).toEqual({ error: null, applied: ['2026-12-02T00-00-00-revisions', '2026-12-03T00-00-00-input'] });
      expect(await db.selectFrom('documents').select(['identity', 'identity_key']).execute()).toEqual([{ identity: 'url', identity_key: 'https://baochinhphu.vn/a-1.htm' }]);
      expect(await db.selectFrom('document_versions').select(['version_no', 'vintage_from', 'vintage_to', 'reason']).orderBy('version_no').execute()).toEqual([
        { version_no: 1, vintage_from: '2024-01-10', vintage_to: '2024-04-01', reason: 'new' },
        { version_no: 2, vintage_from: '2024-04-01', vintage_to: null, reason: 'changed' },
      ]);
      const rows = await db.selectFrom('observations').select(['vintage_from', 'vintage_to', 'recorded_from', 'obs_key']).orderBy('obs_id').execute();
      expect(rows.map((r) => [r.vintage_from, r.vintage_to, r.recorded_from])).toEqual([
        ['2024-01-10', '2024-04-01', '2026-11-26T08:00:10Z'],
        ['2024-04-01', null, '2026-11-27T08:00:10Z'],
      ]);
      expect(rows.every((r) => r.obs_key !== null)).toBe(true);
      expect(await db.selectFrom('current_observations').select('value').execute()).toEqual([{ value: 7 }]);
      // a second call has nothing left to do
      expect(await migrateToLatest(db)).toEqual({ error: null, applied: [] });
    } finally {
      await db.destroy();
    }
  });
});
