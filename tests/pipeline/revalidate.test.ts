import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { definePipeline } from '../../src/pipeline/define-pipeline.ts';
import { revalidateWarehouse } from '../../src/pipeline/revalidate.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { openSqliteWarehouse } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import pipeline from '../../pipelines/reports.ts';
import { reportFolder } from '../helpers/report-folder.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

/** An invented report: one figure breaks an error rule (a part larger than its whole), one a warning rule (an unusual growth rate). */
const REPORT = [
  'BÁO CÁO KINH TẾ - XÃ HỘI TỈNH QUẢNG BÌNH NĂM 2024',
  'Tăng trưởng GRDP năm 2024 của tỉnh Quảng Bình đạt 23,8%.',
  'Năm 2024, tổng vốn đầu tư toàn xã hội của tỉnh đạt 31.200 tỷ đồng, trong đó vốn ngân sách nhà nước đạt 34.500 tỷ đồng.',
  'Số khách du lịch năm 2024 của tỉnh Quảng Bình đạt 4,9 triệu lượt.',
].join('\n\n');

/** A user's rules: the unusual growth rate is now an error, the part-whole check is off. */
const USER_RULES = [
  'code,severity,check,indicator,params,description',
  'GDP_GROWTH_UNUSUAL,error,bounds,gdp.growth,min=-10;max=20,A GDP growth rate between -10% and 20%.',
  'PART_EXCEEDS_WHOLE,off,part_whole,,tolerance=0.005,A part is not larger than its whole.',
].join('\n');

const csv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];

async function revalidate(db: string, output: string, p: typeof pipeline, strict = false) {
  const w = openSqliteWarehouse(db);
  try {
    expect((await migrateToLatest(w)).error ?? null).toBeNull();
    return await revalidateWarehouse({ db: w, output, pipeline: p, strict });
  } finally {
    await w.destroy();
  }
}

describe('revalidateWarehouse (solieu validate)', () => {
  it('judges the stored figures by the rules in force without the input files, moves figures between the warehouse and the quarantine, and a run with the same rules then leaves every report unchanged', async () => {
    const { input, output, db } = reportFolder(dir.path, { 'quang-binh-2024.txt': `${REPORT}\n` });
    const first = await runPipeline({ input, output, db, pipeline, published: '2025-01-10' });
    expect(first.observationsRejected).toBe(1);
    const texts = () => csv(path.join(output, 'observations.csv')).map((o) => o['text']);
    expect(texts()).toContain('23,8%');
    expect(texts()).not.toContain('34.500 tỷ đồng');

    // the same rules: nothing moves, and the findings are those of the run
    const same = await revalidate(db, output, pipeline);
    expect(same).toMatchObject({ reports: 1, updated: 1, stored: 0, observationsAccepted: first.observationsAccepted, observationsWarned: 1, observationsRejected: 1 });
    expect(csv(path.join(output, 'validation.csv')).map((r) => [r['rule'], r['severity']])).toEqual([
      ['GDP_GROWTH_UNUSUAL', 'warning'],
      ['PART_EXCEEDS_WHOLE', 'error'],
    ]);

    // the user's rules, with the input gone: the growth rate is quarantined, the part let in from the quarantine
    const taxonomyDir = path.join(dir.path, 'taxonomy');
    mkdirSync(taxonomyDir);
    writeFileSync(path.join(taxonomyDir, 'rules.csv'), `${USER_RULES}\n`);
    const user = definePipeline({ name: pipeline.name, description: pipeline.description, stages: pipeline.stages, settings: { ...pipeline.settings, taxonomyDir } });
    writeFileSync(path.join(input, 'quang-binh-2024.txt'), 'moved away\n');
    const judged = await revalidate(db, output, user);
    expect(judged).toMatchObject({ reports: 1, stored: 1, observationsWarned: 0, observationsRejected: 1, figures: { new: 1, retracted: 1 } });
    expect(texts()).toContain('34.500 tỷ đồng');
    expect(texts()).not.toContain('23,8%');
    expect(csv(path.join(output, 'rejects.csv')).map((r) => [r['code'], r['text']])).toEqual([['GDP_GROWTH_UNUSUAL', '23,8%']]);
    expect(csv(path.join(output, 'validation.csv')).map((r) => [r['rule'], r['severity'], r['quarantined']])).toEqual([['GDP_GROWTH_UNUSUAL', 'error', 'true']]);
    // every figure held is accepted or quarantined again
    expect(judged.observationsAccepted + judged.observationsRejected).toBe(first.observationsAccepted + first.observationsRejected);

    // the report back as it was, read with the same rules: the versions record the rules they were judged by, so nothing is read again
    writeFileSync(path.join(input, 'quang-binh-2024.txt'), `${REPORT}\n`);
    const again = await runPipeline({ input, output, db, pipeline: user, published: '2025-01-10' });
    expect(again).toMatchObject({ documentsUnchanged: 1, documentsLoaded: 0, documentsUpdated: 0 });

    // a taxonomy table edited (an alias added): the next run reads the report again, as validate cannot (it extracts nothing)
    writeFileSync(path.join(taxonomyDir, 'indicator-aliases.csv'), 'code,alias,requires,notes\ntourism.visitors,lượt khách du lịch,,\n');
    const edited = await runPipeline({ input, output, db, pipeline: user, published: '2025-01-10' });
    expect(edited.documentsUnchanged).toBe(0);
    expect(edited.documentsLoaded + edited.documentsUpdated).toBe(1);

    // --strict: the warnings of the built-in rules quarantine too
    const strict = await revalidate(db, output, pipeline, true);
    expect(strict.observationsWarned).toBe(0);
    expect(strict.observationsRejected).toBe(2);
    expect(csv(path.join(output, 'rejects.csv')).map((r) => r['code']).sort()).toEqual(['GDP_GROWTH_UNUSUAL', 'PART_EXCEEDS_WHOLE']);
  });

  it('refuses a pipeline with no structure stage, naming it, and changes nothing', async () => {
    const { input, output, db } = reportFolder(dir.path, { 'a.txt': `${REPORT}\n` });
    await runPipeline({ input, output, db, pipeline, published: '2025-01-10' });
    const bare = definePipeline({ name: 'bare', description: 'no structure', stages: pipeline.stages.filter((s) => s.name !== 'structure') });
    await expect(revalidate(db, output, bare)).rejects.toThrow(/pipeline bare has no structure stage/);
  });
});
