import type { Quantity } from '../../core/records.ts';
import type { AliasMention, IndicatorTable } from '../../taxonomy/indicator-table.ts';
import { isStatedChange } from '../extract/find-sign.ts';
import { matchKey } from '../../core/match-key.ts';
import { clauseBounds, segmentStart } from './clause-bounds.ts';
import { wordsBetween } from './words-between.ts';

/** Words that make a percentage a rate of change (needed for `*.growth`). */
const RATE_WORDS = /(?:tăng|giảm|tốc độ|lạm phát|âm|sụt)/u;
/** A percentage of a plan or of a total is neither a growth rate nor a level. */
const PERCENT_OF = /^\s*(?:(?:so với\s+)?(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|kh\b)|cùng kỳ|tổng)/u;
/** Units of counted things: their concept may follow them ("1.800 doanh nghiệp thành lập mới"). */
const COUNTED = new Set(['enterprise', 'project', 'visitor', 'person', 'household', 'count']);

/**
 * The indicator code of a figure, from the concept its sentence names and
 * the figure's unit: the alias right after a share or rank ("73% hồ sơ …
 * trực tuyến", "thứ 3 … thu hút FDI"), else the nearest alias before it.
 * The alias's candidate codes are narrowed by unit family, plausible range
 * and, for growth rates, by a word of change and a year-on-year base
 * (`shortBase` is set for a change on the previous month or quarter). A
 * sentence that names no concept before the figure takes `carried`, the
 * concept the sentence before it ended on; a part of a sentence led by a
 * region (`regionLed`) takes the concept of the part before. When no single code is left,
 * the figure stays unclassified, since a wrong code is worse than none.
 *
 * @example
 * classifyIndicator('Tăng trưởng GRDP năm 2023 đạt trên 11%', q, 31, 39, table) // → 'gdp.growth'
 */
export function classifyIndicator(
  sentence: string,
  q: Quantity,
  qs: number,
  qe: number,
  table: IndicatorTable,
  shortBase = false,
  carried: AliasMention | null = null,
  regionLed = false,
): string | null {
  const aliases = table.findAliases(sentence);
  const key = matchKey(sentence);
  const clause = clauseBounds(sentence, qs);
  let alias: AliasMention | undefined;
  if (q.unit === '%' || q.unit === 'rank' || COUNTED.has(q.unit)) {
    const reach = COUNTED.has(q.unit) ? 2 : 3;
    // after the number itself: the concept may begin inside the unit's words ("1.800 doanh nghiệp thành lập mới")
    const numberEnd = qs + (q.numberSpan.end - q.span.start);
    alias = aliases.find((a) => a.start >= numberEnd && a.end > qe && a.start < clause.end && wordsBetween(key, qe, a.start) <= reach && a.codes.length > 0);
  }
  // the part of the sentence the figure is in (after the last ";" or ":")
  const segment = segmentStart(sentence, qs);
  alias ??= aliases.filter((a) => a.end <= qs && a.start >= segment).at(-1);
  // "…mức tăng trưởng của cả nước đạt 2-3%; Hà Nội tăng 3,98%": a part that
  // opens with a region states the same concept for that region
  if (!alias && regionLed) alias = aliases.filter((a) => a.end <= segment).at(-1);
  // a sentence that names no concept before the figure continues the one before it
  if (!alias && carried) alias = { ...carried, start: 0, end: 0 };
  if (!alias || alias.codes.length === 0) return null;
  // A part, a market or a partner named in the figure's clause, or after the
  // concept in its part of the sentence ("khu vực kinh tế trong nước nhập siêu
  // …", "Hoa Kỳ là thị trường xuất khẩu … 89,4 tỷ USD"), makes the figure a
  // breakdown, whatever broader concept stands nearer.
  const breakdown = (a: AliasMention): boolean =>
    a.codes.length === 0 && a.end <= qs && (a.start >= Math.max(segment, alias!.start) || a.start >= clause.start);
  if (aliases.some(breakdown)) return null;

  const after = key.slice(qe);
  const change = isStatedChange(key, 0, qs);
  // the words that say what the figure is: the alias and what stands before it, up to the figure
  const lead = key.slice(Math.max(0, Math.min(alias.start, qs) - 40), Math.max(qs, alias.start));
  const candidates = alias.codes.filter((code) => {
    const ind = table.indicators.get(code);
    if (!ind || !ind.units.includes(q.unit)) return false;
    if (q.valueHigh === null && ((ind.min !== null && q.value < ind.min) || (ind.max !== null && q.value > ind.max))) return false;
    if (code.endsWith('.growth')) {
      if (PERCENT_OF.test(after) || /chiếm\s*$/u.test(key.slice(0, qs))) return false;
      if (shortBase) return false;
      // a percentage of GDP or of the CPI is its growth unless it is a share ("chiếm 20% GRDP")
      if (code === 'gdp.growth' || code === 'cpi.growth') return !/(?:chiếm|tỷ trọng)/u.test(lead);
      return RATE_WORDS.test(lead);
    }
    if (q.unit !== '%' && q.unit !== 'rank' && q.unit !== 'index' && change) return false;
    // GDP is at current prices: a level "theo giá so sánh" has no code
    if (code === 'gdp' && /giá so sánh/u.test(key.slice(Math.max(0, qs - 60), qe + 30))) return false;
    // disbursement is stated as a share of the plan ("đạt 85% kế hoạch")
    if (q.unit === '%' && PERCENT_OF.test(after) && code !== 'public_investment.disbursed') return false;
    return true;
  });
  return candidates.length >= 1 ? candidates[0]! : null;
}

