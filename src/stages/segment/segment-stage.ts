import type { Stage } from '../stage.ts';
import { limitSentenceLength } from './limit-sentence-length.ts';
import { normaliseSegmentOptions, type SegmentOptions, type SegmentOptionsNormalized } from './segment-options.ts';
import { segmentSentences } from './segment-sentences.ts';

/** A segment stage, with the options it was made with (a pipeline's settings can remake it with others). */
export interface SegmentStage extends Stage {
  readonly name: 'segment';
  readonly options: SegmentOptionsNormalized;
}

/**
 * A segment stage: the document's text into paragraphs and sentences, every
 * sentence longer than `maxSentenceChars` split into pieces, each split
 * recorded as a SENTENCE_SPLIT reject.
 *
 * @example
 * createSegmentStage({ maxSentenceChars: 2000 }).options.maxSentenceChars // → 2000
 */
export function createSegmentStage(options: SegmentOptions = {}): SegmentStage {
  const o = normaliseSegmentOptions(options);
  return {
    name: 'segment',
    options: o,
    run: (work) => {
      const { sentences, rejects } = limitSentenceLength(work.document, segmentSentences(work.document.text), o.maxSentenceChars);
      return { ...work, sentences, rejected: rejects.length === 0 ? work.rejected : [...work.rejected, ...rejects] };
    },
    count: (work) => work.sentences.length,
  };
}

/**
 * Whether a stage is a segment stage made by {@link createSegmentStage}.
 *
 * @example
 * isSegmentStage(segmentStage) // → true
 */
export function isSegmentStage(stage: Stage): stage is SegmentStage {
  return stage.name === 'segment' && typeof (stage as Partial<SegmentStage>).options?.maxSentenceChars === 'number';
}

/** The segment stage with the default sentence limit. */
export const segmentStage: SegmentStage = createSegmentStage();
