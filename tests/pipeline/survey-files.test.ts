import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyFiles } from '../../src/pipeline/survey-files.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

const page = (url: string) => `<html><head><link rel="canonical" href="${url}"><title>T</title></head><body><p>GRDP tăng 7%.</p></body></html>`;

describe('surveyFiles', () => {
  it('finds a report by the manifest\'s id, else a page\'s canonical URL, else its path', async () => {
    writeFileSync(path.join(dir.path, 'a.html'), page('https://baochinhphu.vn/grdp-tang-7-102240101.htm#top'));
    writeFileSync(path.join(dir.path, 'home.html'), page('https://baochinhphu.vn/'));
    writeFileSync(path.join(dir.path, 'b.txt'), 'GRDP tăng 7%.');
    writeFileSync(path.join(dir.path, 'c.txt'), 'GRDP tăng 8%.');
    const manifest = new Map([['c.txt', { published: null, docId: 'qn-2024-q1' }]]);
    const files = await surveyFiles(dir.path, ['a.html', 'home.html', 'b.txt', 'c.txt'], { docIdFrom: 'auto', manifest, concurrency: 2 });
    expect(files.map((f) => (f.ok ? [f.path, f.identity, f.identityKey] : [f.path, 'rejected']))).toEqual([
      ['a.html', 'url', 'https://baochinhphu.vn/grdp-tang-7-102240101.htm'],
      ['home.html', 'path', 'home.html'],
      ['b.txt', 'path', 'b.txt'],
      ['c.txt', 'manifest', 'qn-2024-q1'],
    ]);
  });

  it('uses only the source asked for, falling back to the path', async () => {
    writeFileSync(path.join(dir.path, 'a.html'), page('https://baochinhphu.vn/grdp-tang-7-102240101.htm'));
    const [f] = await surveyFiles(dir.path, ['a.html'], { docIdFrom: 'path', concurrency: 1 });
    expect(f).toMatchObject({ ok: true, identity: 'path', identityKey: 'a.html' });
  });

  it('keeps a file it cannot read as a reject naming it', async () => {
    const [f] = await surveyFiles(dir.path, ['missing.txt'], { docIdFrom: 'auto', concurrency: 1 });
    expect(f).toMatchObject({ ok: false, path: 'missing.txt', reject: { code: 'FILE_UNREADABLE', sourcePath: 'missing.txt' } });
  });
});
