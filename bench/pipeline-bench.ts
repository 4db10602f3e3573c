/**
 * `npm run bench`: how fast `solieu run` is, and how far from what the
 * machine can do, measured in one run.
 *
 * 1. Builds a corpus of `--size` MB (default 100) under output/bench/ from
 *    the development texts (../shared/corpus/dev/raw, else raw/): each
 *    document a source's paragraphs with paragraphs of another source mixed
 *    in, and every decimal or grouped figure varied, so no two documents
 *    have the same content. HTML sources are kept whole, their figures
 *    varied, so the HTML loader is timed too (one document in 20); the
 *    pages' article texts are sources of texts too. The corpus is kept and reused
 *    by the next bench of the same size and seed.
 * 2. Times, each as `solieu run` in a process of its own (start-up
 *    included; the compiled JavaScript when it is built): the first run
 *    into a fresh warehouse; an unchanged rerun; a rerun with 1% of the
 *    files changed; and the first run again with one worker and with two, on
 *    a part of the corpus (`--scaling-size`, default 20 MB), for the
 *    speed-up of two workers over one; and, on the same part, the
 *    ceiling the machine sets on that speed-up: the files read through
 *    the stage pool alone (nothing written) by one thread, then by two.
 * 3. Measures the two limits on the same corpus in this process: reading
 *    every file and scanning it once with a digit regex, and inserting as
 *    many observation rows as the first run stored with one prepared
 *    statement in one transaction.
 * 4. Prints MB/s, documents/s, observations/s, each stage's share, peak RSS,
 *    the ratio to the limit, the speed-up, and the warehouse and CSV sizes
 *    over the text, and writes them as JSON to output/bench/.
 *
 * Options: `--size MB` (up to 1024), `--scaling-size MB` (0 skips the
 * speed-up), `--seed N`, `--source DIR`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pMap from 'p-map';
import { buildDocument } from '../src/stages/load/read-document.ts';
import { openSqliteWarehouse } from '../src/warehouse/database.ts';
import { migrateToLatest } from '../src/warehouse/migrate-to-latest.ts';
import type { startStagePool as StartStagePool } from '../src/pipeline/stage-pool.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'output/bench');
const MB = 1024 * 1024;
/** One document in this many is a saved web page (the rest are texts), as in a folder of downloaded reports. */
const HTML_EVERY = 20;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value < 0) fail(`expected ${name} to be a number of at least 0, got "${process.argv[i + 1]}"`);
  return value;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/** A small seeded generator (mulberry32), so a corpus is the same for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every figure written with a separator between digits ("315.839", "8,5"): its last digit changed, so the figure differs and the text stays well formed. */
function varyFigures(text: string, next: () => number): string {
  return text.replace(/(\d[.,])(\d+)(?![\d/])/g, (_m, head: string, tail: string) => {
    const last = (Number(tail.at(-1)) + 1 + Math.floor(next() * 8)) % 10;
    return `${head}${tail.slice(0, -1)}${last}`;
  });
}

interface Source {
  readonly name: string;
  readonly text: string;
  readonly html: boolean;
}

/** The sources: each text file, and each HTML page twice, as the page and as the article text the loader takes from it. */
function readSources(dir: string): Source[] {
  const files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f)).sort();
  if (files.length === 0) fail(`no .txt, .md or .html files in ${dir}`);
  return files.flatMap((f): Source[] => {
    const bytes = readFileSync(path.join(dir, f));
    if (!/\.html?$/i.test(f)) return [{ name: f, text: bytes.toString('utf8'), html: false }];
    const built = buildDocument(f, bytes, '', { published: null });
    return [{ name: f, text: bytes.toString('utf8'), html: true }, ...(built.ok ? [{ name: f, text: built.document.text, html: false }] : [])];
  });
}

