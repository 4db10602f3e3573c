import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReportRows, type ReportFormatter } from '../../src/export/format-report-rows.ts';
import { createLabeller } from '../../src/export/observation-labels.ts';
import { writeObservationsCsv } from '../../src/export/write-observations-csv.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { openWarehouseAt, openWarehouseReader } from '../../src/warehouse/database.ts';
import pipeline from '../../pipelines/reports.ts';
import { reportFolder } from '../helpers/report-folder.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

/** Six invented reports, two or three figures each. */
function reports(): Record<string, string> {
  const provinces = ['Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'Phú Yên', 'Bình Định'];
  return Object.fromEntries(
    provinces.map((p, i) => [`${i}.txt`, `Báo cáo năm 2024\n\nNăm 2024, GRDP của tỉnh ${p} tăng ${i + 5},${i}%, quy mô đạt ${41 + i}.200 tỷ đồng; thu ngân sách đạt ${i + 3}.100 tỷ đồng.\n`]),
  );
}

describe('writeObservationsCsv', () => {
  it('writes the bytes of one pass whatever the chunks and the order the formatter finishes them in', async () => {
    const { input, output, db } = reportFolder(dir.path, reports());
    await runPipeline({ input, output, db, pipeline, published: '2025-01-20' });
    const whole = readFileSync(path.join(output, 'observations.csv'), 'utf8');
    expect(whole.trim().split('\n')).toHaveLength(1 + 6 * 3);

    const warehouse = openWarehouseAt(db);
    const reader = openWarehouseReader(db);
    const labeller = createLabeller();
    try {
      // a chunk of each report, the first ones finishing last, through a reader of their own as a worker's
      const asked: string[][] = [];
      const late: ReportFormatter = async (docIds) => {
        asked.push([...docIds]);
        await new Promise((resolve) => setTimeout(resolve, 60 - 10 * asked.length));
        return formatReportRows(reader, docIds, labeller);
      };
      const file = path.join(dir.path, 'chunked.csv');
      const written = await writeObservationsCsv(warehouse, file, labeller, null, { format: late, chunkRows: 1 });
      expect(written).toMatchObject({ rows: 18, formatted: 6, copied: 0 });
      expect(asked).toEqual([['0.txt'], ['1.txt'], ['2.txt'], ['3.txt'], ['4.txt'], ['5.txt']]);
      expect(readFileSync(file, 'utf8')).toBe(whole);

      // a formatter that fails: no file, and the error names it
      const failing: ReportFormatter = async (docIds) => (docIds.includes('4.txt') ? Promise.reject(new Error('the worker died')) : formatReportRows(reader, docIds, labeller));
      const broken = path.join(dir.path, 'broken.csv');
      await expect(writeObservationsCsv(warehouse, broken, labeller, null, { format: failing, chunkRows: 1 })).rejects.toThrow(/cannot write .*broken\.csv: the worker died/);
      expect(() => readFileSync(broken)).toThrow(/ENOENT/);
      expect(readdirSync(dir.path).filter((f) => f.includes('.tmp-'))).toEqual([]);
    } finally {
      await reader.destroy();
      await warehouse.destroy();
    }
  });
});
