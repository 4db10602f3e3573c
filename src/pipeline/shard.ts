import type { FilePlan, RunPlan } from './plan-run.ts';

/** One of `count` runs that share an input: `--shard index/count`, 1-based. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Reads `--shard i/n`: the i-th of n runs over one input (1 ≤ i ≤ n).
 *
 * @example
 * parseShard('2/4')  // → { ok: true, shard: { index: 2, count: 4 } }
 * parseShard('5/4')  // → { ok: false, error: 'expected i/n with 1 ≤ i ≤ n, got 5/4' }
 */
export function parseShard(text: string): { ok: true; shard: Shard } | { ok: false; error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > 10_000) return { ok: false, error: `expected i/n with 1 ≤ i ≤ n, got ${text}` };
  return { ok: true, shard: { index, count } };
}

/**
 * The part of a run's plan a shard carries out. Every shard plans the
 * whole input (each sees every file, so renames, copies and missing
 * reports are told apart as one run would), then takes what belongs to
 * its reports: a report belongs to the shard its id hashes to, so all
 * that happens to one report (a new version, a rename, its copies, its
 * going missing) happens in one shard, and no two shards write the same
 * report. A copy goes with the report it copies; a file refused before it
 * had a report, with its path. The files are split by report id, not
 * counted off in turn, so an updated input keeps each report in the same
 * shard.
 *
 * @example
 * shardPlan(plan, { index: 1, count: 4 }).files.length // → about a quarter of plan.files
 */
export function shardPlan(plan: RunPlan, shard: Shard): RunPlan {
  if (shard.count === 1) return plan;
  const ours = (key: string): boolean => inShard(key, shard);
  const docOfPath = new Map(plan.files.flatMap((p) => (p.kind !== 'duplicate' && p.kind !== 'reject' ? [[p.report.path, p.report.docId] as const] : [])));
  const keyOf = (p: FilePlan): string => {
    if (p.kind === 'reject') return p.path;
    if (p.kind === 'duplicate') return docOfPath.get(p.of) ?? p.of;
    return p.report.docId;
  };
  return { files: plan.files.filter((p) => ours(keyOf(p))), missing: plan.missing.filter((r) => ours(r.docId)) };
}

/**
 * Whether a path belongs to a shard, for what is refused before any
 * report is read (files of the listing, manifest rows): by the same hash
 * as {@link shardPlan}.
 *
 * @example
 * inShard('a/b.txt', { index: 1, count: 1 }) // → true
 */
export function inShard(key: string, shard: Shard): boolean {
  return shard.count === 1 || hash32(key) % shard.count === shard.index - 1;
}

/** FNV-1a over the UTF-16 code units: the same split in every process, on every machine. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
