import type { Sentence, SourceDocument } from '../../core/records.ts';
import { makeReject, type Reject } from '../../core/reject-codes.ts';
import { splitLongSentence } from './split-long-sentence.ts';

/** The sentences of a document within the length limit, and a reject for each one that had to be split. */
export interface LimitedSentences {
  readonly sentences: Sentence[];
  readonly rejects: Reject[];
}

/** How much of a split sentence its reject quotes. */
const EXCERPT_CHARS = 80;

/**
 * A document's sentences with every one longer than `maxChars` split into
 * pieces (see {@link splitLongSentence}), each piece a sentence of its own
 * in the same paragraph, renumbered in order. Each split sentence leaves a
 * SENTENCE_SPLIT reject with its span, an excerpt, its length, the limit
 * and the number of pieces, so no split goes unseen.
 *
 * @example
 * limitSentenceLength(doc, segmentSentences(doc.text), 4000).rejects[0]?.message
 * // → 'expected a sentence of at most 4000 characters, got 220000; split it into 57 pieces'
 */
export function limitSentenceLength(doc: SourceDocument, sentences: readonly Sentence[], maxChars: number): LimitedSentences {
  if (sentences.every((s) => s.text.length <= maxChars)) return { sentences: [...sentences], rejects: [] };
  const out: Sentence[] = [];
  const rejects: Reject[] = [];
  for (const s of sentences) {
    if (s.text.length <= maxChars) {
      out.push(s.index === out.length ? s : { ...s, index: out.length });
      continue;
    }
    const pieces = splitLongSentence(doc.text, s.span, maxChars);
    for (const span of pieces) out.push({ index: out.length, paragraph: s.paragraph, span, text: doc.text.slice(span.start, span.end) });
    rejects.push(
      makeReject('SENTENCE_SPLIT', doc.sourcePath, `expected a sentence of at most ${maxChars} characters, got ${s.text.length}; split it into ${pieces.length} pieces`, {
        span: s.span,
        text: excerpt(s.text),
      }),
    );
  }
  return { sentences: out, rejects };
}

/** The start of a long text, cut at a code point, with an ellipsis. */
function excerpt(text: string): string {
  let end = Math.min(EXCERPT_CHARS, text.length);
  const code = text.charCodeAt(end - 1);
  if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