/** Builds (or reuses) the corpus: documents until `bytes` are written, in folders of 1,000. */
function buildCorpus(sources: readonly Source[], bytes: number, seed: number, dir: string): { files: string[]; bytes: number } {
  const stamp = path.join(dir, '.corpus.json');
  if (existsSync(stamp)) {
    const known = JSON.parse(readFileSync(stamp, 'utf8')) as { bytes: number; seed: number; files: string[]; written: number };
    if (known.bytes === bytes && known.seed === seed) return { files: known.files, bytes: known.written };
  }
  rmSync(dir, { recursive: true, force: true });
  const next = random(seed);
  const texts = sources.filter((s) => !s.html);
  const pages = sources.filter((s) => s.html);
  const files: string[] = [];
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    // one document in HTML_EVERY a saved page, the rest texts
    const s = pages.length > 0 && i % HTML_EVERY === HTML_EVERY - 1 ? pages[Math.floor(i / HTML_EVERY) % pages.length]! : texts[i % texts.length]!;
    let content: string;
    // a page of its own address (a copy of a page is a duplicate, and its address names its report)
    if (s.html) content = varyFigures(s.text, next).replace(/((?:og:url|canonical)["'][^>]*?(?:content|href)=["'])([^"']+)/g, (_m, head: string, url: string) => `${head}${url}-${i}`);
    else {
      const paragraphs = s.text.split(/\n\s*\n/);
      const other = texts[Math.floor(next() * texts.length)]!.text.split(/\n\s*\n/);
      // the source's title first, then its paragraphs with a few of another's mixed in, and one at the end, so no two are the same
      const mixed = [paragraphs[0]!, ...paragraphs.slice(1).flatMap((p) => (next() < 0.25 ? [p, other[Math.floor(next() * other.length)]!] : [p])), other[Math.floor(next() * other.length)]!];
      content = varyFigures(mixed.join('\n\n'), next);
    }
    const name = `${String(Math.floor(i / 1000)).padStart(3, '0')}/d${String(i).padStart(6, '0')}.${s.html ? 'html' : 'txt'}`;
    mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
    files.push(name);
    written += Buffer.byteLength(content);
  }
  writeFileSync(stamp, JSON.stringify({ bytes, seed, files, written }));
  return { files, bytes: written };
}

interface ChildRun {
  readonly wall: number;
  readonly summary: {
    documentsRead: number;
    documentsLoaded: number;
    documentsUnchanged: number;
    observationsAccepted: number;
    seconds: number;
    exportsKept: boolean;
    timings: { survey: number; load: number; stages: Record<string, number>; write: number; export: number };
  };
  readonly maxRssMB: number;
  readonly cpu: number;
  readonly mainBusy: number;
}

/**
 * One `solieu run` as a user runs it (bin/solieu.js, so the compiled
 * JavaScript when it is built), in a process of its own, timed from here
 * (start-up included); its summary is the one the run records in the
 * warehouse, its memory and CPU what the preloaded bench/report-usage.mjs
 * reports at exit.
 */
function measuredRun(input: string, output: string, extra: readonly string[] = []): ChildRun {
  const started = performance.now();
  const args = [...START.flags, '--import', path.join(root, 'bench/report-usage.mjs'), path.join(root, 'bin/solieu.js'), 'run', '--input', input, '--output', output, '--quiet', ...extra];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root, maxBuffer: 64 * MB, env: { ...process.env, ...START.env } });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 3) fail(`the run over ${input} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  const usage = r.stderr.split('\n').reverse().find((l) => l.startsWith('bench-usage '));
  if (!usage) fail(`the run over ${input} reported no usage: ${r.stderr.trim().slice(-300)}`);
  const db = new Database(path.join(output, 'warehouse.sqlite'), { readonly: true });
  const row = db.prepare("SELECT counts FROM runs WHERE status = 'completed' ORDER BY started_at DESC LIMIT 1").get() as { counts: string } | undefined;
  db.close();
  if (!row) fail(`the run over ${input} recorded no completed run`);
  return { wall, summary: JSON.parse(row.counts) as ChildRun['summary'], ...(JSON.parse(usage.slice('bench-usage '.length)) as { maxRssMB: number; cpu: number; mainBusy: number }) };
}

/** How the command starts Node (its #! line: `#!/usr/bin/env -S NAME=value node --flag …`), so each run is timed as users run it. */
const START = (() => {
  const m = /^#!\S*env -S((?:\s+[A-Z_]+=\S*)*)\s+node((?:\s+--\S+)*)\s*$/.exec(readFileSync(path.join(root, 'bin/solieu.js'), 'utf8').split('\n')[0]!);
  const words = (s: string | undefined): string[] => (s ?? '').trim().split(/\s+/).filter(Boolean);
  return { env: Object.fromEntries(words(m?.[1]).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)])), flags: words(m?.[2]) };
})();

