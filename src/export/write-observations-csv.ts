import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import type { Warehouse } from '../warehouse/database.ts';
import { CSV_DIALECTS } from './csv-dialect.ts';
import { OBSERVATION_COLUMNS } from './export-columns.ts';
import { formatReportRows, type ReportFormatter } from './format-report-rows.ts';
import type { Labeller } from './observation-labels.ts';
import { csvOptions } from './write-csv.ts';

/** Where one report's rows lie in observations.csv, and what they were written from. */
export interface ObservationBlock {
  /** The report's current version as exported: see {@link blockKeys}. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** What writing observations.csv did: its rows, where each report's rows lie, and how many reports were formatted anew or copied. */
export interface ObservationsCsv {
  readonly rows: number;
  readonly blocks: readonly ObservationBlock[];
  readonly formatted: number;
  readonly copied: number;
}

/**
 * Writes observations.csv (the current observations, labelled, in report
 * and text order) report by report, recording where each report's rows
 * lie. Given the blocks of the file as it was (`previous`, with the file
 * untouched since), a report whose current version is the one it was
 * written from has its rows copied from the old file instead of queried
 * and formatted again: after a run that changed 1% of the reports, 1% is
 * formatted. The bytes are the same either way, and the file is written
 * beside its target and renamed into place. The rows are formatted by
 * `format` (on this thread by default; a run hands them to its worker
 * threads), chunks of them ahead of the writing.
 *
 * @example
 * await writeObservationsCsv(db, 'output/observations.csv', labeller, previous) // → { rows: 48717, formatted: 5, copied: 535, … }
 */
export async function writeObservationsCsv(
  db: Warehouse,
  file: string,
  labeller: Labeller,
  previous: readonly ObservationBlock[] | null,
  options: { readonly format?: ReportFormatter; readonly chunkRows?: number } = {},
): Promise<ObservationsCsv> {
  const format = options.format ?? ((docIds) => formatReportRows(db, docIds, labeller));
  const tmp = `${file}.tmp-${process.pid}`;
  const old = new Map((previous ?? []).map((b) => [b.key, b]));
  const reader = previous && previous.length > 0 ? await open(file, 'r') : null;
  const out = createWriteStream(tmp);
  const blocks: ObservationBlock[] = [];
  let at = 0;
  let rows = 0;
  let formatted = 0;
  let copied = 0;
  const put = async (chunk: Uint8Array): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const write = async (chunk: Uint8Array): Promise<void> => {
    await copyPending();
    at += chunk.length;
    await put(chunk);
  };
  // the old file's bytes still to copy: the blocks of reports copied one after another, where they lay one after another in it, are copied as one range
  let pending: { start: number; end: number } | null = null;
  const copyPending = async (): Promise<void> => {
    if (pending === null || reader === null) return;
    const { start, end } = pending;
    pending = null;
    for (let pos = start; pos < end; ) {
      const buf = Buffer.allocUnsafe(Math.min(COPY_CHUNK_BYTES, end - pos));
      const { bytesRead } = await reader.read(buf, 0, buf.length, pos);
      if (bytesRead !== buf.length) throw new Error(`expected ${buf.length} bytes of the file as it was at ${pos}, read ${bytesRead}`);
      await put(buf);
      pos += buf.length;
    }
  };
  try {
    await write(Buffer.from(stringify([], csvOptions(OBSERVATION_COLUMNS, CSV_DIALECTS.plain, undefined, true)), 'utf8'));
    const docs = await blockKeys(db);
    const steps = docs.map((doc) => ({ doc, was: reader ? old.get(doc.key) : undefined }));
    const chunks = new FormatChunks(
      steps.flatMap((s) => (s.was ? [] : [s.doc])),
      format,
      options.chunkRows ?? CHUNK_ROWS,
    );
    for (const { doc, was } of steps) {
      const start = at;
      if (was) {
        if (pending !== null && pending.end === was.start) pending.end = was.end;
        else {
          await copyPending();
          pending = { start: was.start, end: was.end };
        }
        at += was.end - was.start;
        copied++;
      } else {
        await write(await chunks.next());
        formatted++;
      }
      rows += doc.rows;
      blocks.push({ key: doc.key, start, end: at });
    }
    await copyPending();
    out.end();
    await once(out, 'close');
    await reader?.close();
    await rename(tmp, file);
  } catch (error) {
    // the file is removed once the stream has let it go: a failure before its open completes would otherwise leave it behind
    out.destroy();
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    await reader?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot write ${file}: ${reason}`, { cause: error });
  }
  return { rows, blocks, formatted, copied };
}

/** The most bytes of the old file read and written at once when its rows are copied. */
const COPY_CHUNK_BYTES = 4 * 1024 * 1024;

/** About how many rows a formatter is given at once (the default of `chunkRows`): enough to pay for handing them to a worker, few enough to keep in hand. */
const CHUNK_ROWS = 4000;
/**
 * How many chunks are being formatted ahead of the writing: one for each of
 * two format threads while the main thread writes the one before. Four held
 * 18 MB more of formatted rows on 1 GB of text, and wrote no faster.
 */
const CHUNKS_AHEAD = 2;

/**
 * The reports to format, in file order, handed to the formatter in chunks
 * of about `chunkRows` rows, {@link CHUNKS_AHEAD} chunks ahead of
 * the writing, so that formatters on other threads work side by side while
 * the file is written. `next()` gives the next report's bytes.
 */
class FormatChunks {
  private readonly chunks: Array<readonly string[]> = [];
  private readonly started: Array<Promise<readonly Uint8Array[]>> = [];
  private chunk = 0;
  private inChunk = 0;

  constructor(
    docs: ReadonlyArray<{ readonly docId: string; readonly rows: number }>,
    private readonly format: ReportFormatter,
    chunkRows: number,
  ) {
    let current: string[] = [];
    let rows = 0;
    for (const doc of docs) {
      current.push(doc.docId);
      rows += doc.rows;
      if (rows >= chunkRows) {
        this.chunks.push(current);
        current = [];
        rows = 0;
      }
    }
    if (current.length > 0) this.chunks.push(current);
  }

  async next(): Promise<Uint8Array> {
    while (this.started.length < Math.min(this.chunks.length, this.chunk + 1 + CHUNKS_AHEAD)) {
      const ids = this.chunks[this.started.length]!;
      const p = this.format(ids).then((bytes) => {
        if (bytes.length !== ids.length) throw new Error(`expected the rows of ${ids.length} reports from the formatter, got ${bytes.length}`);
        return bytes;
      });
      // a chunk that fails ahead of its turn is reported at its turn, not as an unhandled rejection
      p.catch(() => undefined);
      this.started.push(p);
    }
    const bytes = await this.started[this.chunk]!;
    const out = bytes[this.inChunk]!;
    if (++this.inChunk === bytes.length) {
      // a chunk written is let go
      this.started[this.chunk] = DONE;
      this.chunk++;
      this.inChunk = 0;
    }
    return out;
  }
}

const DONE: Promise<readonly Uint8Array[]> = Promise.resolve([]);

/**
 * The reports with current observations, in the file's order (by source
 * path), each with the key of what its rows show: its version, path,
 * publication date, and its rows' count and ids. A report re-read, restored,
 * redated, renamed or pruned gets another key (or none).
 */
async function blockKeys(db: Warehouse): Promise<Array<{ docId: string; sourcePath: string; rows: number; key: string }>> {
  // the rows of the current_observations view, counted from its tables: the view's join of each figure's sentence (by sentence_id, a foreign key) costs more than the count
  const result = await sql<{ doc_id: string; source_path: string; doc_version: number; published: string | null; n: number; ids: number }>`
    SELECT v.doc_id, d.source_path, v.version_no AS doc_version, v.published, count(*) AS n, sum(f.obs_id) AS ids
    FROM figures f JOIN document_versions v ON v.version_id = f.version_id JOIN documents d ON d.doc_id = v.doc_id
    WHERE v.vintage_to IS NULL AND f.retracted = 0 AND f.sentence_id IS NOT NULL
    GROUP BY v.version_id, v.doc_id, d.source_path, v.version_no, v.published ORDER BY d.source_path, v.doc_id`.execute(db);
  return result.rows.map((r) => ({ docId: r.doc_id, sourcePath: r.source_path, rows: r.n, key: JSON.stringify([r.doc_id, r.doc_version, r.source_path, r.published, r.n, r.ids]) }));
}
