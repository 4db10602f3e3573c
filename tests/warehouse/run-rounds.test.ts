import { describe, expect, it } from 'vitest';
import { runRounds, type RoundRun } from '../../src/warehouse/run-rounds.ts';

const run = (id: string, minute: number, shard: string | null): RoundRun => {
  const [index, count] = shard ? shard.split('/').map(Number) : [];
  return { run_id: id, started_at: `2026-12-03T08:${String(minute).padStart(2, '0')}:00.000Z`, counts: JSON.stringify({ shard: shard ? { index, count } : null }) };
};

describe('runRounds', () => {
  it('groups the shards of one split into one round, in the order the runs began', () => {
    const rounds = runRounds([
      run('w1', 0, null),
      run('s2', 2, '2/2'), run('s1', 1, '1/2'),
      // a second run of shard 1/2 begins the next round
      run('t1', 3, '1/2'), run('t2', 4, '2/2'),
      // a split of another size, then a whole run
      run('u1', 5, '1/3'), run('w2', 6, null), run('v1', 7, '1/3'),
    ]);
    expect(rounds.map((r) => r.map((x) => x.run_id))).toEqual([['w1'], ['s1', 's2'], ['t1', 't2'], ['u1'], ['w2'], ['v1']]);
  });

  it('takes a run whose counts say nothing of shards (or none at all) as a whole run', () => {
    const old = { run_id: 'old', started_at: '2026-11-01T00:00:00.000Z', counts: null };
    const unread = { run_id: 'odd', started_at: '2026-11-02T00:00:00.000Z', counts: '{not json' };
    expect(runRounds([unread, old]).map((r) => r.map((x) => x.run_id))).toEqual([['old'], ['odd']]);
  });
});
