import type { Reject } from '../core/reject-codes.ts';
import type { FigureCounts } from '../warehouse/write-version.ts';
import type { FileOutcome } from './apply-plan.ts';

/** A stage's totals over the documents of a run. */
export interface StageTotal {
  readonly out: number;
  readonly rejected: number;
  readonly seconds: number;
}

/** What the files of a run came to, summed as they finish (an accumulator: {@link addOutcome} changes it); the run's summary is made from it. */
export interface RunTally {
  /** Files by what became of them (`rejected` counts the files in `rejectedFiles`). */
  files: Record<FileOutcome['kind'], number>;
  rejectedFiles: Reject[];
  accepted: number;
  warned: number;
  rejected: number;
  figures: FigureCounts;
  loadNotes: Array<{ readonly path: string; readonly note: string }>;
  /** By the pipeline's stage names, in the pipeline's order. */
  stages: Map<string, StageTotal>;
  loadSeconds: number;
  writeSeconds: number;
}

/**
 * A tally with nothing counted yet, for a pipeline with `stageNames`.
 *
 * @example
 * emptyTally(['segment', 'extract']).files.stored // → 0
 */
export function emptyTally(stageNames: readonly string[]): RunTally {
  return {
    files: { stored: 0, updated: 0, unchanged: 0, renamed: 0, duplicate: 0, rejected: 0 },
    rejectedFiles: [],
    accepted: 0,
    warned: 0,
    rejected: 0,
    figures: { new: 0, same: 0, revised: 0, reclassified: 0, retracted: 0 },
    loadNotes: [],
    stages: new Map(stageNames.map((s) => [s, { out: 0, rejected: 0, seconds: 0 }])),
    loadSeconds: 0,
    writeSeconds: 0,
  };
}

/**
 * Adds one file's outcome to the tally, in place. A run adds each outcome
 * as it arrives and keeps only the tally: the outcomes of tens of thousands
 * of files, each with its stage counts, would otherwise be held to the end
 * (about 0.7 KB a file). In place because a copy per file would make a run
 * with many rejects quadratic. Stages the tally does not know are added
 * after those it does.
 *
 * @example
 * const t = emptyTally([]); addOutcome(t, { kind: 'unchanged', path: 'a.txt' }); t.files.unchanged // → 1
 */
export function addOutcome(t: RunTally, o: FileOutcome): void {
  t.files[o.kind]++;
  if (o.kind === 'rejected') t.rejectedFiles.push(o.reject);
  if (o.kind !== 'stored' && o.kind !== 'updated') return;
  for (const c of o.stages) {
    const s = t.stages.get(c.stage) ?? { out: 0, rejected: 0, seconds: 0 };
    t.stages.set(c.stage, { out: s.out + c.out, rejected: s.rejected + c.rejected, seconds: s.seconds + c.seconds });
  }
  const f = t.figures;
  t.figures = {
    new: f.new + o.figures.new,
    same: f.same + o.figures.same,
    revised: f.revised + o.figures.revised,
    reclassified: f.reclassified + o.figures.reclassified,
    retracted: f.retracted + o.figures.retracted,
  };
  t.accepted += o.accepted;
  t.warned += o.warned;
  t.rejected += o.rejected;
  for (const note of o.notes) t.loadNotes.push({ path: o.path, note });
  t.loadSeconds += o.loadSeconds;
  t.writeSeconds += o.writeSeconds;
}