/** The first limit: every file read and scanned once with a digit regex. */
function readLimit(dir: string, files: readonly string[]): { seconds: number; numbers: number } {
  const started = performance.now();
  let numbers = 0;
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const _ of text.matchAll(/\d+(?:[.,]\d+)*/g)) numbers++;
  }
  return { seconds: (performance.now() - started) / 1000, numbers };
}

/** The second limit: `rows` observation rows inserted with one prepared statement in one transaction, into the warehouse schema. */
async function insertLimit(rows: number, file: string): Promise<number> {
  rmSync(file, { force: true });
  const db = openSqliteWarehouse(file);
  const { error } = await migrateToLatest(db);
  await db.destroy();
  if (error) fail(`cannot make the limit's warehouse: ${error}`);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec(`INSERT INTO runs (run_id, pipeline, input_dir, solieu_version, started_at, status) VALUES ('r', 'p', 'i', 'v', 't', 'completed');
    INSERT INTO documents (doc_id, source_path, first_run_id, last_seen_run_id) VALUES ('d', 'd.txt', 'r', 'r');
    INSERT INTO document_versions (doc_id, version_no, content_hash, extractor_version, byte_size, format, text_zlib, run_id, valid_from, vintage_from) VALUES ('d', 1, 'h', 'x', 1, 'txt', x'00', 'r', 't', '2024-01-10');
    INSERT INTO sentences (version_id, sentence_index, sentence_start, text) VALUES (1, 0, 0, 'Tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 52.340 tỷ đồng.');`);
  const insert = sqlite.prepare(`INSERT INTO figures (version_id, seq, text, value, unit, unit_mult, period, base_period, region, indicator, value_high,
    qualifier, status, sentence_id, sentence_index, sentence_start, span_start, span_end, obs_key, change)
    VALUES (1, ?, '52.340 tỷ đồng', ?, 'VND', 9, '2023', NULL, 'Quảng Ninh', 'budget.revenue', NULL, NULL, NULL, 1, 0, 0, ?, ?, ?, 'new')`);
  const started = performance.now();
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(i, 52340e9 + i, i * 40, i * 40 + 14, `k${i}`);
  })();
  const seconds = (performance.now() - started) / 1000;
  sqlite.close();
  return seconds;
}

/**
 * What two cores give the stage work on this machine: the files read
 * through the run's stage pool (the default pipeline's stages, in worker
 * threads) by one thread, then by two at once, with the readings thrown
 * away, so nothing else shares the cores. Each pool's threads are started
 * and warmed by one file each before the clock starts. Where the cores
 * share caches and memory, two threads each run slower than one alone
 * (and each thread's optimising compiler takes a core's share at first),
 * and the run's own speed-up cannot pass this one.
 */
async function stageCeiling(dir: string, files: readonly string[]): Promise<{ one: number; two: number; speedup: number }> {
  const tasks = files.map((f) => ({
    path: f, input: dir, maxBytes: 64 * MB, contentHash: createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex'), docId: f, given: null,
  }));
  // the run's own code: the compiled pool and pipeline when they are built, as `solieu run` takes them
  const compiled = path.join(root, 'dist/src/pipeline/stage-pool.js');
  const { startStagePool } = (await import(existsSync(compiled) ? pathToFileURL(compiled).href : '../src/pipeline/stage-pool.ts')) as { startStagePool: typeof StartStagePool };
  const pipeline = existsSync(path.join(root, 'dist/pipelines/reports.js')) ? path.join(root, 'dist/pipelines/reports.js') : path.join(root, 'pipelines/reports.ts');
  const timed = async (threads: number): Promise<number> => {
    const pool = startStagePool({ pipeline, strict: false }, threads);
    try {
      await Promise.all(tasks.slice(0, threads).map((t) => pool.readReport(t)));
      const started = performance.now();
      await pMap(tasks, async (t) => {
        const r = await pool.readReport(t);
        if (!r.ok) fail(`the ceiling's stage pool could not read ${t.path}: ${r.reject.message}`);
      }, { concurrency: threads * 2 });
      return (performance.now() - started) / 1000;
    } finally {
      await pool.close();
    }
  };
  const one = await timed(1);
  const two = await timed(2);
  return { one, two, speedup: one / two };
}

