import type { Warehouse } from './database.ts';
import { completedRounds, roundStart } from './run-rounds.ts';

/** Which changes to list: those recorded by the runs after a run, or those published after a day; null for the latest run's. */
export type ChangeWindow = { readonly run: string } | { readonly date: string } | null;

/** One change of one figure: revised, reclassified, new or retracted. */
export interface Revision {
  doc_id: string;
  source_path: string | null;
  change: 'revised' | 'reclassified' | 'new' | 'retracted';
  obs_key: string | null;
  unit: string;
  indicator: string | null;
  region: string | null;
  period: string | null;
  old_value: number | null;
  new_value: number | null;
  old_status: string | null;
  new_status: string | null;
  old_text: string | null;
  new_text: string | null;
  old_indicator: string | null;
  old_region: string | null;
  old_period: string | null;
  old_version: number | null;
  new_version: number | null;
  /** The day the change became known (publication axis). */
  vintage: string;
  run_id: string;
}

/** A change of a report that is no revision of a figure: renamed, missing, returned, pruned, a corrected date. */
export interface ReportChange {
  doc_id: string;
  kind: string;
  source_path: string | null;
  detail: string | null;
  run_id: string;
}

/** The changes in a window, and the runs it covers. */
export interface Changes {
  readonly runs: readonly string[];
  readonly revisions: readonly Revision[];
  readonly reports: readonly ReportChange[];
}

/**
 * The changes of the figures in a window, by report, in text order: each
 * figure stored as revised, reclassified or new, with the value it
 * replaces, and each figure retracted (gone from a new version, or its
 * report pruned). A figure that stayed the same is no change. A window of
 * runs covers what those runs recorded; a window of days covers the
 * versions published after the day (and the retractions they brought).
 *
 * @example
 * (await changesIn(db, null)).revisions[0] // → { change: 'revised', old_value: 7.2, new_value: 7.4, … }
 */
export async function changesIn(db: Warehouse, window: ChangeWindow): Promise<Changes> {
  const runs = await runsOf(db, window);
  const byRun = window === null || 'run' in window;
  if (byRun && runs.length === 0) return { runs, revisions: [], reports: [] };

  // the stored figures that changed, with the row each one restates
  let changed = db
    .selectFrom('observations as n')
    .innerJoin('document_versions as nv', 'nv.version_id', 'n.version_id')
    // a figure new again (its report back after a prune) keeps its key, but replaces no value
    .leftJoin('observations as p', (j) => j.onRef('p.obs_id', '=', 'n.previous_obs_id').on('n.change', '!=', 'new'))
    .leftJoin('document_versions as pv', 'pv.version_id', 'p.version_id')
    .select([
      'n.doc_id', 'nv.source_path', 'n.change', 'n.obs_key', 'n.unit', 'n.indicator', 'n.region', 'n.period',
      'p.value as old_value', 'n.value as new_value', 'p.status as old_status', 'n.status as new_status', 'p.text as old_text', 'n.text as new_text',
      'p.indicator as old_indicator', 'p.region as old_region', 'p.period as old_period', 'pv.version_no as old_version', 'nv.version_no as new_version',
      'n.vintage_from as vintage', 'n.run_id', 'n.seq',
    ])
    .where('n.change', 'in', ['revised', 'reclassified', 'new']);
  changed = byRun ? changed.where('n.run_id', 'in', runs) : changed.where('n.vintage_from', '>', (window as { date: string }).date);

  // the figures retracted: closed with no successor
  let gone = db
    .selectFrom('observations as o')
    .innerJoin('document_versions as v', 'v.version_id', 'o.version_id')
    .leftJoin('document_versions as nv', (j) => j.onRef('nv.doc_id', '=', 'o.doc_id').on('nv.version_no', '=', (eb) => eb(eb.ref('v.version_no'), '+', 1)))
    .select([
      'o.doc_id', 'v.source_path', 'o.obs_key', 'o.unit', 'o.indicator', 'o.region', 'o.period', 'o.value', 'o.status', 'o.text',
      'v.version_no as old_version', 'nv.version_no as new_version', 'o.vintage_to', 'o.closed_run_id', 'o.seq',
    ])
    .where('o.retracted', '=', 1);
  gone = byRun ? gone.where('o.closed_run_id', 'in', runs) : gone.where('o.vintage_to', '>', (window as { date: string }).date);

  const revisions: (Revision & { seq: number })[] = [
    ...(await changed.execute()).map((r) => ({ ...r, change: r.change as Revision['change'] })),
    ...(await gone.execute()).map((r) => ({
      doc_id: r.doc_id, source_path: r.source_path, change: 'retracted' as const, obs_key: r.obs_key, unit: r.unit, indicator: r.indicator, region: r.region,
      period: r.period, old_value: r.value, new_value: null, old_status: r.status, new_status: null, old_text: r.text, new_text: null,
      old_indicator: r.indicator, old_region: r.region, old_period: r.period, old_version: r.old_version, new_version: r.new_version,
      vintage: r.vintage_to!, run_id: r.closed_run_id!, seq: r.seq,
    })),
  ];
  revisions.sort((a, b) => a.doc_id.localeCompare(b.doc_id) || (a.new_version ?? a.old_version ?? 0) - (b.new_version ?? b.old_version ?? 0) || order(a) - order(b) || a.seq - b.seq);

  let events = db.selectFrom('document_events').select(['doc_id', 'kind', 'source_path', 'detail', 'run_id']).where('kind', '!=', 'duplicate').orderBy('doc_id').orderBy('event_id');
  // events carry their load time: after the day means from the next day on, as for publication days
  events = byRun ? events.where('run_id', 'in', runs) : events.where('at', '>=', nextDay((window as { date: string }).date));
  return { runs, revisions: revisions.map(({ seq: _seq, ...r }) => r), reports: await events.execute() };
}

