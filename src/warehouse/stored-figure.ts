// The records of a reading as the warehouse stores them. They live apart
// from the writer (write-version.ts) so that a worker thread, which shapes
// them, does not load the database modules.
import type { Evidence, Severity } from '../core/validation.ts';
import type { Observation } from '../core/records.ts';
import type { FigureFacts } from '../revisions/match-figures.ts';

/** A figure as the warehouse stores it, from a fresh reading or from a stored version. */
export interface StoredFigure extends FigureFacts {
  readonly unitMult: number;
  readonly end: number;
  /** The value as decimal text when a double cannot hold it exactly; else null. */
  readonly valueExact: string | null;
  readonly valueHighExact: string | null;
}

/** A finding of a validation rule as the warehouse keeps it. */
export interface StoredFinding {
  /** The accepted figure's position in `figures`; null for a quarantined one. */
  readonly seq: number | null;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly evidence: Evidence;
}

/**
 * The figures of a reading, as the warehouse stores them.
 *
 * @example
 * storedFigure(observation).start // → observation.span.start
 */
export function storedFigure(o: Observation): StoredFigure {
  return {
    text: o.text, value: o.value, valueHigh: o.valueHigh, unit: o.unit, unitMult: o.unitMult, period: o.period, basePeriod: o.basePeriod,
    region: o.region, indicator: o.indicator, qualifier: o.qualifier, status: o.status, sentence: o.sentence, sentenceIndex: o.sentenceIndex,
    sentenceStart: o.sentenceStart, start: o.span.start, end: o.span.end, valueExact: o.valueExact ?? null, valueHighExact: o.valueHighExact ?? null,
  };
}
