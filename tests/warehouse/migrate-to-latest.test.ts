import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { openSqliteWarehouse, openWarehouseAt, warehouseDialect } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import * as initial from '../../src/warehouse/migrations/2026-11-25T00-00-00-initial.ts';
import * as revisions from '../../src/warehouse/migrations/2026-12-02T00-00-00-revisions.ts';
import * as input from '../../src/warehouse/migrations/2026-12-03T00-00-00-input.ts';
import * as sentences from '../../src/warehouse/migrations/2026-12-04T00-00-00-sentences.ts';
import * as validation from '../../src/warehouse/migrations/2026-12-05T00-00-00-validation.ts';
import * as bestByData from '../../src/warehouse/migrations/2026-12-06T00-00-00-best-by-data.ts';
import * as figures from '../../src/warehouse/migrations/2026-12-07T00-00-00-figures.ts';
import { unpackText } from '../../src/warehouse/version-text.ts';
import type { Warehouse } from '../../src/warehouse/database.ts';
import { createDatabaseOn } from '../helpers/postgres-server.ts';
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
      expect(await migrateToLatest(db)).toEqual({ error: null, applied: ['2026-12-02T00-00-00-revisions', '2026-12-03T00-00-00-input', '2026-12-04T00-00-00-sentences', '2026-12-05T00-00-00-validation', '2026-12-06T00-00-00-best-by-data', '2026-12-07T00-00-00-figures'] });
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

  it('stores each sentence once: the figures of a warehouse written before keep their rows, and the views read the same before and after', async () => {
    const db = openSqliteWarehouse(path.join(dir.path, 'w.sqlite'));
    try {
      await earlierWarehouse(db);
      const views = await viewsOf(db);
      const before = (await sql<Record<string, unknown>>`SELECT * FROM observations ORDER BY obs_id`.execute(db)).rows;
      expect(views.observation_history.rows).toHaveLength(6);
      expect(views.current_observations.rows).toHaveLength(3);
      expect(views.best_observations.rows.length).toBeGreaterThan(0);

      expect(await migrateToLatest(db)).toEqual({ error: null, applied: ['2026-12-04T00-00-00-sentences', '2026-12-05T00-00-00-validation', '2026-12-06T00-00-00-best-by-data', '2026-12-07T00-00-00-figures'] });
      expect(await viewsOf(db)).toEqual(views);
      // one sentence per version and index, with the start its first figure recorded
      expect(await db.selectFrom('sentences').select(['version_id', 'sentence_index', 'sentence_start', 'text']).orderBy('sentence_id').execute()).toEqual([
        { version_id: 1, sentence_index: 0, sentence_start: 0, text: 'GRDP tăng 7%, xuất khẩu đạt 5 tỷ USD.' },
        { version_id: 1, sentence_index: 1, sentence_start: null, text: 'Thu ngân sách đạt 900 tỷ đồng.' },
        { version_id: 2, sentence_index: 0, sentence_start: 0, text: 'GRDP tăng 7,2%, xuất khẩu đạt 5 tỷ USD.' },
        { version_id: 3, sentence_index: 0, sentence_start: 0, text: 'Dư nợ tín dụng tăng 11%.' },
      ]);
      // every other column of every row as it was; the sentence through its row
      const after = (await sql<Record<string, unknown>>`
        SELECT o.*, s.text AS sentence FROM observations o JOIN sentences s ON s.sentence_id = o.sentence_id ORDER BY o.obs_id`.execute(db)).rows;
      expect(after.map(({ sentence_id: _id, ...rest }) => rest)).toEqual(before);
      expect((await sql<{ name: string }>`SELECT name FROM pragma_table_info('observations')`.execute(db)).rows.map((c) => c.name)).not.toContain('sentence');

      // and back: the observations table, then the column from the sentence rows, the earlier views
      await figures.down(db);
      await sentences.down(db);
      expect(await viewsOf(db)).toEqual(views);
      expect((await sql<Record<string, unknown>>`SELECT * FROM observations ORDER BY obs_id`.execute(db)).rows.map((r) => r['sentence'])).toEqual(before.map((r) => r['sentence']));
    } finally {
      await db.destroy();
    }
  });

  it('stores what a version gives its figures once, with the version, and its text packed: every observation and view reads as before, and back', async () => {
    const db = openSqliteWarehouse(path.join(dir.path, 'w.sqlite'));
    try {
      const { views, observations, texts } = await beforeFigures(db);
      expect(observations.rows).toHaveLength(6);

      expect(await migrateToLatest(db)).toEqual({ error: null, applied: ['2026-12-07T00-00-00-figures'] });
      expect(await viewsOf(db)).toEqual(views);
      expect(await tableOf(db, 'observations')).toEqual(observations);
      const figureColumns = await columnsOf(db, 'figures');
      for (const gone of ['doc_id', 'run_id', 'vintage_from', 'vintage_to', 'recorded_from', 'recorded_to', 'closed_run_id']) expect(figureColumns).not.toContain(gone);
      expect(await columnsOf(db, 'document_versions')).not.toContain('text');
      const packed = await db.selectFrom('document_versions').select(['text_zlib', 'closed_run_id']).orderBy('version_id').execute();
      expect(packed.map((v) => unpackText(v.text_zlib))).toEqual(texts);
      // the version the retracted figure was closed with records the run that closed it; the current ones none
      expect(packed.map((v) => v.closed_run_id)).toEqual(['r1', null, null]);
      const type = async (name: string) => (await sql<{ type: string }>`SELECT type FROM sqlite_schema WHERE name = ${name}`.execute(db)).rows[0]?.type;
      expect(await type('observations')).toBe('view');

      await figures.down(db);
      expect(await type('observations')).toBe('table');
      expect(await tableOf(db, 'observations')).toEqual(observations);
      expect(await viewsOf(db)).toEqual(views);
      expect(await versionTexts(db)).toEqual(texts);
    } finally {
      await db.destroy();
    }
  });

  it('stops, and leaves the warehouse as it was, when a figure disagrees with its version on a column they are to share', async () => {
    const db = openSqliteWarehouse(path.join(dir.path, 'w.sqlite'));
    try {
      await earlierWarehouse(db);
      await sql`INSERT INTO runs VALUES ('r2', 'reports', 'raw', '0.1.0', '2026-12-04T08:00:00Z', '2026-12-04T08:01:00Z', 'completed', NULL)`.execute(db);
      await sql`UPDATE observations SET run_id = 'r2' WHERE obs_id = 4`.execute(db);
      const before = await tableOf(db, 'observations');
      const result = await migrateToLatest(db);
      expect(result.applied).toEqual([]);
      expect(result.error).toBe("cannot migrate the warehouse: expected every figure to share its version's report, run and times, got figure 4 differing from version 2");
      // the migrations before it, in the same transaction, are undone with it
      expect((await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)).rows.map((r) => r.name)).toHaveLength(3);
      expect(await columnsOf(db, 'observations')).toContain('sentence');
      expect(await tableOf(db, 'observations')).toEqual(before);
    } finally {
      await db.destroy();
    }
  });
});

