import type { SentenceMentions } from '../../core/mentions.ts';
import type { FigureNode } from '../../core/sentence-model.ts';
import { CURRENCIES } from '../../core/currencies.ts';


/**
 * The figure each figure restates, if any (parallel to `figures`): one after
 * "tương đương", "tức là" ("đạt 5,2 tỷ USD, tương đương 125.000 tỷ đồng"),
 * or an amount of money (an amount restated in another currency is the same amount) in another currency in brackets right after one
 * ("12.000 tỷ đồng (khoảng 500 triệu USD)").
 *
 * @example
 * findEquivalents(mentionsOf('đạt 5,2 tỷ USD, tương đương 125.000 tỷ đồng'), figures) // → [null, 0]
 */
export function findEquivalents(m: SentenceMentions, figures: readonly FigureNode[]): (number | null)[] {
  return figures.map((f) => {
    const previous = figures.filter((g) => g.quantity.span.end <= f.quantity.span.start).at(-1);
    if (!previous) return null;
    const qs = f.quantity.span.start;
    // the marker restates the figure before it in the same part of the sentence, with no time between it and the figure it gives:
    // "tương đương cùng kỳ năm trước; nhập khẩu đạt 4 tỷ USD" compares, and 4 tỷ USD restates nothing
    const marker = m.markers.find((k) => k.marker === 'equivalent' && k.start >= previous.quantity.span.end && k.start >= f.segmentStart && k.end <= qs);
    if (marker && !m.times.some((t) => t.start >= marker.end && t.end <= qs)) return previous.index;
    const bracketed = f.paren !== null && f.paren.start >= previous.quantity.span.end && f.paren.start - previous.quantity.span.end <= 2;
    const otherCurrency = CURRENCIES.has(f.quantity.unit) && CURRENCIES.has(previous.quantity.unit) && f.quantity.unit !== previous.quantity.unit;
    return bracketed && otherCurrency ? previous.index : null;
  });
}
