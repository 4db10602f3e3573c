import type { Quantity, Sentence } from '../../core/records.ts';
import type { UnitTable } from '../../taxonomy/unit-table.ts';
import { detectNumberConvention } from './detect-number-convention.ts';
import type { NumberConvention } from './parse-digit-number.ts';
import { readNumbers, type NumberReading } from './read-numbers.ts';

/** A quantity with the sentence it was read in (document offsets). */
export interface SentenceQuantity {
  readonly sentence: Sentence;
  readonly quantity: Quantity;
}

/** Every number of a sentence as read, with document offsets. */
export interface SentenceNumbers {
  readonly sentence: Sentence;
  readonly numbers: readonly NumberReading[];
}

/** Options of the extract stage. */
export interface ExtractOptions {
  readonly units: UnitTable;
  /** Force a number convention instead of detecting it per document. */
  readonly convention?: NumberConvention;
}

/**
 * Reads every number of a document's sentences: the quantities with their
 * units, and what each other number is (date, year, document number…).
 * Offsets are moved from the sentence to the document.
 *
 * @example
 * readDocumentNumbers('GRDP tăng 7,5%.', segmentSentences('GRDP tăng 7,5%.'), { units })[0].numbers[0].kind
 * // → 'quantity'
 */
export function readDocumentNumbers(text: string, sentences: readonly Sentence[], options: ExtractOptions): SentenceNumbers[] {
  const convention = options.convention ?? detectNumberConvention(text).convention;
  return sentences.map((sentence) => {
    const offset = sentence.span.start;
    const numbers = readNumbers(sentence.text, { convention, units: options.units }).map((r) => shiftReading(r, offset));
    return { sentence, numbers };
  });
}

/**
 * The quantities of a document, in order: the extract stage.
 *
 * @example
 * extractQuantities(text, sentences, { units }).map((q) => q.quantity.text)
 * // → ['trên 11%', '315.839 tỷ đồng', …]
 */
export function extractQuantities(text: string, sentences: readonly Sentence[], options: ExtractOptions): SentenceQuantity[] {
  return readDocumentNumbers(text, sentences, options).flatMap(({ sentence, numbers }) =>
    numbers.flatMap((n) => (n.quantity ? [{ sentence, quantity: n.quantity }] : [])),
  );
}

function shiftReading(r: NumberReading, offset: number): NumberReading {
  const span = { start: r.span.start + offset, end: r.span.end + offset };
  if (!r.quantity) return { ...r, span };
  const q = r.quantity;
  return {
    ...r,
    span,
    quantity: {
      ...q,
      span: { start: q.span.start + offset, end: q.span.end + offset },
      numberSpan: { start: q.numberSpan.start + offset, end: q.numberSpan.end + offset },
    },
  };
}
