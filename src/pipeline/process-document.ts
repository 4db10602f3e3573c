import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { PipelineStages } from './define-pipeline.ts';
import type { Observation, SourceDocument } from '../core/records.ts';
import { makeReject, type Reject } from '../core/reject-codes.ts';

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
  /** Set when a stage failed on the document (a defect, kept as a reject). */
  readonly failure: Reject | null;
}

/**
 * Runs the pure stages on a loaded document: segment, extract, normalise,
 * validate. A stage that throws does not stop the run: the document gets a
 * STAGE_FAILED reject naming the stage and the error.
 *
 * @example
 * processDocument(doc, pipeline.stages, taxonomy).counts // → { sentences: 41, quantities: 43, … }
 */
export function processDocument(doc: SourceDocument, stages: PipelineStages, taxonomy: Taxonomy, knownUnits: ReadonlySet<string>): ProcessedDocument {
  let stage = 'segment';
  try {
    const sentences = stages.segment(doc.text);
    stage = 'extract';
    const quantities = stages.extract(doc.text, sentences, { units: taxonomy.units });
    stage = 'normalise';
    const observations = stages.normalise(doc, sentences, quantities, { taxonomy });
    stage = 'validate';
    const { accepted, rejected } = stages.validate(observations, { indicators: taxonomy.indicators.indicators, knownUnits });
    return {
      accepted,
      rejected,
      failure: null,
      counts: { sentences: sentences.length, quantities: quantities.length, observations: observations.length, accepted: accepted.length, rejected: rejected.length },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      accepted: [],
      rejected: [],
      failure: makeReject('STAGE_FAILED', doc.sourcePath, `expected the ${stage} stage to finish, got an error: ${reason}`),
      counts: { sentences: 0, quantities: 0, observations: 0, accepted: 0, rejected: 0 },
    };
  }
}
