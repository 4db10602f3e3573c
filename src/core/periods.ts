import { YEAR_PLACEHOLDER, type RelativeBase } from './mentions.ts';

/**
 * The parts of a publication date.
 *
 * @example
 * parsePublished('2024-10') // → { y: 2024, m: 10, d: null }
 */
export function parsePublished(published: string | null): { y: number; m: number | null; d: number | null } | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  return { y: +m[1]!, m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
}

/**
 * The first year a period names.
 *
 * @example
 * yearOf('2024-01/2024-09') // → 2024
 */
export function yearOf(period: string | null): number | null {
  const m = period === null ? null : /(?:19|20)\d{2}/.exec(period);
  return m ? +m[0] : null;
}

/**
 * The last year a period names: the year a text speaking of it is in
 * ("2011/2020" → 2020).
 *
 * @example
 * lastYearOf('2011/2020') // → 2020
 */
export function lastYearOf(period: string | null): number | null {
  const years = period === null ? null : period.match(/(?:19|20)\d{2}/g);
  return years ? +years.at(-1)! : null;
}

/**
 * The period a relative base points to, from the figure's own period:
 * "tháng trước" of 2024-09 is 2024-08, "cùng kỳ năm trước" of
 * 2024-01/2024-09 is 2023-01/2023-09. Null when it cannot be told.
 *
 * @example
 * shiftPeriod('2024-Q1', 'previous_quarter') // → '2023-Q4'
 */
export function shiftPeriod(period: string, how: RelativeBase): string | null {
  if (how === 'previous_year') return period.replace(/(?:19|20)\d{2}/g, (y) => String(+y - 1));
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (how === 'previous_month' && month) {
    const d = new Date(Date.UTC(+month[1]!, +month[2]! - 2, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (how === 'previous_quarter' && quarter) {
    const q = +quarter[2]!;
    return q === 1 ? `${+quarter[1]! - 1}-Q4` : `${quarter[1]}-Q${q - 1}`;
  }
  return null;
}

/**
 * A year-less period's template filled with a year ("????-Q2" and 2024 → "2024-Q2").
 *
 * @example
 * fillYear('????-01/????-09', 2024) // → '2024-01/2024-09'
 */
export function fillYear(template: string, year: number): string {
  return template.split(YEAR_PLACEHOLDER).join(String(year));
}
