import { describe, expect, it } from 'vitest';
import { makeReject } from '../../src/core/reject-codes.ts';
import type { FileOutcome } from '../../src/pipeline/apply-plan.ts';
import { addOutcome, emptyTally } from '../../src/pipeline/run-tally.ts';

const stored = (path: string, accepted: number, notes: string[] = []): FileOutcome => ({
  kind: 'stored',
  path,
  accepted,
  warned: 1,
  rejected: 2,
  figures: { new: accepted, same: 0, revised: 1, reclassified: 0, retracted: 3 },
  stages: [
    { stage: 'segment', out: 10, rejected: 0, seconds: 0.5 },
    { stage: 'extract', out: accepted + 2, rejected: 2, seconds: 1.25 },
  ],
  loadSeconds: 0.25,
  writeSeconds: 0.125,
  notes,
});

describe('addOutcome', () => {
  it('sums the figures, stages and times of stored files and counts the rest by kind', () => {
    const t = emptyTally(['segment', 'extract']);
    addOutcome(t, stored('a.txt', 5, ['read as HTML']));
    addOutcome(t, { kind: 'unchanged', path: 'b.txt' });
    addOutcome(t, stored('c.txt', 7));
    addOutcome(t, { kind: 'rejected', path: 'd.txt', reject: makeReject('FILE_EMPTY', 'd.txt', 'expected text, got 0 bytes') });
    addOutcome(t, { kind: 'duplicate', path: 'e.txt' });
    expect(t.files).toEqual({ stored: 2, updated: 0, unchanged: 1, renamed: 0, duplicate: 1, rejected: 1 });
    expect([t.accepted, t.warned, t.rejected]).toEqual([12, 2, 4]);
    expect(t.figures).toEqual({ new: 12, same: 0, revised: 2, reclassified: 0, retracted: 6 });
    expect([...t.stages]).toEqual([
      ['segment', { out: 20, rejected: 0, seconds: 1 }],
      ['extract', { out: 16, rejected: 4, seconds: 2.5 }],
    ]);
    expect([t.loadSeconds, t.writeSeconds]).toEqual([0.5, 0.25]);
    expect(t.loadNotes).toEqual([{ path: 'a.txt', note: 'read as HTML' }]);
    expect(t.rejectedFiles.map((r) => r.sourcePath)).toEqual(['d.txt']);
  });

  it('adds a stage the tally did not name after those it did', () => {
    const t = emptyTally(['extract']);
    addOutcome(t, stored('a.txt', 1));
    expect([...t.stages.keys()]).toEqual(['extract', 'segment']);
  });
});
