import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One gold observation, as `observations.md` defines it. */
export interface GoldObservation {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly period: string | null;
  readonly region: string | null;
  readonly indicator: string | null;
  readonly qualifier: string | null;
  readonly status: string | null;
  readonly valueHigh: number | null;
  readonly core: boolean;
}

/** The gold annotations of one document. */
export interface GoldDocument {
  readonly sourcePath: string;
  readonly file: string;
  readonly published: string | null;
  readonly observations: readonly GoldObservation[];
}

/**
 * Reads every `*.json` gold file in the given folders. A file that is not
 * valid gold is an error naming the file and the observation. When two
 * folders hold gold for the same document, the later folder wins.
 *
 * @example
 * loadGold(['../shared/corpus/dev/gold']).length // → 8
 */
export function loadGold(dirs: readonly string[]): GoldDocument[] {
  const byPath = new Map<string, GoldDocument>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const file = path.join(dir, name);
      const doc = parseGold(file, readFileSync(file, 'utf8'));
      byPath.set(doc.sourcePath, doc);
    }
  }
  return [...byPath.values()].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
}

/**
 * Parses one gold file's JSON.
 *
 * @example
 * parseGold('g.json', '{"source_path":"a.txt","observations":[]}').sourcePath // → 'a.txt'
 */
export function parseGold(file: string, json: string): GoldDocument {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: expected JSON, got: ${error instanceof Error ? error.message : String(error)}`);
  }
  const d = data as { source_path?: unknown; published?: unknown; observations?: unknown };
  if (typeof d.source_path !== 'string' || !Array.isArray(d.observations)) {
    throw new Error(`${file}: expected {"source_path": string, "observations": [...]}`);
  }
  const observations = d.observations.map((o: Record<string, unknown>, i: number): GoldObservation => {
    const where = `${file}: observation ${i + 1}`;
    if (typeof o['value'] !== 'number' || !Number.isFinite(o['value'])) throw new Error(`${where}: expected a numeric value, got ${JSON.stringify(o['value'])}`);
    if (typeof o['unit'] !== 'string') throw new Error(`${where}: expected a unit, got ${JSON.stringify(o['unit'])}`);
    const str = (k: string): string | null => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : null);
    return {
      text: String(o['text'] ?? ''),
      value: o['value'],
      unit: o['unit'],
      period: str('period'),
      region: str('region'),
      indicator: str('indicator'),
      qualifier: str('qualifier'),
      status: str('status'),
      valueHigh: typeof o['value_high'] === 'number' ? o['value_high'] : null,
      core: o['core'] !== false,
    };
  });
  return { sourcePath: d.source_path, file, published: typeof d.published === 'string' ? d.published : null, observations };
}
