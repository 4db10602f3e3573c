import type { Warehouse } from './database.ts';

/** A run as {@link runRounds} groups it. */
export interface RoundRun {
  readonly run_id: string;
  readonly started_at: string;
  /** The run's counts as `finishRun` recorded them: JSON with `shard` ({ index, count } or null). */
  readonly counts: string | null;
}

/**
 * Completed runs grouped into the runs users started as one: a whole run
 * is a round of its own; the shards of a run split in n (`--shard i/n`)
 * make one round, each shard once, until a whole run, a split of another
 * n, or a second run of a shard already in the round begins the next.
 * Runs are taken in the order they began (ties by id); rounds come in that
 * order too.
 *
 * @example
 * runRounds([whole, shard1of2, shard2of2]).map((r) => r.length) // → [1, 2]
 */
export function runRounds<R extends RoundRun>(runs: readonly R[]): R[][] {
  const ordered = [...runs].sort((a, b) => (a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0));
  const rounds: R[][] = [];
  let open: { count: number; shards: Set<number>; runs: R[] } | null = null;
  for (const run of ordered) {
    const shard = shardOf(run.counts);
    if (shard === null) {
      open = null;
      rounds.push([run]);
      continue;
    }
    if (open === null || open.count !== shard.count || open.shards.has(shard.index)) {
      open = { count: shard.count, shards: new Set(), runs: [] };
      rounds.push(open.runs);
    }
    open.shards.add(shard.index);
    open.runs.push(run);
  }
  return rounds;
}

/**
 * The completed runs of the warehouse, in rounds ({@link runRounds}).
 *
 * @example
 * (await completedRounds(db)).at(-1)?.map((r) => r.run_id) // → ['20261203T…-1', '20261203T…-2'] (the last run, in two shards)
 */
export async function completedRounds(db: Warehouse): Promise<RoundRun[][]> {
  const runs = await db.selectFrom('runs').select(['run_id', 'started_at', 'counts']).where('status', '=', 'completed').execute();
  return runRounds(runs);
}

/**
 * The ids of the runs of the latest completed round: the latest run, or
 * every shard of it; empty before any run completed.
 *
 * @example
 * await latestRound(db) // → ['20261203T…-1', '20261203T…-2']
 */
export async function latestRound(db: Warehouse): Promise<string[]> {
  return ((await completedRounds(db)).at(-1) ?? []).map((r) => r.run_id);
}

/** The latest start of a round's runs. */
export function roundStart(round: ReadonlyArray<Pick<RoundRun, 'started_at'>>): string {
  return round.reduce((a, r) => (r.started_at > a ? r.started_at : a), '');
}

/** The shard a run's counts record, null for a whole run (or counts from before shards). */
function shardOf(counts: string | null): { index: number; count: number } | null {
  if (counts === null) return null;
  try {
    const shard = (JSON.parse(counts) as { shard?: { index?: unknown; count?: unknown } | null }).shard;
    return shard && typeof shard.index === 'number' && typeof shard.count === 'number' ? { index: shard.index, count: shard.count } : null;
  } catch {
    return null;
  }
}
