import pipeline from '../../pipelines/reports.ts';
import type { NumberReading } from '../../src/core/mentions.ts';
import type { Qualifier } from '../../src/core/records.ts';
import { extractFromText, numbersInText } from '../../src/pipeline/extract-text.ts';
import { createExtractStage } from '../../src/stages/extract/extract-stage.ts';
import type { NumberConvention } from '../../src/stages/extract/parse-digit-number.ts';
import { readNumbers } from '../../src/stages/extract/read-numbers.ts';
import type { Stage } from '../../src/stages/stage.ts';
import { ctx, taxonomy } from './taxonomy.ts';

/** One number as solieu read it: its text and its full value (scale words and sign applied). */
export interface ReadNumber {
  readonly text: string;
  readonly value: number | null;
  readonly kind: NumberReading['kind'];
}

/** The figure of an observation that the peer tests compare. */
export interface ReadFigure {
  readonly value: number;
  readonly valueHigh: number | null;
  readonly unit: string;
  readonly qualifier: Qualifier | null;
}

/** The default pipeline with its extract stage told the document's number convention. */
function stagesFor(convention: NumberConvention | undefined): readonly Stage[] {
  if (convention === undefined) return pipeline.stages;
  return pipeline.stages.map((s) => (s.name === 'extract' ? createExtractStage({ convention }) : s));
}

function fromReading(r: NumberReading): ReadNumber {
  return { text: r.text, value: r.quantity ? r.quantity.value : r.value, kind: r.kind };
}

/**
 * Every number `solieu extract --numbers` reads in a text (the product's
 * own path: `numbersInText` with the default pipeline).
 *
 * @example
 * numbersOf('hai mươi mốt') // → [{ text: 'hai mươi mốt', value: 21, kind: 'bare' }]
 */
export function numbersOf(text: string): ReadNumber[] {
  return numbersInText(text, pipeline.stages, ctx).map(fromReading);
}

/**
 * The numbers of one sentence read with a given convention (`readNumbers`),
 * for texts that state theirs, such as NeMo's "." decimal point.
 *
 * @example
 * numbersWith('60.24', 'en') // → [{ text: '60.24', value: 60.24, kind: 'bare' }]
 */
export function numbersWith(sentence: string, convention: NumberConvention): ReadNumber[] {
  return readNumbers(sentence, { convention, units: taxonomy.units }).map(fromReading);
}

/**
 * The accepted observations of a text through every stage (`extractFromText`,
 * what `solieu extract` prints), optionally with the convention forced.
 *
 * @example
 * figuresOf('10.000 đồng') // → [{ value: 10000, valueHigh: null, unit: 'VND', qualifier: null }]
 */
export function figuresOf(text: string, convention?: NumberConvention): ReadFigure[] {
  const processed = extractFromText(text, stagesFor(convention), ctx, { name: 'peer' });
  return processed.accepted.map((o) => ({ value: o.value, valueHigh: o.valueHigh, unit: o.unit, qualifier: o.qualifier }));
}
