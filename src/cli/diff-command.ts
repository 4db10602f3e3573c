import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from './exit-codes.ts';
import { formatTable } from './format-table.ts';
import { openExistingWarehouse } from './open-existing-warehouse.ts';
import { REVISION_COLUMNS, writeRows } from '../export/export-vintages.ts';
import { changesIn, type ChangeWindow, type Revision } from '../warehouse/revisions-query.ts';

/** The `diff` command's options, resolved. */
export interface DiffCommandOptions {
  readonly db: string;
  readonly output: string;
  /** A run id, or a day YYYY-MM-DD; null for the latest run. */
  readonly since: string | null;
  readonly json: boolean;
}

/** The columns shown on screen. */
const SHOWN: ReadonlyArray<keyof Revision & string> = ['change', 'old_text', 'new_text', 'old_value', 'new_value', 'old_status', 'new_status', 'indicator', 'region', 'period', 'unit'];

/**
 * `solieu diff`: the figures revised, reclassified, new and retracted, by
 * report, with the value each replaces: those the latest run recorded, the
 * runs after `--since RUN`, or the versions published after `--since DAY`.
 * Writes `revisions.csv` into the output folder; prints a table, or JSON
 * with `--json`.
 *
 * @example
 * await diffCommand({ db: 'output/warehouse.sqlite', output: 'output', since: null, json: false }) // → 0
 */
export async function diffCommand(o: DiffCommandOptions): Promise<number> {
  const opened = await openExistingWarehouse(o.db);
  if (!opened.ok) {
    process.stderr.write(`solieu diff: ${opened.error}\n`);
    return EXIT.FAILED;
  }
  try {
    const window: ChangeWindow = o.since === null ? null : /^\d{4}-\d{2}-\d{2}$/.test(o.since) ? { date: o.since } : { run: o.since };
    const changes = await changesIn(opened.db, window);
    await mkdir(o.output, { recursive: true });
    const file = path.join(o.output, 'revisions.csv');
    await writeRows(file, REVISION_COLUMNS, changes.revisions);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ ...changes, file }, null, 2)}\n`);
      return EXIT.OK;
    }
    const scope = window === null ? `run ${changes.runs[0] ?? '(none)'}` : 'run' in window ? `the ${changes.runs.length} runs after ${window.run}` : `versions published after ${window.date}`;
    const lines: string[] = [];
    const docs = [...new Set([...changes.revisions.map((r) => r.doc_id), ...changes.reports.map((r) => r.doc_id)])].sort();
    for (const doc of docs) {
      const own = changes.revisions.filter((r) => r.doc_id === doc);
      lines.push(`== ${doc}${own[0]?.source_path && own[0].source_path !== doc ? ` (${own[0].source_path})` : ''}`);
      for (const e of changes.reports.filter((r) => r.doc_id === doc)) lines.push(`${e.kind}${e.source_path && e.source_path !== doc ? ` ${e.source_path}` : ''}${e.detail ? `: ${e.detail}` : ''}`);
      if (own.length) lines.push(formatTable(own, SHOWN).trimEnd());
    }
    const count = (c: Revision['change']): number => changes.revisions.filter((r) => r.change === c).length;
    lines.push(`${scope}: ${count('revised')} revised, ${count('reclassified')} reclassified, ${count('new')} new, ${count('retracted')} retracted in ${docs.length} reports; wrote ${file}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`solieu diff: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  } finally {
    await opened.db.destroy();
  }
}
