import { startWork, type DocumentWork } from '../core/document-work.ts';
import type { Observation, SourceDocument } from '../core/records.ts';
import { makeReject, type Reject } from '../core/reject-codes.ts';
import type { Stage, StageContext } from '../stages/stage.ts';

/** What one stage left of one document: its records and the records it rejected. */
export interface StageCount {
  readonly stage: string;
  readonly out: number;
  readonly rejected: number;
  /** How long the stage took on the document. */
  readonly seconds: number;
}

/** The outcome of the pure stages on one document. */
export interface ProcessedDocument {
  readonly accepted: readonly Observation[];
  readonly rejected: readonly Reject[];
  /** What each stage that ran left, in the pipeline's order. */
  readonly counts: readonly StageCount[];
  /** The work as the last stage left it; null when there was no document. */
  readonly work: DocumentWork | null;
  /** Set when a stage failed on the document (a defect, kept as a reject). */
  readonly failure: Reject | null;
}

/**
 * Runs a pipeline's stages on a loaded document, in order, stopping after
 * the stage named `until` when given. A stage that throws does not stop the
 * run: the document gets a STAGE_FAILED reject naming the stage and the
 * error.
 *
 * @example
 * processDocument(doc, pipeline.stages, ctx).counts[0] // → { stage: 'segment', out: 41, rejected: 0 }
 */
export function processDocument(doc: SourceDocument, stages: readonly Stage[], ctx: StageContext, until?: string): ProcessedDocument {
  let work = startWork(doc);
  let stage = stages[0]?.name ?? 'pipeline';
  const counts: StageCount[] = [];
  try {
    for (const s of stages) {
      stage = s.name;
      const rejectedBefore = work.rejected.length;
      const started = performance.now();
      work = s.run(work, ctx);
      const seconds = (performance.now() - started) / 1000;
      counts.push({ stage: s.name, out: s.count ? s.count(work) : furthestRecords(work), rejected: work.rejected.length - rejectedBefore, seconds });
      if (s.name === until) break;
    }
    return { accepted: work.accepted, rejected: work.rejected, work, failure: null, counts };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      accepted: [],
      rejected: [],
      work,
      failure: makeReject('STAGE_FAILED', doc.sourcePath, `expected the ${stage} stage to finish, got an error: ${reason}`),
      counts: [],
    };
  }
}

/** The records of the furthest step of the work that has any, for a stage that does not count its own. */
function furthestRecords(work: DocumentWork): number {
  const steps = [
    work.sentences.length,
    work.mentions.reduce((n, m) => n + m.numbers.filter((r) => r.quantity).length, 0),
    work.models.reduce((n, m) => n + m.figures.length, 0),
    work.observations.length,
    work.accepted.length,
  ];
  return steps.findLast((n) => n > 0) ?? 0;
}
