import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromText, extractFromText } from '../../src/pipeline/extract-text.ts';
import { storedFindings } from '../../src/pipeline/stored-findings.ts';
import { openSqliteWarehouse, openWarehouseAt, type Warehouse } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { startRun } from '../../src/warehouse/runs.ts';
import { storedFigure } from '../../src/warehouse/stored-figure.ts';
import { figuresOfVersion, writeVersion, type VersionWrite } from '../../src/warehouse/write-version.ts';
import pipeline from '../../pipelines/reports.ts';
import { packText } from '../../src/warehouse/version-text.ts';
import { ctx } from '../helpers/taxonomy.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { describeWarehouses, type WarehouseBackend } from '../helpers/warehouses.ts';

const dir = useTempDir();
let db: Warehouse;

/** A new warehouse on `backend`, migrated, with the run the versions are written by. */
function useWarehouse(backend: WarehouseBackend): void {
  beforeEach(async () => {
    db = openWarehouseAt(await backend.warehouse(dir.path));
    expect((await migrateToLatest(db)).error).toBeNull();
    await startRun(db, { runId: 'r1', pipeline: 'reports', inputDir: 'raw', version: 'test', at: '2026-01-01T00:00:00Z' });
  });
  afterEach(async () => db.destroy());
}

const REPORT = { docId: 'qn.txt', identity: 'path' as const, identityKey: 'qn.txt', sourcePath: 'qn.txt' };

/** A version of the report "qn.txt" with this text, read by the default pipeline, published on `published`. */
function version(text: string, published: string | null, o: Partial<VersionWrite> = {}): VersionWrite {
  const document = documentFromText(text, { name: 'qn.txt', published })!;
  const processed = extractFromText(text, pipeline.stages, ctx, { name: 'qn.txt', published });
  return {
    runId: 'r1',
    at: '2026-01-05T00:00:00.000Z',
    report: REPORT,
    version: {
      contentHash: document.contentHash, extractorVersion: 'test', byteSize: document.byteSize, format: 'txt', title: null, url: null,
      published, publishedSource: published ? 'manifest' : null, textZlib: packText(document.text), encoding: 'utf-8', loadNotes: [],
    },
    reason: 'changed',
    figures: processed.accepted.map(storedFigure),
    rejects: processed.rejected,
    findings: storedFindings(processed.work),
    ...o,
  };
}

const rows = () =>
  db.selectFrom('observations').select(['obs_id', 'obs_key', 'text', 'value', 'change', 'previous_obs_id', 'vintage_from', 'vintage_to', 'retracted']).orderBy('obs_id').execute();

