import { createHash } from 'node:crypto';
import type { NumberReading } from '../core/mentions.ts';
import type { SourceDocument } from '../core/records.ts';
import { makeReject } from '../core/reject-codes.ts';
import { parseDocumentBytes } from '../stages/load/read-document.ts';
import type { Stage, StageContext } from '../stages/stage.ts';
import { processDocument, type ProcessedDocument } from './process-document.ts';

/** Options for reading a text given directly (standard input, tests). */
export interface TextSource {
  readonly name: string;
  readonly published?: string | null;
}

/**
 * A {@link SourceDocument} from a string, through the same loader rules as
 * a file (NFC, cleaning), named `name`.
 *
 * @example
 * documentFromText('GRDP tăng 7%', { name: 'stdin' }).text // → 'GRDP tăng 7%'
 */
export function documentFromText(text: string, source: TextSource): SourceDocument | null {
  const bytes = Buffer.from(text, 'utf8');
  const parsed = parseDocumentBytes(`${source.name}.txt`, bytes, { published: source.published ?? null });
  if (!parsed.ok) return null;
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return { sourcePath: source.name, docId: source.name, contentHash, byteSize: bytes.length, text: parsed.text, meta: parsed.meta };
}

/**
 * Runs a pipeline's stages on a string: its accepted observations and the
 * quarantined ones. An empty text has none.
 *
 * @example
 * extractFromText('Tăng trưởng GRDP năm 2023 đạt trên 11%', stages, ctx, { name: 'stdin' }).accepted[0].value // → 11
 */
export function extractFromText(text: string, stages: readonly Stage[], ctx: StageContext, source: TextSource, until?: string): ProcessedDocument {
  const doc = documentFromText(text, source);
  if (!doc) {
    return {
      accepted: [],
      rejected: [],
      work: null,
      failure: text.trim() === '' ? null : makeReject('FILE_NO_TEXT', source.name, 'expected text, got none'),
      counts: [],
    };
  }
  return processDocument(doc, stages, ctx, until);
}

/**
 * Every number read in a string by the pipeline's own stages up to its
 * extract stage, whether or not it became an observation, with what it was
 * judged to be and why (document offsets).
 *
 * @example
 * numbersInText('Nghị quyết 23-NQ/TW ngày 22/3/2018', stages, ctx).map((n) => n.kind)
 * // → ['document_number', 'date']
 */
export function numbersInText(text: string, stages: readonly Stage[], ctx: StageContext): NumberReading[] {
  const work = extractFromText(text, stages, ctx, { name: 'stdin' }, 'extract').work;
  if (!work) return [];
  // every span, the number's and its quantity's, in offsets of the whole text
  return work.mentions.flatMap((m) => {
    const at = m.sentence.span.start;
    const shift = (s: { start: number; end: number }) => ({ start: s.start + at, end: s.end + at });
    return m.numbers.map((n) => ({
      ...n,
      span: shift(n.span),
      ...(n.quantity ? { quantity: { ...n.quantity, span: shift(n.quantity.span), numberSpan: shift(n.quantity.numberSpan) } } : {}),
    }));
  });
}
