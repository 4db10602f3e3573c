import { describe, expect, it } from 'vitest';
import { planRun, type FilePlan } from '../../src/pipeline/plan-run.ts';
import type { SurveyedFile } from '../../src/pipeline/survey-files.ts';
import type { StoredReport } from '../../src/warehouse/stored-reports.ts';

const EXTRACTOR = '1.0.0 reports';

function file(path: string, hash: string, key = path, identity: 'path' | 'url' | 'manifest' = 'path'): SurveyedFile {
  return { ok: true, path, contentHash: hash, identity, identityKey: key };
}

function stored(docId: string, hashes: string[], o: Partial<StoredReport> = {}): StoredReport {
  return {
    docId,
    identity: 'path',
    identityKey: docId,
    sourcePath: docId,
    missing: false,
    pruned: false,
    current: { versionId: hashes.length, versionNo: hashes.length, contentHash: hashes.at(-1)!, extractorVersion: EXTRACTOR, published: '2024-01-10' },
    lastVersionNo: hashes.length,
    versionOfContent: new Map(hashes.map((h, i) => [h, i + 1])),
    ...o,
  };
}

const plan = (files: SurveyedFile[], reports: StoredReport[], given: Record<string, string> = {}) =>
  planRun(files, reports, { extractorVersion: EXTRACTOR, givenPublished: (p) => given[p] ?? null });
const kinds = (plans: readonly FilePlan[]) => plans.map((p) => [p.kind === 'duplicate' || p.kind === 'reject' ? p.path : p.report.path, p.kind]);

describe('planRun', () => {
  it('passes an unchanged report by and reads a changed one', () => {
    const p = plan([file('a.txt', 'h1'), file('b.txt', 'h9')], [stored('a.txt', ['h1']), stored('b.txt', ['h2'])]);
    expect(kinds(p.files)).toEqual([['a.txt', 'unchanged'], ['b.txt', 'read']]);
    expect(p.files[1]).toMatchObject({ reason: 'changed' });
  });

  it('reads again a report read by another extractor, and one given a new publication date', () => {
    const old = stored('a.txt', ['h1'], { current: { versionId: 1, versionNo: 1, contentHash: 'h1', extractorVersion: '0.9.0 reports', published: null } });
    expect(plan([file('a.txt', 'h1')], [old]).files[0]).toMatchObject({ kind: 'read', reason: 'reread' });
    expect(plan([file('a.txt', 'h1')], [stored('a.txt', ['h1'])], { 'a.txt': '2024-02-01' }).files[0]).toMatchObject({ kind: 'redate', stored: '2024-01-10', given: '2024-02-01' });
    expect(plan([file('a.txt', 'h1')], [stored('a.txt', ['h1'])], { 'a.txt': '2024-01-10' }).files[0]).toMatchObject({ kind: 'unchanged' });
  });

  it('restores an earlier version\'s content without reading it', () => {
    expect(plan([file('a.txt', 'h1')], [stored('a.txt', ['h1', 'h2'])]).files[0]).toMatchObject({ kind: 'restore', fromVersionId: 1 });
  });

  it('reads the content of a report whose file is gone, under a new path, as a rename', () => {
    const p = plan([file('new/a.txt', 'h1')], [stored('a.txt', ['h1'])]);
    expect(p.files[0]).toMatchObject({ kind: 'rename', from: 'a.txt', report: { docId: 'a.txt', identityKey: 'new/a.txt' } });
    expect(p.missing).toEqual([]);
  });

  it('records a report found by its manifest id under another path as renamed, not unchanged', () => {
    const report = stored('QN-2023', ['h1'], { identityKey: 'QN-2023', sourcePath: '2023/a.txt' });
    const p = plan([file('archive/a.txt', 'h1', 'QN-2023', 'manifest')], [report]);
    expect(p.files[0]).toMatchObject({ kind: 'rename', from: '2023/a.txt', report: { docId: 'QN-2023', path: 'archive/a.txt' } });
  });

  it('counts a copy of another file of the run once, as a duplicate, and a copy of a present report too', () => {
    expect(kinds(plan([file('a.txt', 'h1'), file('b.txt', 'h1')], []).files)).toEqual([['a.txt', 'read'], ['b.txt', 'duplicate']]);
    expect(plan([file('a.txt', 'h1'), file('z.txt', 'h1')], [stored('z.txt', ['h1'])]).files[0]).toMatchObject({ kind: 'duplicate', of: 'z.txt' });
  });

  it('never takes a stored report\'s changed file for a copy of another', () => {
    expect(kinds(plan([file('a.txt', 'h1'), file('b.txt', 'h1')], [stored('a.txt', ['h1']), stored('b.txt', ['h2'])]).files)).toEqual([['a.txt', 'unchanged'], ['b.txt', 'read']]);
  });

  it('rejects the second file with a report id another file has', () => {
    const p = plan([file('a.html', 'h1', 'https://x.vn/a.htm', 'url'), file('b.html', 'h2', 'https://x.vn/a.htm', 'url')], []);
    expect(p.files[1]).toMatchObject({ kind: 'reject', path: 'b.html', reject: { code: 'DOC_ID_CONFLICT' } });
    expect((p.files[1] as { reject: { message: string } }).reject.message).toMatch(/a\.html and b\.html with the same canonical URL https:\/\/x\.vn\/a\.htm/);
  });

  it('lists the reports with no file as missing, not the pruned ones, and marks a missing report back', () => {
    const p = plan([file('a.txt', 'h1')], [stored('a.txt', ['h1'], { missing: true }), stored('gone.txt', ['h5']), stored('old.txt', ['h6'], { pruned: true, current: null })]);
    expect(p.missing.map((r) => r.docId)).toEqual(['gone.txt']);
    expect(p.files[0]).toMatchObject({ kind: 'unchanged', report: { returned: true } });
  });

  it('decides the same whatever order the files come in', () => {
    const files = [file('c.txt', 'h3'), file('a.txt', 'h1'), file('b.txt', 'h1')];
    expect(kinds(plan(files, []).files)).toEqual(kinds(plan([...files].reverse(), []).files));
  });
});