/** Changes one figure in `share` of the files (at least one), as an updated report would. */
function changeFiles(dir: string, files: readonly string[], share: number, seed: number): number {
  const next = random(seed + 1);
  const n = Math.max(1, Math.round(files.length * share));
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, files[Math.floor((i * files.length) / n)]!);
    writeFileSync(file, varyFigures(readFileSync(file, 'utf8'), next));
  }
  return n;
}

function sizeOf(file: string): number {
  return [file, `${file}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);
}

const sizeMB = option('--size', 100);
if (sizeMB <= 0 || sizeMB > 1024) fail(`expected --size between 0 and 1024 MB, got ${sizeMB}`);
const scalingMB = Math.min(option('--scaling-size', 20), sizeMB);
const seed = option('--seed', 1);
const sourceArg = process.argv.indexOf('--source');
const sourceDir = sourceArg !== -1 ? path.resolve(process.argv[sourceArg + 1]!) : existsSync(path.resolve(root, '../shared/corpus/dev/raw')) ? path.resolve(root, '../shared/corpus/dev/raw') : path.join(root, 'raw');
const sources = readSources(sourceDir);

mkdirSync(benchDir, { recursive: true });
const corpusDir = path.join(benchDir, `corpus-${sizeMB}MB-seed${seed}`);
process.stderr.write(`bench: building a ${sizeMB} MB corpus from ${sources.length} documents of ${sourceDir}\n`);
const corpus = buildCorpus(sources, sizeMB * MB, seed, corpusDir);
const out = path.join(benchDir, `run-${sizeMB}MB`);
rmSync(out, { recursive: true, force: true });

process.stderr.write(`bench: first run over ${corpus.files.length} documents (${(corpus.bytes / MB).toFixed(1)} MB)\n`);
const first = measuredRun(corpusDir, out);
const warehouseBytes = sizeOf(path.join(out, 'warehouse.sqlite'));
const csvBytes = statSync(path.join(out, 'observations.csv')).size;
process.stderr.write('bench: unchanged rerun\n');
const unchanged = measuredRun(corpusDir, out);
const changedFiles = changeFiles(corpusDir, corpus.files, 0.01, seed);
process.stderr.write(`bench: rerun with ${changedFiles} files changed\n`);
const changed = measuredRun(corpusDir, out);
// the corpus back as it was built, for the next bench
rmSync(path.join(corpusDir, '.corpus.json'));

let scaling: { sizeMB: number; one: ChildRun; two: ChildRun; speedup: number; ceiling: { one: number; two: number; speedup: number } } | null = null;
if (scalingMB > 0) {
  const part = buildCorpus(sources, scalingMB * MB, seed, path.join(benchDir, `corpus-${scalingMB}MB-seed${seed}`));
  const runs = [1, 2].map((n) => {
    const o = path.join(benchDir, `scaling-${n}`);
    rmSync(o, { recursive: true, force: true });
    process.stderr.write(`bench: ${scalingMB} MB with ${n} workers\n`);
    const r = measuredRun(path.join(benchDir, `corpus-${scalingMB}MB-seed${seed}`), o, ['--workers', String(n)]);
    rmSync(o, { recursive: true, force: true });
    return r;
  });
  process.stderr.write(`bench: ${scalingMB} MB through the stage pool alone, one thread then two\n`);
  const ceiling = await stageCeiling(path.join(benchDir, `corpus-${scalingMB}MB-seed${seed}`), part.files);
  scaling = { sizeMB: part.bytes / MB, one: runs[0]!, two: runs[1]!, speedup: runs[0]!.wall / runs[1]!.wall, ceiling };
}

process.stderr.write('bench: the limits\n');
const read = readLimit(corpusDir, corpus.files);
const insertSeconds = await insertLimit(first.summary.observationsAccepted, path.join(benchDir, 'limit.sqlite'));
rmSync(path.join(benchDir, 'limit.sqlite'), { force: true });
for (const f of ['limit.sqlite-wal', 'limit.sqlite-shm']) rmSync(path.join(benchDir, f), { force: true });
const limit = read.seconds + insertSeconds;

const t = first.summary.timings;
// the parts are summed over the threads that ran them at once: their shares are of the sum, and the CPU time says how busy the cores were
const parts: Record<string, number> = { survey: t.survey, load: t.load, ...t.stages, write: t.write, export: t.export };
const accounted = Object.values(parts).reduce((a, b) => a + b, 0);
const result = {
  at: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  corpus: { sizeMB: corpus.bytes / MB, documents: corpus.files.length, source: sourceDir, seed },
  first: {
    wall: first.wall,
    mbPerSecond: corpus.bytes / MB / first.wall,
    documentsPerSecond: corpus.files.length / first.wall,
    observationsPerSecond: first.summary.observationsAccepted / first.wall,
    observations: first.summary.observationsAccepted,
    peakRssMB: first.maxRssMB,
    shares: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v / accounted])),
    cpuSeconds: first.cpu,
    mainThreadBusySeconds: first.mainBusy,
    startUpAndOtherSeconds: Math.max(0, first.wall - first.summary.seconds),
  },
  unchanged: { wall: unchanged.wall, ofFirst: unchanged.wall / first.wall, peakRssMB: unchanged.maxRssMB, loaded: unchanged.summary.documentsLoaded, exportsKept: unchanged.summary.exportsKept },
  changed: { files: changedFiles, wall: changed.wall, ofFirst: changed.wall / first.wall, peakRssMB: changed.maxRssMB, loaded: changed.summary.documentsLoaded },
  limit: { readScanSeconds: read.seconds, insertSeconds, seconds: limit, ratio: first.wall / limit },
  scaling: scaling && { sizeMB: scaling.sizeMB, oneWall: scaling.one.wall, twoWall: scaling.two.wall, speedup: scaling.speedup, ceiling: scaling.ceiling },
  sizes: { warehouseOverText: warehouseBytes / corpus.bytes, csvOverText: csvBytes / corpus.bytes, warehouseMB: warehouseBytes / MB, csvMB: csvBytes / MB },
};
const jsonFile = path.join(benchDir, `bench-${sizeMB}MB-${result.at.replace(/[:.]/g, '-')}.json`);
writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const lines = [
  `corpus           ${result.corpus.sizeMB.toFixed(1)} MB, ${result.corpus.documents} documents, ${result.machine.cpus} cores`,
  `first run        ${first.wall.toFixed(1)} s: ${result.first.mbPerSecond.toFixed(2)} MB/s, ${result.first.documentsPerSecond.toFixed(0)} documents/s, ${result.first.observationsPerSecond.toFixed(0)} observations/s, peak RSS ${first.maxRssMB.toFixed(0)} MB`,
  `  where it went  ${Object.entries(result.first.shares).map(([k, v]) => `${k} ${pct(v)}`).join(', ')} (of the time summed over threads); CPU ${first.cpu.toFixed(1)} s, main thread busy ${first.mainBusy.toFixed(1)} s, start-up and the rest ${result.first.startUpAndOtherSeconds.toFixed(1)} s`,
  `limit            ${limit.toFixed(2)} s (read and scan ${read.seconds.toFixed(2)} s, insert ${first.summary.observationsAccepted} rows ${insertSeconds.toFixed(2)} s): the run takes ${result.limit.ratio.toFixed(1)} times the limit`,
  `unchanged rerun  ${unchanged.wall.toFixed(1)} s, ${pct(result.unchanged.ofFirst)} of the first run, peak RSS ${unchanged.maxRssMB.toFixed(0)} MB, exports ${unchanged.summary.exportsKept ? 'kept' : 'written again'}`,
  `1% changed       ${changed.wall.toFixed(1)} s (${changedFiles} files), ${pct(result.changed.ofFirst)} of the first run`,
  ...(scaling ? [`scaling          ${scaling.sizeMB.toFixed(1)} MB: one worker ${scaling.one.wall.toFixed(1)} s, two ${scaling.two.wall.toFixed(1)} s: ${scaling.speedup.toFixed(2)} times`,
    `  ceiling        the stages alone, nothing written: one thread ${scaling.ceiling.one.toFixed(1)} s, two ${scaling.ceiling.two.toFixed(1)} s: ${scaling.ceiling.speedup.toFixed(2)} times (what two cores give this work here)`] : []),
  `sizes            warehouse ${result.sizes.warehouseMB.toFixed(0)} MB (${result.sizes.warehouseOverText.toFixed(2)} times the text), observations.csv ${result.sizes.csvMB.toFixed(0)} MB (${result.sizes.csvOverText.toFixed(2)} times)`,
  `wrote ${path.relative(root, jsonFile)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
