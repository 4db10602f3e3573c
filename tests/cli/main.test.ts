import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();
const BIN = path.join(ROOT, 'bin/solieu.js');

function solieu(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir.path });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rawWithSeed(): string {
  const raw = path.join(dir.path, 'raw');
  mkdirSync(raw, { recursive: true });
  copyFileSync(path.join(ROOT, 'raw/000_730c65573414c71e.txt'), path.join(raw, 'seed.txt'));
  return raw;
}

describe('solieu run', () => {
  it('exits 0 on a clean run and prints a summary', () => {
    rawWithSeed();
    const r = solieu(['run', '--quiet']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stdout).toMatch(/^documents read 1 \(loaded 1, unchanged 0, rejected 0\); observations accepted \d+ \(\d+ with warnings\), rejected \d+; [\d.]+ s\n$/);
  });

  it('exits 3 when some inputs were rejected', () => {
    const raw = rawWithSeed();
    writeFileSync(path.join(raw, 'empty.txt'), '');
    const r = solieu(['run']);
    expect(r.code).toBe(EXIT.INPUTS_REJECTED);
    expect(r.stdout).toMatch(/rejected empty\.txt: FILE_EMPTY: expected text, got 0 bytes/);
  });

  it('exits 2 with a one-line message on bad arguments', () => {
    const r = solieu(['run', '--concurrency', 'lots']);
    expect(r.code).toBe(EXIT.FAILED);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/expected a positive integer, got "lots"/);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 when the output folder is not writable', () => {
    rawWithSeed();
    const out = path.join(dir.path, 'locked');
    mkdirSync(out);
    chmodSync(out, 0o500);
    const r = solieu(['run', '--output', out]);
    expect(r.code).toBe(EXIT.FAILED);
    expect(r.stderr).toMatch(/not writable/);
  });

  it('exits 2 when the output path is a file', () => {
    rawWithSeed();
    writeFileSync(path.join(dir.path, 'out.txt'), 'x');
    const r = solieu(['run', '--output', path.join(dir.path, 'out.txt')]);
    expect(r.code).toBe(EXIT.FAILED);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/out\.txt is not a folder/);
  });

  it('exits 2 at once with one line for an output or warehouse on /proc or a device, instead of hanging', () => {
    rawWithSeed();
    for (const [args, said] of [
      [['--output', '/proc/solieu-out'], /\/proc\/solieu-out is on the proc file system/],
      [['--db', '/proc/sub/x.sqlite'], /\/proc\/sub is on the proc file system/],
      [['--db', '/dev/null'], /\/dev\/null is not a regular file \(a device\)/],
    ] as const) {
      const r = solieu(['run', ...args]);
      expect(r.code).toBe(EXIT.FAILED);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(said);
    }
  });

  it('refuses a publication date the calendar does not have, and reads one written day first', () => {
    rawWithSeed();
    const bad = solieu(['run', '--published', '2024-13-45']);
    expect(bad.code).toBe(EXIT.FAILED);
    expect(bad.stderr).toMatch(/month 13 does not exist/);
    const dayFirst = solieu(['extract', '--published', '31/12/2023'], 'GRDP năm nay tăng 7%.');
    expect(dayFirst.code).toBe(EXIT.OK);
    expect(JSON.parse(dayFirst.stdout)[0]).toMatchObject({ period: '2023' });
  });
});

describe('solieu extract', () => {
  it('prints the observations of standard input as JSON', () => {
    const r = solieu(['extract'], 'Tăng trưởng GRDP năm 2023 đạt trên 11%.');
    expect(r.code).toBe(0);
    const obs = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(obs).toHaveLength(1);
    expect(obs[0]).toMatchObject({ text: 'trên 11%', value: 11, unit: '%', unit_mult: 0, period: '2023', indicator: 'gdp.growth', qualifier: 'over', status: null });
  });

  it('explains with --explain which rule set each attribute and from which words', () => {
    const r = solieu(['extract', '--explain'], 'Tại Đà Nẵng, doanh thu du lịch năm 2023 ước đạt 30.000 tỷ đồng, tăng 12% so với năm 2022.');
    expect(r.code).toBe(0);
    const [, growth] = JSON.parse(r.stdout) as Array<{ text: string; explain: Record<string, { rule: string; text: string | null }> }>;
    expect(growth!.text).toBe('12%');
    expect(growth!.explain['period']).toMatchObject({ rule: 'period.before-in-sentence', text: 'năm 2023' });
    expect(growth!.explain['region']).toMatchObject({ rule: 'region.named-in-sentence', text: 'Đà Nẵng' });
    expect(growth!.explain['status']).toMatchObject({ rule: 'status.verb-before', text: 'ước đạt' });
    expect(growth!.explain['basePeriod']).toMatchObject({ rule: 'base.after-in-clause', text: 'năm 2022' });
  });

  it('runs the pipeline\'s own extract stage with --numbers', () => {
    const r = solieu(['extract', '--numbers'], 'Theo Nghị quyết số 23-NQ/TW ngày 22/3/2018, GRDP tăng 7%.');
    expect((JSON.parse(r.stdout) as Array<{ kind: string }>).map((n) => n.kind)).toEqual(['document_number', 'date', 'quantity']);
  });

  it('reads every line as a document with --jsonl, numbering lines from 1', () => {
    const r = solieu(['extract', '--jsonl'], 'xuất khẩu đạt 34,05 tỷ USD\n\nNghị quyết số 23-NQ/TW\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; observations: Array<{ value: number }> });
    expect(lines.map((l) => [l.line, l.observations.map((o) => o.value)])).toEqual([[1, [34050000000]], [2, []], [3, []]]);
  });

  it('lists every number read, with its kind and reason, with --numbers', () => {
    const r = solieu(['extract', '--numbers', '--jsonl'], 'Nghị quyết số 23-NQ/TW ngày 22/3/2018 đạt 5%\nhai mươi mốt\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; numbers: Array<{ value: number; kind: string; reason: string }> });
    expect(lines[0]!.numbers.map((n) => n.kind)).toEqual(['document_number', 'date', 'quantity']);
    expect(lines[1]!.numbers).toMatchObject([{ value: 21, kind: 'bare' }]);
    expect(lines[0]!.numbers[0]!.reason).not.toBe('');
  });
});
