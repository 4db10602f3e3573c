import { readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import pipeline from '../../pipelines/reports.ts';
import { reportFolder } from '../helpers/report-folder.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

describe('the run exports of a run that changed nothing', () => {
  it('are kept while intact, and written again after a change, a touched or deleted file, or a refused file', async () => {
    const { input, output, db } = reportFolder(dir.path, { 'a.txt': 'Báo cáo năm 2024\n\nNăm 2024, GRDP của tỉnh Sơn La tăng 8,1%.\n' });
    const run = () => runPipeline({ input, output, db, pipeline, published: '2025-01-20' });
    const csv = path.join(output, 'observations.csv');
    expect((await run()).exportsKept).toBe(false);
    const written = readFileSync(csv, 'utf8');

    const again = await run();
    expect(again).toMatchObject({ documentsUnchanged: 1, exportsKept: true, exported: { observations: 1 } });
    expect(readFileSync(csv, 'utf8')).toBe(written);

    // a file edited or deleted since is noticed
    utimesSync(csv, new Date(), new Date(Date.now() + 5000));
    expect((await run()).exportsKept).toBe(false);
    unlinkSync(path.join(output, 'validation.csv'));
    expect((await run()).exportsKept).toBe(false);
    expect(readFileSync(path.join(output, 'validation.csv'), 'utf8')).toMatch(/^source_path,/);
    expect((await run()).exportsKept).toBe(true);

    // a report changed: its rows are formatted anew, the other reports' copied from the file as it was, and the file is the one a full export writes
    writeFileSync(path.join(input, 'b.txt'), 'Báo cáo năm 2024\n\nNăm 2024, kim ngạch xuất khẩu của tỉnh Sơn La đạt 1,2 tỷ USD; "=cmd" là ô không phải công thức.\n');
    writeFileSync(path.join(input, 'c.txt'), 'Báo cáo năm 2024\n\nNăm 2024, thu ngân sách của tỉnh Sơn La đạt 9.200 tỷ đồng.\n');
    expect((await run()).exportReports).toEqual({ formatted: 2, copied: 1 });
    writeFileSync(path.join(input, 'a.txt'), 'Báo cáo năm 2024\n\nNăm 2024, GRDP của tỉnh Sơn La tăng 8,2%.\n');
    expect(await run()).toMatchObject({ exportsKept: false, exportReports: { formatted: 1, copied: 2 } });
    // the report between two copied ones changes: the rows before and after it are copied from two places of the old file
    writeFileSync(path.join(input, 'b.txt'), 'Báo cáo năm 2024\n\nNăm 2024, kim ngạch xuất khẩu của tỉnh Sơn La đạt 1,3 tỷ USD.\n');
    expect(await run()).toMatchObject({ exportsKept: false, exportReports: { formatted: 1, copied: 2 } });
    const incremental = readFileSync(csv, 'utf8');
    expect(incremental).toContain('8,2%');
    expect(incremental).toContain('1,3 tỷ USD');
    unlinkSync(path.join(output, '.solieu-exports.json'));
    expect(await run()).toMatchObject({ exportsKept: false, exportReports: { formatted: 3, copied: 0 } });
    expect(readFileSync(csv, 'utf8')).toBe(incremental);
    expect((await run()).exportsKept).toBe(true);

    // a refused file belongs in this run's rejects.csv, and so in the runs after until it is gone
    writeFileSync(path.join(input, 'empty.txt'), '');
    expect((await run()).exportsKept).toBe(false);
    expect(readFileSync(path.join(output, 'rejects.csv'), 'utf8')).toContain('empty.txt');
    unlinkSync(path.join(input, 'empty.txt'));
    expect((await run()).exportsKept).toBe(false);
    expect(readFileSync(path.join(output, 'rejects.csv'), 'utf8')).not.toContain('empty.txt');
    expect((await run()).exportsKept).toBe(true);
  });

  it('copies the rows on either side of a pruned report from the two places they were', async () => {
    const report = (what: string) => `Báo cáo năm 2024\n\nNăm 2024, ${what} của tỉnh Sơn La đạt 1.200 tỷ đồng.\n`;
    const { input, output, db } = reportFolder(dir.path, { 'a.txt': report('thu ngân sách'), 'b.txt': report('vốn đầu tư'), 'c.txt': report('tổng mức bán lẻ') });
    const run = () => runPipeline({ input, output, db, pipeline, published: '2025-01-20', prune: true });
    const csv = path.join(output, 'observations.csv');
    await run();
    unlinkSync(path.join(input, 'b.txt'));
    expect(await run()).toMatchObject({ exportReports: { formatted: 0, copied: 2 } });
    const copied = readFileSync(csv, 'utf8');
    expect(copied).toContain('thu ngân sách');
    expect(copied).not.toContain('vốn đầu tư');
    expect(copied).toContain('tổng mức bán lẻ');
    unlinkSync(path.join(output, '.solieu-exports.json'));
    expect(await run()).toMatchObject({ exportReports: { formatted: 2, copied: 0 } });
    expect(readFileSync(csv, 'utf8')).toBe(copied);
  });
});