const server = inject('postgres').url;

describe.skipIf(server === null)('migrateToLatest on PostgreSQL', () => {
  it('moves the figures of a warehouse written before to their own table, the text packed, and every observation and view reads as before', async () => {
    const db = openWarehouseAt(await createDatabaseOn(server!));
    try {
      const { views, observations, texts } = await beforeFigures(db);
      expect(await migrateToLatest(db)).toEqual({ error: null, applied: ['2026-12-07T00-00-00-figures'] });
      expect(await viewsOf(db)).toEqual(views);
      expect(await tableOf(db, 'observations')).toEqual(observations);
      const packed = await db.selectFrom('document_versions').select('text_zlib').orderBy('version_id').execute();
      expect(packed.map((v) => unpackText(v.text_zlib))).toEqual(texts);
      // the next figure's id follows the copied ones
      const next = await sql<{ id: number }>`INSERT INTO figures (version_id, seq, text, value, unit, unit_mult, sentence_index, span_start, span_end, sentence_id)
        VALUES (3, 1, '1%', 1, '%', 0, 0, 0, 2, 4) RETURNING obs_id AS id`.execute(db);
      expect(next.rows[0]!.id).toBe(7);
      await figures.down(db);
      expect(await tableOf(db, 'observations')).toEqual({ ...observations, rows: [...observations.rows, expect.anything()] });
    } finally {
      await db.destroy();
    }
  });
});

