import { describe, expect, it } from 'vitest';
import { planRun, type FilePlan } from '../../src/pipeline/plan-run.ts';
import { parseShard, shardPlan } from '../../src/pipeline/shard.ts';
import type { SurveyedFile } from '../../src/pipeline/survey-files.ts';
import type { StoredReport } from '../../src/warehouse/stored-reports.ts';

const EXTRACTOR = '1.0.0 reports';
const file = (path: string, hash: string): SurveyedFile => ({ ok: true, path, contentHash: hash, identity: 'path', identityKey: path });
const stored = (docId: string, hash: string): StoredReport => ({
  docId, identity: 'path', identityKey: docId, sourcePath: docId, missing: false, pruned: false,
  current: { versionId: 1, versionNo: 1, contentHash: hash, extractorVersion: EXTRACTOR, published: null },
  lastVersionNo: 1, versionOfContent: new Map([[hash, 1]]),
});
const label = (p: FilePlan): string => (p.kind === 'duplicate' || p.kind === 'reject' ? p.path : p.report.path);

describe('parseShard', () => {
  it('reads i/n with 1 ≤ i ≤ n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ ok: true, shard: { index: 2, count: 4 } });
    expect(parseShard(' 1 / 1 ')).toEqual({ ok: true, shard: { index: 1, count: 1 } });
    for (const bad of ['0/4', '5/4', '4', 'a/b', '-1/2', '1/0']) expect(parseShard(bad)).toMatchObject({ ok: false });
  });
});

describe('shardPlan', () => {
  // 40 new reports, a copy of one of them, a renamed stored report and a missing one
  const files = [...Array.from({ length: 40 }, (_, i) => file(`r${i}.txt`, `h${i}`)), file('z-copy.txt', 'h7'), file('moved.txt', 'old1')];
  const whole = planRun(files, [stored('gone.txt', 'old1'), stored('missing.txt', 'old2')], { extractorVersion: EXTRACTOR, givenPublished: () => null });
  const parts = [1, 2, 3, 4].map((index) => shardPlan(whole, { index, count: 4 }));

  it('gives every file and every missing report to exactly one shard, and each shard some', () => {
    expect(parts.flatMap((p) => p.files.map(label)).sort()).toEqual(whole.files.map(label).sort());
    expect(parts.flatMap((p) => p.missing.map((r) => r.docId))).toEqual(['missing.txt']);
    expect(parts.every((p) => p.files.length > 0)).toBe(true);
  });

  it('keeps a copy with the report it copies, and a rename with the report renamed', () => {
    const withCopy = parts.find((p) => p.files.some((f) => f.kind === 'duplicate'))!;
    expect(withCopy.files.map(label)).toContain('r7.txt');
    const rename = whole.files.find((f) => f.kind === 'rename')!;
    expect(rename).toMatchObject({ report: { docId: 'gone.txt' } });
  });

  it('is the whole plan for one shard of one', () => {
    expect(shardPlan(whole, { index: 1, count: 1 })).toBe(whole);
  });
});