/** The day after a day (YYYY-MM-DD). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Retractions after the figures a version stored. */
function order(r: Revision): number {
  return r.change === 'retracted' ? 1 : 0;
}

/**
 * The runs a window covers, in the order they began writing: by default the
 * latest round (the latest run that finished, or all the shards of it, see
 * `runRounds`) and the interrupted runs since the round before it (their
 * work is part of what the latest round completed); or every run after the
 * one named, and after the other shards of its round.
 */
async function runsOf(db: Warehouse, window: ChangeWindow): Promise<string[]> {
  if (window === null) {
    const rounds = await completedRounds(db);
    const last = rounds.at(-1);
    if (!last) return [];
    const before = rounds.at(-2);
    let q = db.selectFrom('runs').select('run_id').where('status', '=', 'interrupted').where('started_at', '<=', roundStart(last));
    if (before) q = q.where('started_at', '>', roundStart(before));
    const interrupted = (await q.execute()).map((r) => r.run_id);
    return ordered(db, [...last.map((r) => r.run_id), ...interrupted]);
  }
  if (!('run' in window)) return [];
  const known = await db.selectFrom('runs').select(['run_id', 'started_at']).where('run_id', '=', window.run).executeTakeFirst();
  if (!known) throw new Error(`expected a run of this warehouse, got "${window.run}" (see the runs table, or the run id a run prints)`);
  // a shard's round is one run: the window starts after the last of its shards began, and none of them is in it
  const round = (await completedRounds(db)).find((r) => r.some((x) => x.run_id === known.run_id)) ?? [known];
  const own = new Set(round.map((r) => r.run_id));
  const later = await db.selectFrom('runs').select('run_id').where('started_at', '>', roundStart(round)).orderBy('started_at').orderBy('run_id').execute();
  return later.map((r) => r.run_id).filter((id) => !own.has(id));
}

/** The runs named, in the order they began. */
async function ordered(db: Warehouse, ids: readonly string[]): Promise<string[]> {
  return (await db.selectFrom('runs').select('run_id').where('run_id', 'in', ids).orderBy('started_at').orderBy('run_id').execute()).map((r) => r.run_id);
}
