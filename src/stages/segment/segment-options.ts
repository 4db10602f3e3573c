/**
 * The default longest sentence, in UTF-16 code units. The longest sentence
 * of the development corpus has 711 characters and flattened table rows of
 * real reports reach a few thousand, so 4000 splits none of them; yet every
 * observation carries its sentence, so the limit is also what bounds the
 * output of a document to a constant times its length.
 */
export const DEFAULT_MAX_SENTENCE_CHARS = 4000;

/** Options of the segment stage, as a pipeline gives them. */
export interface SegmentOptions {
  /** Sentences longer than this are split into pieces (SENTENCE_SPLIT); {@link DEFAULT_MAX_SENTENCE_CHARS} by default. */
  readonly maxSentenceChars?: number;
}

/** Options of the segment stage with every default filled in and checked. */
export interface SegmentOptionsNormalized {
  readonly maxSentenceChars: number;
}

/**
 * The segment stage's options, defaults filled in; throws on a limit that
 * is not an integer of at least 2 (a piece must hold a surrogate pair).
 *
 * @example
 * normaliseSegmentOptions({}) // → { maxSentenceChars: 4000 }
 */
export function normaliseSegmentOptions(options: SegmentOptions = {}): SegmentOptionsNormalized {
  const maxSentenceChars = options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS;
  if (!Number.isInteger(maxSentenceChars) || maxSentenceChars < 2) {
    throw new Error(`expected maxSentenceChars to be an integer of at least 2, got ${maxSentenceChars}`);
  }
  return { maxSentenceChars };
}