/** The warehouse written before, brought to the schema before figures, and what it reads then. */
async function beforeFigures(db: Warehouse): Promise<{ views: Awaited<ReturnType<typeof viewsOf>>; observations: Awaited<ReturnType<typeof tableOf>>; texts: string[] }> {
  await earlierWarehouse(db);
  for (const [name, m] of [['2026-12-04T00-00-00-sentences', sentences], ['2026-12-05T00-00-00-validation', validation], ['2026-12-06T00-00-00-best-by-data', bestByData]] as const) {
    await m.up(db);
    await sql`INSERT INTO kysely_migration VALUES (${name}, '2026-12-06')`.execute(db);
  }
  return { views: await viewsOf(db), observations: await tableOf(db, 'observations'), texts: await versionTexts(db) };
}

async function versionTexts(db: Warehouse): Promise<string[]> {
  return (await sql<{ text: string }>`SELECT text FROM document_versions ORDER BY version_id`.execute(db)).rows.map((r) => r.text);
}

/** A table's or view's columns in order, on either database. */
async function columnsOf(db: Warehouse, table: string): Promise<string[]> {
  if (warehouseDialect(db) === 'postgres') {
    return (await sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns WHERE table_name = ${table} ORDER BY ordinal_position`.execute(db)).rows.map((c) => c.name);
  }
  return (await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db)).rows.map((c) => c.name);
}

/** Every row of a table or view, with its columns in order. */
async function tableOf(db: Warehouse, table: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const columns = await columnsOf(db, table);
  const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY obs_id`.execute(db)).rows;
  return { columns, rows: rows.map((r) => columns.map((c) => r[c])) };
}

/**
 * A warehouse as the migrations before sentences wrote it: one report in
 * two versions (a figure revised, one retracted) and another of one
 * version, sentences shared by several figures, one with no recorded start.
 */
async function earlierWarehouse(db: Warehouse): Promise<void> {
  for (const m of [initial, revisions, input]) await m.up(db);
  await sql`CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)`.execute(db);
  for (const name of ['2026-11-25T00-00-00-initial', '2026-12-02T00-00-00-revisions', '2026-12-03T00-00-00-input']) {
    await sql`INSERT INTO kysely_migration VALUES (${name}, '2026-12-03')`.execute(db);
  }
  await sql`INSERT INTO runs VALUES ('r1', 'reports', 'raw', '0.1.0', '2026-12-03T08:00:00Z', '2026-12-03T08:01:00Z', 'completed', NULL)`.execute(db);
  for (const doc of ['a.txt', 'b.txt']) await sql`INSERT INTO documents (doc_id, source_path, first_run_id, last_seen_run_id, identity, identity_key) VALUES (${doc}, ${doc}, 'r1', 'r1', 'path', ${doc})`.execute(db);
  const versions = [
    ['a.txt', 1, 'GRDP tăng 7%, xuất khẩu đạt 5 tỷ USD.\nThu ngân sách đạt 900 tỷ đồng.', '2024-01-10', '2024-04-01'],
    ['a.txt', 2, 'GRDP tăng 7,2%, xuất khẩu đạt 5 tỷ USD.', '2024-04-01', null],
    ['b.txt', 1, 'Dư nợ tín dụng tăng 11%.', '2024-02-01', null],
  ] as const;
  for (const [doc, no, text, from, to] of versions) {
    await sql`INSERT INTO document_versions (doc_id, version_no, content_hash, extractor_version, byte_size, format, text, run_id, valid_from, valid_to, source_path, reason, vintage_from, vintage_to, published)
              VALUES (${doc}, ${no}, ${`${doc}${no}`}, '0.1.0', 60, 'txt', ${text}, 'r1', '2026-12-03T08:00:10Z', ${to && '2026-12-03T08:00:20Z'}, ${doc}, ${no === 1 ? 'new' : 'changed'}, ${from}, ${to}, ${from})`.execute(db);
  }
  const figures = [
    [1, 'a.txt', 0, '7%', 7, '%', 0, 'gdp', 'GRDP tăng 7%, xuất khẩu đạt 5 tỷ USD.', 0, 0, 10, 12, 'a-1-0', 'new', null, '2024-01-10', '2024-04-01', 0],
    [1, 'a.txt', 1, '5 tỷ USD', 5e9, 'USD', 9, 'exports', 'GRDP tăng 7%, xuất khẩu đạt 5 tỷ USD.', 0, 0, 28, 36, 'a-1-1', 'new', null, '2024-01-10', '2024-04-01', 0],
    [1, 'a.txt', 2, '900 tỷ đồng', 9e11, 'VND', 9, 'budget_revenue', 'Thu ngân sách đạt 900 tỷ đồng.', 1, null, 56, 67, 'a-1-2', 'new', null, '2024-01-10', '2024-04-01', 1],
    [2, 'a.txt', 0, '7,2%', 7.2, '%', 0, 'gdp', 'GRDP tăng 7,2%, xuất khẩu đạt 5 tỷ USD.', 0, 0, 10, 14, 'a-1-0', 'revised', 1, '2024-04-01', null, 0],
    [2, 'a.txt', 1, '5 tỷ USD', 5e9, 'USD', 9, 'exports', 'GRDP tăng 7,2%, xuất khẩu đạt 5 tỷ USD.', 0, 0, 30, 38, 'a-1-1', 'same', 2, '2024-04-01', null, 0],
  ] as const;
  for (const [versionId, doc, seq, text, value, unit, mult, indicator, sentence, index, start, spanStart, spanEnd, key, change, previous, from, to, retracted] of figures) {
    await sql`INSERT INTO observations (version_id, doc_id, run_id, seq, text, value, unit, unit_mult, period, region, indicator, sentence, sentence_index, sentence_start,
                span_start, span_end, obs_key, change, previous_obs_id, vintage_from, vintage_to, recorded_from, recorded_to, closed_run_id, retracted)
              VALUES (${versionId}, ${doc}, 'r1', ${seq}, ${text}, ${value}, ${unit}, ${mult}, '2023', 'Quảng Ninh', ${indicator}, ${sentence}, ${index}, ${start},
                ${spanStart}, ${spanEnd}, ${key}, ${change}, ${previous}, ${from}, ${to}, '2026-12-03T08:00:10Z', ${to && '2026-12-03T08:00:20Z'}, ${to && 'r1'}, ${retracted})`.execute(db);
  }
  // a figure of a third sentence in another report, for a second series in best_observations
  await sql`INSERT INTO observations (version_id, doc_id, run_id, seq, text, value, unit, unit_mult, period, region, indicator, sentence, sentence_index, sentence_start,
              span_start, span_end, obs_key, change, vintage_from, recorded_from)
            VALUES (3, 'b.txt', 'r1', 0, '11%', 11, '%', 0, '2023', 'Quảng Ninh', 'credit', 'Dư nợ tín dụng tăng 11%.', 0, 0, 20, 23, 'b-1-0', 'new', '2024-02-01', '2026-12-03T08:00:10Z')`.execute(db);
}

const VIEWS = ['observation_history', 'current_observations', 'best_observations'] as const;

/** Every row of the three views, with their columns in order. */
async function viewsOf(db: Warehouse): Promise<Record<(typeof VIEWS)[number], { columns: string[]; rows: unknown[][] }>> {
  const out: Partial<Record<(typeof VIEWS)[number], { columns: string[]; rows: unknown[][] }>> = {};
  for (const view of VIEWS) {
    const columns = await columnsOf(db, view);
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(view)} ORDER BY obs_id`.execute(db)).rows;
    out[view] = { columns, rows: rows.map((r) => columns.map((c) => r[c])) };
  }
  return out as Record<(typeof VIEWS)[number], { columns: string[]; rows: unknown[][] }>;
}
