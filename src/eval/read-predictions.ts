import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A predicted observation, as read back from `observations.csv`. */
export interface Prediction {
  readonly sourcePath: string;
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly period: string | null;
  readonly region: string | null;
  readonly indicator: string | null;
  readonly qualifier: string | null;
  readonly status: string | null;
}

/**
 * Reads an `observations.csv` into predictions grouped by `source_path`.
 * A row without a numeric value is an error naming the file and line.
 *
 * @example
 * readPredictions('output/observations.csv').get('000_730c65573414c71e.txt')?.length // → 43
 */
export function readPredictions(file: string): Map<string, Prediction[]> {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const out = new Map<string, Prediction[]>();
  rows.forEach((r, i) => {
    const value = Number(r['value']);
    if (r['value'] === undefined || r['value'] === '' || !Number.isFinite(value)) {
      throw new Error(`${file}: line ${i + 2}: expected a numeric value, got ${JSON.stringify(r['value'])}`);
    }
    const s = (k: string): string | null => (r[k] ? r[k]! : null);
    const p: Prediction = {
      sourcePath: r['source_path'] ?? '',
      text: r['text'] ?? '',
      value,
      unit: r['unit'] ?? '',
      period: s('period'),
      region: s('region'),
      indicator: s('indicator'),
      qualifier: s('qualifier'),
      status: s('status'),
    };
    out.set(p.sourcePath, [...(out.get(p.sourcePath) ?? []), p]);
  });
  return out;
}