describeWarehouses('writeVersion', (backend) => {
  useWarehouse(backend);
  it('stores a report\'s first version with its figures, values exact, known from its publication day', async () => {
    const out = await writeVersion(db, version('Quảng Ninh: quy mô nền kinh tế năm 2023 đạt 315.839 tỷ đồng, FDI đạt trên 5,245 tỷ USD.', '2024-02', { reason: 'new' }));
    expect(out).toMatchObject({ outcome: 'stored', versionNo: 1, figures: { new: 2 } });
    expect((await rows()).map((r) => [r.text, r.value, r.change, r.vintage_from, r.vintage_to])).toEqual([
      ['315.839 tỷ đồng', 315839000000000, 'new', '2024-02-01', null],
      ['trên 5,245 tỷ USD', 5245000000, 'new', '2024-02-01', null],
    ]);
  });

  it('keeps a revised figure\'s key, closes the version before on the new publication day and retracts the figures that are gone', async () => {
    await writeVersion(db, version('GRDP năm 2023 tăng 7,5%.\nXuất khẩu năm 2023 đạt 5 tỷ USD.', '2024-01-06', { reason: 'new' }));
    const out = await writeVersion(db, version('GRDP năm 2023 tăng 7,6%.', '2024-04-06'));
    expect(out).toMatchObject({ outcome: 'stored', versionNo: 2, figures: { new: 0, revised: 1, retracted: 1 } });
    const [grdp1, exports, grdp2] = await rows();
    expect(grdp2).toMatchObject({ text: '7,6%', change: 'revised', obs_key: grdp1!.obs_key, previous_obs_id: grdp1!.obs_id, vintage_from: '2024-04-06', vintage_to: null });
    expect(grdp1).toMatchObject({ vintage_from: '2024-01-06', vintage_to: '2024-04-06', retracted: 0 });
    expect(exports).toMatchObject({ text: '5 tỷ USD', vintage_to: '2024-04-06', retracted: 1 });
  });

  it('finds inside its transaction that the report already has the content, and writes nothing', async () => {
    await writeVersion(db, version('GRDP năm 2023 tăng 7,5%.', '2024-01-06', { reason: 'new' }));
    expect(await writeVersion(db, version('GRDP năm 2023 tăng 7,5%.', '2024-01-06'))).toMatchObject({ outcome: 'unchanged', versionNo: 1 });
    expect(await db.selectFrom('document_versions').select('version_no').execute()).toEqual([{ version_no: 1 }]);
  });

  it('moves a version to a corrected publication date in place when no figure reads differently', async () => {
    await writeVersion(db, version('GRDP năm 2023 tăng 7,5%.', '2024-01-06', { reason: 'new' }));
    expect(await writeVersion(db, version('GRDP năm 2023 tăng 7,5%.', '2024-01-20', { reason: 'reread' }))).toMatchObject({ outcome: 'updated', versionNo: 1 });
    expect((await rows()).map((r) => r.vintage_from)).toEqual(['2024-01-20']);
    const events = await db.selectFrom('document_events').select(['kind', 'detail']).execute();
    expect(events).toEqual([{ kind: 'date_corrected', detail: '2024-01-06 → 2024-01-20' }]);
  });

  it('stores a new version when a corrected date changes what a relative time reads', async () => {
    await writeVersion(db, version('GRDP năm nay tăng 7,5%.', '2024-01-06', { reason: 'new' }));
    const out = await writeVersion(db, version('GRDP năm nay tăng 7,5%.', '2025-01-06', { reason: 'reread' }));
    expect(out).toMatchObject({ outcome: 'stored', versionNo: 2, figures: { reclassified: 1 } });
  });

  it('never lets two vintages of one report cover one day: a version published before the one it follows starts when that one does', async () => {
    await writeVersion(db, version('GRDP năm 2023 tăng 7,5%.', '2024-01-15', { reason: 'new' }));
    await writeVersion(db, version('GRDP năm 2023 tăng 7,6%.', '2024-03-01'));
    await writeVersion(db, version('GRDP năm 2023 tăng 7,7%.', '2024-02-01'));
    const versions = await db.selectFrom('document_versions').select(['version_no', 'vintage_from', 'vintage_to']).orderBy('version_no').execute();
    expect(versions).toEqual([
      { version_no: 1, vintage_from: '2024-01-15', vintage_to: '2024-03-01' },
      { version_no: 2, vintage_from: '2024-03-01', vintage_to: '2024-03-01' },
      { version_no: 3, vintage_from: '2024-03-01', vintage_to: null },
    ]);
    // on any day at most one figure of the series is valid
    for (const day of ['2024-01-20', '2024-02-15', '2024-03-01', '2024-06-01']) {
      const valid = (await rows()).filter((r) => r.vintage_from <= day && (r.vintage_to === null || day < r.vintage_to));
      expect(valid.length, day).toBe(1);
    }
  });

  it('writes nothing of a version when a row fails: one transaction per document version', async () => {
    const v = version('GRDP năm 2023 tăng 7,5%.', null, { reason: 'new' });
    const broken = { ...v, figures: [...v.figures, { ...v.figures[0]!, text: null as unknown as string }] };
    await expect(writeVersion(db, broken)).rejects.toThrow();
    expect(await db.selectFrom('document_versions').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('documents').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('observations').selectAll().execute()).toEqual([]);
  });
});

/** Three sentences of invented figures, 50 in all (18, 16 and 16); `december` is the last month's figure of the first. */
function threeSentences(december = 177): string {
  const months = Array.from({ length: 12 }, (_, i) => `tháng ${i + 1} đạt ${i === 11 ? december : 100 + i * 7} tỷ đồng`).join(', ');
  return [
    `Doanh thu bán lẻ hàng hóa năm 2024 của Quảng Ninh: ${months}; quý I tăng 3,1%, quý II tăng 4,2%, quý III tăng 5,3%, quý IV tăng 6,4%; cả năm tăng 8,5% so với năm trước, riêng dịch vụ lưu trú tăng 12,4%.`,
    'Kim ngạch xuất khẩu năm 2024 đạt 5.120 triệu USD, tăng 6,1%; trong đó xuất khẩu than đạt 1.230 triệu USD, điện tử đạt 2.045 triệu USD, thủy sản đạt 310 triệu USD, ' +
      'dệt may đạt 415 triệu USD, gỗ đạt 220 triệu USD, nông sản đạt 180 triệu USD, hóa chất đạt 95 triệu USD, máy móc đạt 330 triệu USD, sắt thép đạt 275 triệu USD, ' +
      'giày dép đạt 140 triệu USD, nhựa đạt 60 triệu USD, hàng khác đạt 120 triệu USD; nhập khẩu đạt 4.310 triệu USD, tăng 5,2%.',
    'Vốn đầu tư thực hiện năm 2024 đạt 45.600 tỷ đồng, tăng 9,3%; vốn ngân sách nhà nước đạt 12.300 tỷ đồng, vốn ngoài nhà nước đạt 25.100 tỷ đồng, vốn FDI đạt 8.200 tỷ đồng, ' +
      'giải ngân đạt 92,5% kế hoạch, thu ngân sách đạt 52.100 tỷ đồng, chi ngân sách đạt 31.400 tỷ đồng, dư nợ tín dụng đạt 210.000 tỷ đồng, tăng 11,2%, ' +
      'huy động vốn đạt 250.000 tỷ đồng, tăng 10,8%, nợ xấu chiếm 1,2%, số doanh nghiệp mới đạt 2.450 doanh nghiệp, thu nhập bình quân đạt 8,4 triệu đồng, tăng 2,1%.',
  ].join('\n');
}

