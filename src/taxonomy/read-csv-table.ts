import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * Reads a taxonomy CSV file (header row, UTF-8) into records. A broken file
 * is an error naming the file and line, since the run cannot go on without
 * its taxonomy.
 *
 * @example
 * readCsvTable('src/taxonomy/data/units.csv')[0] // → { phrase: 'đồng', unit: 'VND', … }
 */
export function readCsvTable(file: string): Array<Record<string, string>> {
  const text = readFileSync(file, 'utf8');
  try {
    return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, comment: '#' }) as Array<Record<string, string>>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: cannot read the table: ${reason}`);
  }
}

/** A row of a taxonomy table with where it is, for messages. */
export interface LocatedRow {
  readonly row: Readonly<Record<string, string>>;
  /** "FILE line N". */
  readonly where: string;
}

/**
 * Reads a taxonomy CSV file as {@link readCsvTable} does, each row with the
 * line it starts on.
 *
 * @example
 * readLocatedRows('src/taxonomy/data/rules.csv')[0].where // → 'src/taxonomy/data/rules.csv line 2'
 */
export function readLocatedRows(file: string): LocatedRow[] {
  const text = readFileSync(file, 'utf8');
  try {
    const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, comment: '#', info: true, raw: true }) as Array<{ record: Record<string, string>; info: { lines: number }; raw: string }>;
    // info.lines is the line a record ends on; a quoted field may hold line breaks (its raw text also holds the blank lines before it)
    return records.map((r) => ({ row: r.record, where: `${file} line ${r.info.lines - (r.raw.trim().match(/\n/g)?.length ?? 0)}` }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: cannot read the table: ${reason}`);
  }
}
