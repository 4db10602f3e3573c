import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { makeReject, type Reject } from '../../core/reject-codes.ts';
import { DATE_FORMATS, readDate } from './read-date.ts';

/** What a manifest says about one file. */
export interface ManifestEntry {
  readonly published: string | null;
  /** The report's id, when the manifest gives one (column `doc_id`): it wins over the page's URL and the file's path. */
  readonly docId: string | null;
}

/** A manifest's entries by file, and the rows that could not be read. */
export interface Manifest {
  readonly entries: ReadonlyMap<string, ManifestEntry>;
  /** One per row whose date cannot be read (`MANIFEST_ROW_INVALID`, naming the manifest and line); the file is read without it. */
  readonly rejects: readonly Reject[];
}

/**
 * Reads a manifest: a CSV or TSV file listing input files (column `file`,
 * `source_path` or `path`) with their publication dates (column
 * `published`, `date` or `approx_date`, in the formats of {@link readDate}
 * and checked against the calendar; "2024 (after Q1)" gives 2024) and,
 * optionally, their report ids (column `doc_id`). A row whose date cannot
 * be read is a reject naming the manifest and line, and its file is read
 * without a manifest date. A manifest that cannot be parsed, has no file
 * column, or gives one `doc_id` to two files throws, naming the file and
 * line.
 *
 * @example
 * readManifest('../shared/corpus/dev/sources.tsv').entries.get('010.txt') // → { published: '2024-10-06', docId: null }
 */
export function readManifest(file: string): Manifest {
  const text = readFileSync(file, 'utf8');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: true, delimiter, bom: true, skip_empty_lines: true, relax_quotes: true, relax_column_count: true }) as Array<Record<string, string>>;
  } catch (error) {
    throw new Error(`${file}: cannot read the manifest: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = Object.keys(rows[0] ?? {});
  const fileCol = ['file', 'source_path', 'path'].find((c) => header.includes(c));
  const dateCol = ['published', 'date', 'approx_date'].find((c) => header.includes(c));
  if (!fileCol) throw new Error(`${file}: line 1: expected a column file, source_path or path, got ${header.join(', ')}`);
  const idCol = header.includes('doc_id') ? 'doc_id' : null;
  const out = new Map<string, ManifestEntry>();
  const rejects: Reject[] = [];
  const fileOfId = new Map<string, string>();
  rows.forEach((row, i) => {
    const name = (row[fileCol] ?? '').trim();
    if (name === '') return;
    const written = dateCol ? (row[dateCol] ?? '').trim() : '';
    const reading = written === '' ? null : readDate(written);
    if (reading && !reading.ok) {
      rejects.push(makeReject('MANIFEST_ROW_INVALID', file, `line ${i + 2} (${name}): expected a date as ${DATE_FORMATS}; ${reading.message}`, { text: written }));
    }
    const docId = idCol ? (row[idCol] ?? '').trim() || null : null;
    if (docId !== null) {
      const other = fileOfId.get(docId);
      if (other !== undefined && other !== name) throw new Error(`${file}: line ${i + 2}: expected each doc_id once, got "${docId}" for ${other} and ${name}`);
      fileOfId.set(docId, name);
    }
    out.set(name, { published: reading?.ok ? reading.date : null, docId });
  });
  return { entries: out, rejects };
}