describeWarehouses('writeVersion: sentences', (backend) => {
  useWarehouse(backend);
  it('stores each sentence of a version once, however many figures it holds, and the views give each figure its sentence', async () => {
    const v = version(threeSentences(), '2025-01-10', { reason: 'new' });
    expect(v.figures).toHaveLength(50);
    expect(await writeVersion(db, v)).toMatchObject({ outcome: 'stored', versionNo: 1, figures: { new: 50 } });

    const sentences = await db.selectFrom('sentences').select(['sentence_id', 'sentence_index', 'sentence_start', 'text']).orderBy('sentence_index').execute();
    expect(sentences.map((s) => [s.sentence_index, s.sentence_start, s.text])).toEqual(
      [...new Map(v.figures.map((f) => [f.sentenceIndex, [f.sentenceIndex, f.sentenceStart, f.sentence]])).values()],
    );
    expect(sentences).toHaveLength(3);
    const stored = await db.selectFrom('observations').select(['seq', 'sentence_id']).orderBy('seq').execute();
    expect(stored.map((o) => sentences.find((s) => s.sentence_id === o.sentence_id)?.text)).toEqual(v.figures.map((f) => f.sentence));

    const history = await db.selectFrom('observation_history').select(['seq', 'sentence']).orderBy('seq').execute();
    const current = await db.selectFrom('current_observations').select(['seq', 'sentence']).orderBy('seq').execute();
    expect(history.map((r) => r.sentence)).toEqual(v.figures.map((f) => f.sentence));
    expect(current.map((r) => r.sentence)).toEqual(v.figures.map((f) => f.sentence));
    const best = await db.selectFrom('best_observations').select(['seq', 'sentence']).execute();
    expect(best.length).toBeGreaterThan(0);
    for (const r of best) expect(r.sentence).toBe(v.figures[r.seq]!.sentence);
    // a stored version gives back the figures it was written with, for restoring it unparsed
    const { version_id } = await db.selectFrom('document_versions').select('version_id').executeTakeFirstOrThrow();
    expect(await figuresOfVersion(db, version_id)).toEqual(v.figures);
  });

  it('matches the figures of the next version by their sentences as before: a date corrected in place, then one figure revised', async () => {
    await writeVersion(db, version(threeSentences(), '2025-01-10', { reason: 'new' }));
    expect(await writeVersion(db, version(threeSentences(), '2025-01-15', { reason: 'reread' }))).toMatchObject({ outcome: 'updated', versionNo: 1 });
    expect(await db.selectFrom('sentences').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 3 });
    const out = await writeVersion(db, version(threeSentences(180), '2025-02-10'));
    expect(out).toMatchObject({ outcome: 'stored', versionNo: 2, figures: { new: 0, same: 49, revised: 1, reclassified: 0, retracted: 0 } });
    // each version has its own sentences
    const perVersion = await db.selectFrom('sentences').select(['version_id']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('version_id').execute();
    expect(perVersion.map((r) => r.n)).toEqual([3, 3]);
    const revised = await db.selectFrom('observation_history').select(['text', 'change', 'sentence']).where('change', '=', 'revised').execute();
    expect(revised).toEqual([{ text: '180 tỷ đồng', change: 'revised', sentence: expect.stringContaining('tháng 12 đạt 180 tỷ đồng') }]);
  });
});

describe('migrateToLatest', () => {
  it('refuses a warehouse written by a newer solieu', async () => {
    const file = path.join(dir.path, 'warehouse.sqlite');
    db = openSqliteWarehouse(file);
    expect((await migrateToLatest(db)).error).toBeNull();
    await db.destroy();
    const raw = new Database(file);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T00-00-00-future', '2099-01-01')").run();
    raw.close();
    db = openSqliteWarehouse(file);
    const { error } = await migrateToLatest(db);
    await db.destroy();
    expect(error).toMatch(/newer version of solieu/);
  });
});
