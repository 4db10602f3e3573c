import { startWork, type DocumentWork } from '../core/document-work.ts';
import type { Observation, SourceDocument } from '../core/records.ts';
import { makeReject, type Reject } from '../core/reject-codes.ts';
import type { Stage, StageContext } from '../stages/stage.ts';

/** Counts one document contributes to each stage's totals. */
export interface DocumentCounts {
  readonly sentences: number;
  readonly quantities: number;
  readonly observations: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** The outcome of the pure stages on one document. */
export interface ProcessedDocument {
  readonly accepted: readonly Observation[];
  readonly rejected: readonly Reject[];
  readonly counts: DocumentCounts;
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
 * processDocument(doc, pipeline.stages, ctx).counts // → { sentences: 41, quantities: 43, … }
 */
export function processDocument(doc: SourceDocument, stages: readonly Stage[], ctx: StageContext, until?: string): ProcessedDocument {
  let work = startWork(doc);
  let stage = stages[0]?.name ?? 'pipeline';
  try {
    for (const s of stages) {
      stage = s.name;
      work = s.run(work, ctx);
      if (s.name === until) break;
    }
    return { accepted: work.accepted, rejected: work.rejected, work, failure: null, counts: countsOf(work) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      accepted: [],
      rejected: [],
      work,
      failure: makeReject('STAGE_FAILED', doc.sourcePath, `expected the ${stage} stage to finish, got an error: ${reason}`),
      counts: { sentences: 0, quantities: 0, observations: 0, accepted: 0, rejected: 0 },
    };
  }
}

function countsOf(work: DocumentWork): DocumentCounts {
  return {
    sentences: work.sentences.length,
    quantities: work.mentions.reduce((n, m) => n + m.numbers.filter((r) => r.quantity).length, 0),
    observations: work.observations.length,
    accepted: work.accepted.length,
    rejected: work.rejected.length,
  };
}
