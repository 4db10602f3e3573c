import type { Quantity } from '../../../core/records.ts';
import type { FigureNode, SentenceModel } from '../../../core/sentence-model.ts';
import type { CheckHit } from '../../../core/validation.ts';
import type { Check } from '../check.ts';
import { figureObservations, involvesRuleIndicator } from './figure-observations.ts';
import { formatNumber } from './format-number.ts';

/** Percentage points the stated percentage may be off the fraction by when the rule gives no `tolerance`: the rounding to a whole percent a text uses. */
const DEFAULT_TOLERANCE = 1;

/** How the extractor records a fraction it read ("03/12 mục tiêu"): the quantity is the count, the reading names the whole. */
const FRACTION_READING = /read as (\d+) of (\d+)$/;

/**
 * `fraction_percent`: a count stated as a fraction of a total ("đạt 03/12
 * mục tiêu", "9/12 ngành") and the percentage stated of the same thing in
 * the same sentence ("…, đạt 25%", "…, chiếm 75%", "9/12 ngành (75%)",
 * "đạt 75% (9/12 ngành)") agree: |100·a/b − p| ≤ `tolerance` percentage
 * points (default 1). The percentage is flagged, with the fraction in
 * `others`.
 *
 * The whole is the one the extractor read with the count (the quantity's
 * reading "read as 3 of 12"); the sentence is not read again. A percentage
 * belongs to the fraction when it stands in brackets right after it (or
 * the fraction in brackets right after it), or is the next figure in the
 * same part of the sentence with no word of change before it (not "tăng
 * 25%"), no whole named after it (not "đạt 25% kế hoạch") and no indicator
 * named between the two (not "9/12 mục tiêu, tỷ lệ hộ nghèo còn 2%").
 *
 * Limits: a fraction written in words ("3 trên 12 chỉ tiêu") or one the
 * extractor reads as a date is no fraction here; a percentage in another
 * sentence is not compared.
 *
 * @example
 * fractionPercent({ work: extractFromText('Tỉnh đạt 03/12 mục tiêu, đạt 40%.', …).work, … }, rule)
 * // → [{ observation: 1, others: [0], message: 'expected 25% (03/12 mục: 3 of 12) within 1 percentage point, got 40%' }]
 */
export const fractionPercent: Check = ({ work }, rule) => {
  const tolerance = rule.params['tolerance'] ?? DEFAULT_TOLERANCE;
  const observationOf = figureObservations(work);
  const hits: CheckHit[] = [];
  work.models.forEach((model, mi) => {
    for (const f of model.figures) {
      const fraction = fractionOf(f.quantity);
      if (!fraction || fraction.whole === 0) continue;
      const p = statedPercent(model, f);
      if (!p) continue;
      const fi = observationOf[mi]![f.index];
      const pi = observationOf[mi]![p.index];
      if (fi == null || pi == null || !involvesRuleIndicator(work, rule, [fi, pi])) continue;
      const expected = (100 * fraction.part) / fraction.whole;
      const got = work.observations[pi]!;
      if (Math.abs(Math.abs(got.value) - expected) <= tolerance) continue;
      hits.push({
        observation: pi,
        others: [fi],
        message: `expected ${formatNumber(expected)}% (${work.observations[fi]!.text}: ${fraction.part} of ${fraction.whole}) within ${formatNumber(tolerance)} percentage point${tolerance === 1 ? '' : 's'}, got ${got.text}`,
      });
    }
  });
  return hits;
};

/** The count and the whole of a fraction the extractor read, or null for any other quantity. */
function fractionOf(q: Quantity): { part: number; whole: number } | null {
  if (q.kind !== 'count' || q.reading === null) return null;
  const m = FRACTION_READING.exec(q.reading);
  return m ? { part: Number(m[1]), whole: Number(m[2]) } : null;
}

/** The one percentage stated of the fraction `f`, if the sentence's structure gives exactly one. */
function statedPercent(model: SentenceModel, f: FigureNode): FigureNode | null {
  const isPercent = (g: FigureNode | undefined): g is FigureNode => g !== undefined && g.quantity.unit === '%' && g.quantity.valueHigh === null;
  const bracketed = model.figures.filter((g) => g.host === f.index && isPercent(g));
  if (bracketed.length > 0) return bracketed.length === 1 ? bracketed[0]! : null;
  if (f.host !== null) {
    const host = model.figures[f.host];
    return isPercent(host) && !isChange(host) ? host : null;
  }
  const next = model.figures[f.index + 1];
  if (!isPercent(next) || next.paren !== null || f.paren !== null || next.segmentStart !== f.segmentStart) return null;
  if (isChange(next) || next.percentOf || next.series !== null) return null;
  const between = (x: { start: number; end: number }): boolean => x.start >= f.quantity.span.end && x.end <= next.quantity.span.start;
  if (model.mentions.concepts.some((c) => c.codes.length > 0 && between(c))) return null;
  return next;
}

/** A figure stated as a change ("tăng 25%", "giảm 3%"), not a level. */
function isChange(g: FigureNode): boolean {
  return g.change === 'up' || g.change === 'down' || g.change === 'deficit';
}
