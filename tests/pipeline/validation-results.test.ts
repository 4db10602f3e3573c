import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import pipeline from '../../pipelines/reports.ts';
import { reportFolder } from '../helpers/report-folder.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

/** An invented provincial report with one error (a part larger than its whole) and one warning (an unusual growth rate). */
const REPORT = [
  'BÁO CÁO KINH TẾ - XÃ HỘI TỈNH HÀ TĨNH NĂM 2024',
  'Tăng trưởng GRDP năm 2024 của tỉnh Hà Tĩnh đạt 24,5%.',
  'Năm 2024, tổng thu ngân sách của tỉnh Hà Tĩnh đạt 21.300 tỷ đồng, trong đó thu nội địa đạt 23.100 tỷ đồng.',
  'Kim ngạch xuất khẩu năm 2024 của tỉnh Hà Tĩnh đạt 2,1 tỷ USD.',
].join('\n\n');

const csv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];

describe('validation results', () => {
  it('quarantines the error with its evidence, keeps the warned figure, writes both to the warehouse and validation.csv, and the counts add up', async () => {
    const { input, output, db } = reportFolder(dir.path, { 'ha-tinh-2024.txt': `${REPORT}\n` });
    const s = await runPipeline({ input, output, db, pipeline, published: '2025-01-10' });

    const rejects = csv(path.join(output, 'rejects.csv'));
    expect(rejects.map((r) => [r['code'], r['text']])).toEqual([['PART_EXCEEDS_WHOLE', '23.100 tỷ đồng']]);
    const found = csv(path.join(output, 'validation.csv'));
    expect(found.map((r) => [r['rule'], r['severity'], r['quarantined'], r['text']])).toEqual([
      ['GDP_GROWTH_UNUSUAL', 'warning', 'false', '24,5%'],
      ['PART_EXCEEDS_WHOLE', 'error', 'true', '23.100 tỷ đồng'],
    ]);
    expect(JSON.parse(found[1]!['evidence']!)).toMatchObject({ texts: ['23.100 tỷ đồng', '21.300 tỷ đồng'], values: [23100e9, 21300e9] });

    const observations = csv(path.join(output, 'observations.csv'));
    expect(observations.map((o) => o['text'])).toContain('24,5%');
    expect(observations.map((o) => o['text'])).not.toContain('23.100 tỷ đồng');
    // every figure normalised is accepted (clean or warned) or quarantined
    expect(s.observationsAccepted).toBe(observations.length);
    expect(s.observationsWarned).toBe(1);
    expect(s.observationsRejected).toBe(1);

    const sqlite = new Database(db, { readonly: true });
    try {
      const rows = sqlite.prepare('SELECT rule, severity, seq IS NULL AS quarantined FROM validation_results ORDER BY span_start').all();
      expect(rows).toEqual([
        { rule: 'GDP_GROWTH_UNUSUAL', severity: 'warning', quarantined: 0 },
        { rule: 'PART_EXCEEDS_WHOLE', severity: 'error', quarantined: 1 },
      ]);
    } finally {
      sqlite.close();
    }

    // --strict on the same warehouse: the rules changed, so the unchanged report is read again and the warned figure quarantined too
    const strict = await runPipeline({ input, output, db, pipeline, published: '2025-01-10', strict: true });
    expect(strict).toMatchObject({ documentsUnchanged: 0, observationsWarned: 0, observationsRejected: 2 });
    expect(csv(path.join(output, 'rejects.csv')).map((r) => r['code']).sort()).toEqual(['GDP_GROWTH_UNUSUAL', 'PART_EXCEEDS_WHOLE']);
    expect(csv(path.join(output, 'validation.csv')).map((r) => [r['rule'], r['severity'], r['quarantined']])).toEqual([
      ['GDP_GROWTH_UNUSUAL', 'error', 'true'],
      ['PART_EXCEEDS_WHOLE', 'error', 'true'],
    ]);
    expect(csv(path.join(output, 'observations.csv')).map((o) => o['text'])).not.toContain('24,5%');
    // and again with the same rules: nothing to do
    expect(await runPipeline({ input, output, db, pipeline, published: '2025-01-10', strict: true })).toMatchObject({ documentsUnchanged: 1 });
  });
});
