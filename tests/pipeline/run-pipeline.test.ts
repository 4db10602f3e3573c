import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { definePipeline } from '../../src/pipeline/define-pipeline.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import type { Stage } from '../../src/stages/stage.ts';
import pipeline from '../../pipelines/reports.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();
const SEED = path.join(ROOT, 'raw/000_730c65573414c71e.txt');

function csv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file, 'utf8'), { columns: true }) as Array<Record<string, string>>;
}

function layout() {
  const input = path.join(dir.path, 'raw');
  const output = path.join(dir.path, 'out');
  return { input, output, db: path.join(output, 'warehouse.sqlite') };
}

describe('runPipeline', () => {
  it('turns the seed report into observations.csv and a warehouse, without document numbers, dates or list markers', async () => {
    const { input, output, db } = layout();
    await import('node:fs/promises').then((fs) => fs.mkdir(input, { recursive: true }));
    copyFileSync(SEED, path.join(input, 'seed.txt'));
    const summary = await runPipeline({ input, output, db, pipeline });
    expect(summary).toMatchObject({ documentsRead: 1, documentsLoaded: 1, documentsRejected: 0 });
    const rows = csv(path.join(output, 'observations.csv'));
    expect(rows.length).toBe(summary.observationsAccepted);
    expect(Object.keys(rows[0]!).slice(0, 14)).toEqual([
      'source_path', 'doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'period', 'region', 'indicator', 'value_high', 'qualifier', 'status', 'sentence',
    ]);
    const gdp = rows.find((r) => r['text'] === '315.839 tỷ đồng');
    expect(gdp).toMatchObject({ value: '315839000000000', unit: 'VND', unit_mult: '9', period: '2023', region: 'Quảng Ninh', indicator: 'gdp', status: 'estimate' });
    const texts = rows.map((r) => r['text']!);
    for (const notAFigure of ['23', '52', '22/3/2018', '27/9/2019', '(1)', '2030', '2045']) expect(texts).not.toContain(notAFigure);
    expect(texts.some((t) => /NQ|\/TW/.test(t))).toBe(false);
  });

  it('runs a stage a pipeline adds and counts each stage of the pipeline in the summary', async () => {
    const { input, output, db } = layout();
    await import('node:fs/promises').then((fs) => fs.mkdir(input, { recursive: true }));
    copyFileSync(SEED, path.join(input, 'seed.txt'));
    const onlyMoney: Stage = { name: 'only-money', run: (w) => ({ ...w, observations: w.observations.filter((o) => o.unit === 'VND' || o.unit === 'USD') }) };
    const stages = [...pipeline.stages];
    stages.splice(stages.findIndex((s) => s.name === 'validate'), 0, onlyMoney);
    const summary = await runPipeline({ input, output, db, pipeline: definePipeline({ name: 'money', description: 'money figures only', stages }) });
    expect(summary.stages.map((s) => s.stage)).toEqual(['load', 'segment', 'extract', 'structure', 'normalise', 'only-money', 'validate']);
    // each stage takes in what the stage before it left
    summary.stages.slice(1).forEach((s, i) => expect(s.in).toBe(summary.stages[i]!.out));
    const normalised = summary.stages.find((s) => s.stage === 'normalise')!.out;
    const money = summary.stages.find((s) => s.stage === 'only-money')!.out;
    expect(money).toBeGreaterThan(0);
    expect(money).toBeLessThan(normalised);
    expect(summary.observationsAccepted).toBe(money);
    expect(csv(path.join(output, 'observations.csv')).every((r) => r['unit'] === 'VND' || r['unit'] === 'USD')).toBe(true);
  });

  it('skips an unchanged report on the next run and keeps its observations', async () => {
    const { input, output, db } = layout();
    await import('node:fs/promises').then((fs) => fs.mkdir(input, { recursive: true }));
    copyFileSync(SEED, path.join(input, 'seed.txt'));
    const first = await runPipeline({ input, output, db, pipeline });
    const second = await runPipeline({ input, output, db, pipeline });
    expect(second).toMatchObject({ documentsRead: 1, documentsLoaded: 0, documentsUnchanged: 1 });
    expect(csv(path.join(output, 'observations.csv')).length).toBe(first.observationsAccepted);
  });

  it('goes on past an empty, a binary and a non-UTF-8 file, listing each in rejects.csv', async () => {
    const { input, output, db } = layout();
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(input, 'sub'), { recursive: true }));
    copyFileSync(SEED, path.join(input, 'sub/seed.txt'));
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(path.join(input, 'latin1.txt'), Buffer.from('Giá bán lẻ tăng 5%', 'latin1'));
    writeFileSync(path.join(input, 'notes.pdf'), 'not a report');
    const summary = await runPipeline({ input, output, db, pipeline });
    expect(summary).toMatchObject({ documentsRead: 4, documentsLoaded: 1, documentsRejected: 3, filesIgnored: ['notes.pdf'] });
    const rejects = csv(path.join(output, 'rejects.csv'));
    expect(rejects.map((r) => [r['file'], r['stage'], r['code']])).toEqual([
      ['empty.txt', 'load', 'FILE_EMPTY'],
      ['image.html', 'load', 'FILE_BINARY'],
      ['latin1.txt', 'load', 'FILE_INVALID_UTF8'],
    ]);
    expect(rejects.find((r) => r['file'] === 'latin1.txt')!['message']).toMatch(/line 1, column 3 \(byte 2\)/);
    expect(csv(path.join(output, 'observations.csv')).every((r) => r['source_path'] === 'sub/seed.txt')).toBe(true);
  });

  it('fails the run, not a file, when the input folder is missing', async () => {
    const { output, db } = layout();
    await expect(runPipeline({ input: path.join(dir.path, 'nope'), output, db, pipeline })).rejects.toThrow(/does not exist/);
  });
  it('keeps a figure with more digits than a double holds exactly, in the warehouse and in observations.csv', async () => {
    const { input, output, db } = layout();
    await import('node:fs/promises').then((fs) => fs.mkdir(input, { recursive: true }));
    writeFileSync(path.join(input, 'tai-san.txt'), 'Năm 2024, tổng tài sản của các tổ chức tín dụng đạt 1.234.567.890.123.456.789 đồng, tăng 12,3%.\n');
    await runPipeline({ input, output, db, pipeline });
    const rows = csv(path.join(output, 'observations.csv'));
    expect(rows.find((r) => r['unit'] === 'VND')).toMatchObject({ value_exact: '1234567890123456789', value_high_exact: '' });
    expect(rows.find((r) => r['unit'] === '%')).toMatchObject({ value: '12.3', value_exact: '' });
    const Database = (await import('better-sqlite3')).default;
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.prepare("SELECT value_exact FROM current_observations WHERE unit = 'VND'").all()).toEqual([{ value_exact: '1234567890123456789' }]);
    } finally {
      sqlite.close();
    }
  });
});
