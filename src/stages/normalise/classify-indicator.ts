import type { Quantity } from '../../pipeline/records.ts';
import type { AliasMention, IndicatorTable } from '../../taxonomy/indicator-table.ts';
import { isStatedChange } from '../extract/find-sign.ts';
import { matchKey } from '../extract/match-key.ts';
import { clauseBounds } from './clause-bounds.ts';

/** Words that make a percentage a rate of change (needed for `*.growth`). */
const RATE_WORDS = /(?:tăng|giảm|tốc độ|lạm phát|âm|sụt)/u;
/** Growth indicators are year on year: a change on the previous month or quarter is not one. */
const SHORT_BASE = /^[^,;()]*?so với\s+(?:tháng|quý)(?:\s+trước|\s+\d|\s+[ivx]+\b)/u;
/** A percentage of a plan or of a total is neither a growth rate nor a level. */
const PERCENT_OF = /^\s*(?:so với\s+)?(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|kh\b|cùng kỳ|tổng)/u;

/**
 * The indicator code of a figure, from the concept its sentence names and
 * the figure's unit: the alias right after a share or rank ("73% hồ sơ …
 * trực tuyến", "thứ 3 … thu hút FDI"), else the nearest alias before it.
 * The alias's candidate codes are narrowed by unit family, plausible range
 * and, for growth rates, by a word of change; when no single code is left,
 * the figure stays unclassified, since a wrong code is worse than none.
 *
 * @example
 * classifyIndicator('Tăng trưởng GRDP năm 2023 đạt trên 11%', q, 31, 39, table) // → 'gdp.growth'
 */
export function classifyIndicator(sentence: string, q: Quantity, qs: number, qe: number, table: IndicatorTable): string | null {
  const aliases = table.findAliases(sentence);
  if (aliases.length === 0) return null;
  const key = matchKey(sentence);
  const clause = clauseBounds(sentence, qs);
  let alias: AliasMention | undefined;
  if (q.unit === '%' || q.unit === 'rank') {
    alias = aliases.find((a) => a.start >= qe && a.start < clause.end && wordsBetween(key, qe, a.start) <= 3 && a.codes.length > 0);
  }
  alias ??= aliases.filter((a) => a.end <= qs).at(-1);
  if (!alias || alias.codes.length === 0) return null;

  const after = key.slice(qe);
  const change = isStatedChange(key, 0, qs);
  const candidates = alias.codes.filter((code) => {
    const ind = table.indicators.get(code);
    if (!ind || !ind.units.includes(q.unit)) return false;
    if (q.valueHigh === null && ((ind.min !== null && q.value < ind.min) || (ind.max !== null && q.value > ind.max))) return false;
    if (code.endsWith('.growth')) {
      if (PERCENT_OF.test(after) || SHORT_BASE.test(after) || /chiếm\s*$/u.test(key.slice(0, qs))) return false;
      return RATE_WORDS.test(key.slice(alias!.start, qs));
    }
    if (q.unit !== '%' && q.unit !== 'rank' && q.unit !== 'index' && change) return false;
    if (q.unit === '%' && PERCENT_OF.test(after)) return false;
    return true;
  });
  return candidates.length >= 1 ? candidates[0]! : null;
}

function wordsBetween(s: string, a: number, b: number): number {
  return s.slice(a, b).split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
