import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared-corpus.ts';

/**
 * The folders of src/ form layers: every import points down the list, none
 * up, none sideways between stages. `core` is the leaf.
 */
const LAYERS = ['cli', 'pipeline', 'eval', 'export', 'warehouse', 'revisions', 'stages', 'taxonomy', 'core'] as const;

const SRC = path.join(ROOT, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of a file, resolved to a path under src/ (TypeScript's own pre-processor reads them). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName).filter((f) => f.startsWith('.')).map((f) => path.resolve(path.dirname(file), f));
}

/** `stages/extract`, `core`, … for a path under src/. */
function folderOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts[0] === 'stages' && parts.length > 2 ? `stages/${parts[1]}` : parts[0]!;
}

const layerOf = (folder: string): number => LAYERS.indexOf(folder.split('/')[0] as (typeof LAYERS)[number]);

const edges = filesUnder(SRC).flatMap((file) => importsOf(file).map((target) => ({ file, target, from: folderOf(file), to: folderOf(target) })));

describe('the layers of src/', () => {
  it('has every folder in a layer', () => {
    for (const e of edges) {
      expect(layerOf(e.from), e.file).toBeGreaterThanOrEqual(0);
      expect(layerOf(e.to), e.target).toBeGreaterThanOrEqual(0);
    }
  });

  it('imports only downwards: no folder imports one above it', () => {
    const up = edges.filter((e) => e.from !== e.to && layerOf(e.to) < layerOf(e.from)).map((e) => `${path.relative(ROOT, e.file)} → ${path.relative(ROOT, e.target)}`);
    expect(up).toEqual([]);
  });

  it('keeps core a leaf that imports nothing else of src/', () => {
    expect(edges.filter((e) => e.from === 'core' && e.to !== 'core').map((e) => path.relative(ROOT, e.file))).toEqual([]);
  });

  it('keeps the stages apart: a stage reads what the one before produced, through core records, never its code', () => {
    const sideways = edges.filter((e) => e.from.startsWith('stages/') && e.to.startsWith('stages/') && e.from !== e.to).map((e) => `${path.relative(ROOT, e.file)} → ${path.relative(ROOT, e.target)}`);
    expect(sideways).toEqual([]);
  });

  it('keeps structure and normalise from reading the text: they never build a text key', () => {
    const readers = edges.filter((e) => (e.from === 'stages/structure' || e.from === 'stages/normalise') && e.target.endsWith(path.join('core', 'match-key.ts')));
    expect(readers.map((e) => path.relative(ROOT, e.file))).toEqual([]);
  });
});
