import { matchKey } from '../extract/match-key.ts';
import { parseNumberWords } from '../extract/parse-number-words.ts';

/** A time expression in a sentence, resolved to an SDMX-style period. */
export interface PeriodMention {
  readonly start: number;
  readonly end: number;
  /** `2023`, `2024-Q1`, `2024-S1`, `2024-10`, `2018/2023`, `2024-01/2024-09`, `2024-10-31`; null for "đến nay". */
  readonly period: string | null;
  /** True when the expression is a comparison base ("so với cùng kỳ năm trước"). */
  readonly base: boolean;
  /** The explicit year the expression states, for later year-less mentions. */
  readonly year: number | null;
  /** A base stated relative to the figure's own period ("tháng trước", "cùng kỳ năm trước"). */
  readonly relative: RelativeBase | null;
}

/** How a relative comparison base moves from the figure's period. */
export type RelativeBase = 'previous_month' | 'previous_quarter' | 'previous_year';

/** What resolves year-less and relative expressions. */
export interface PeriodContext {
  /** The year of the last explicit period before this sentence, else the publication year. */
  readonly year: number | null;
  /** Publication date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, when known. */
  readonly published: string | null;
}

const Y = '((?:19|20)\\d{2})';
const SEP = '\\s*(?:năm|[/.-])\\s*';
const MONTH_WORD = 'mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|giêng|chạp';
const N_MONTHS = `(1[0-2]|0?[1-9]|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

interface Rule {
  readonly re: RegExp;
  resolve(m: RegExpExecArray, ctx: PeriodContext): { period: string | null; year: number | null; base?: boolean; relative?: RelativeBase } | null;
}

const RULES: readonly Rule[] = [
  {
    // "giai đoạn 2018 – 2023", "(2017 - 2023)", "2021-2025", "từ năm 2016 đến năm 2020"
    re: new RegExp(`(?:(?:giai đoạn|thời kỳ|từ năm|từ)\\s+)?\\(?\\s*${Y}\\s*(?:[-–—]|đến(?:\\s+năm)?)\\s*${Y}\\s*\\)?`, 'gu'),
    resolve: (m) => (+m[2]! > +m[1]! ? { period: `${m[1]}/${m[2]}`, year: +m[2]! } : null),
  },
  {
    // "22 ngày đầu tháng 10"
    re: new RegExp(`(\\d{1,2}) ngày đầu tháng (1[0-2]|0?[1-9])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null) return null;
      const mm = pad(+m[2]!);
      return { period: `${y}-${mm}-01/${y}-${mm}-${pad(+m[1]!)}`, year: m[3] ? y : null };
    },
  },
  {
    // "nửa đầu năm 2024", "nửa cuối năm"
    re: new RegExp(`nửa (đầu|cuối|sau) năm(?:\\s+${Y})?`, 'gu'),
    resolve: (m, ctx) => half(m[1] === 'đầu' ? 1 : 2, m[2], ctx),
  },
  {
    // "6 tháng đầu năm 2024", "9 tháng năm 2024", "sáu tháng", "11 tháng qua", "tính chung 9 tháng"
    re: new RegExp(`(?:(tính chung|lũy kế|trong)\\s+)?(?<![\\d,.])${N_MONTHS} tháng(?:\\s+(đầu|cuối))?(?:\\s+(năm))?(?:\\s*(?:/\\s*)?${Y}|\\s+(nay|qua|vừa qua|trước|ngoái))?(?![\\p{L}\\d])`, 'gu'),
    resolve: (m, ctx) => {
      const n = numberOf(m[2]!);
      if (n === null || n < 1 || n > 12) return null;
      const explicitYear = m[5] ? +m[5] : null;
      const rel = m[6];
      // A bare "N tháng" is a duration unless a period word comes with it.
      if (!m[1] && !m[3] && !m[4] && !explicitYear && !rel) return null;
      let y = explicitYear ?? ctx.year;
      if (rel === 'trước' || rel === 'ngoái') y = y === null ? null : y - 1;
      if (y === null) return { period: null, year: null };
      if (m[3] === 'cuối') return n === 6 ? { period: `${y}-S2`, year: explicitYear } : { period: `${y}-${pad(13 - n)}/${y}-12`, year: explicitYear };
      return { period: ytd(y, n), year: explicitYear };
    },
  },
  {
    // "quý I năm 2024", "quý I/2024", "quý 3/2024", "quý II", "quý 02.2021"
    re: new RegExp(`quý\\s+(iv|iii|ii|i|0?[1-4]|một|hai|ba|bốn|tư)(?![\\p{L}\\d])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const q = ROMAN[m[1]!] ?? numberOf(m[1]!.replace(/^0/, ''));
      const y = m[2] ? +m[2] : ctx.year;
      if (q === null || q < 1 || q > 4 || y === null) return null;
      return { period: `${y}-Q${q}`, year: m[2] ? y : null };
    },
  },
  {
    // "tính đến ngày 30/11/2022", "đến hết ngày 30/6"
    re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-]${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null || +m[2]! > 12 || +m[1]! > 31) return null;
      return { period: `${y}-01-01/${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`, year: m[3] ? y : null };
    },
  },
  {
    // "đến hết tháng 9/2024": January to that month
    re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?tháng\\s+(1[0-2]|0?[1-9])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[2] ? +m[2] : ctx.year;
      return y === null ? null : { period: ytd(y, +m[1]!), year: m[2] ? y : null };
    },
  },
  {
    // "tháng 10/2024", "tháng 10 năm 2024", "tháng Mười", "tháng 9"
    re: new RegExp(`tháng\\s+(1[0-2]|0?[1-9]|${MONTH_WORD})(?![\\p{L}\\d])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const word = m[1]!;
      const month = word === 'giêng' ? 1 : word === 'chạp' ? 12 : numberOf(word);
      if (month === null || month < 1 || month > 12) return null;
      // "tháng năm 2024" is "the month of May 2024" only with digits around; keep "năm" as year.
      if (word === 'năm' && !m[2]) return null;
      const y = m[2] ? +m[2] : ctx.year;
      return y === null ? null : { period: `${y}-${pad(month)}`, year: m[2] ? y : null };
    },
  },
  {
    // relative months: "tháng trước", "tháng này"
    re: /tháng (trước|này|qua|vừa qua)(?![\p{L}])/gu,
    resolve: (m, ctx) => {
      const pub = parsePublished(ctx.published);
      if (!pub || pub.m === null) return { period: null, year: null, base: m[1] === 'trước', ...(m[1] === 'trước' ? { relative: 'previous_month' as const } : {}) };
      const back = m[1] === 'này' ? 0 : 1;
      const d = new Date(Date.UTC(pub.y, pub.m - 1 - back, 1));
      return { period: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, year: null, base: m[1] === 'trước', ...(m[1] === 'trước' ? { relative: 'previous_month' as const } : {}) };
    },
  },
  {
    // "quý trước": the base of a quarter-on-quarter change
    re: /quý trước(?![\p{L}])/gu,
    resolve: () => ({ period: null, year: null, base: true, relative: 'previous_quarter' }),
  },
  {
    // "cùng kỳ năm trước", "cùng kỳ năm 2023", "cùng kỳ": the comparison base
    re: new RegExp(`cùng kỳ(?:\\s+(?:năm\\s+${Y}|năm trước|năm ngoái))?`, 'gu'),
    resolve: (m) => (m[1] ? { period: m[1], year: null, base: true } : { period: null, year: null, base: true, relative: 'previous_year' }),
  },
  {
    // "năm nay", "năm trước", "năm ngoái", "năm tới"
    re: /năm (nay|trước|ngoái|tới|sau|qua|vừa qua)(?![\p{L}])/gu,
    resolve: (m, ctx) => {
      const pub = parsePublished(ctx.published);
      const y = pub ? pub.y : null;
      const offset = m[1] === 'nay' || m[1] === 'qua' || m[1] === 'vừa qua' ? 0 : m[1] === 'tới' || m[1] === 'sau' ? 1 : -1;
      return { period: y === null ? null : String(y + offset), year: null, base: m[1] === 'trước' || m[1] === 'ngoái' };
    },
  },
  {
    // "năm 2023", "hết năm 2023", "cuối năm 2023", "năm tài chính 2023"
    re: new RegExp(`(?:(?:đến\\s+)?(?:hết|cuối|đầu)\\s+)?(?:năm|niên độ|năm tài chính)\\s+${Y}(?!\\d)`, 'gu'),
    resolve: (m) => ({ period: m[1]!, year: +m[1]! }),
  },
  {
    // a bare year: "(2023)", "trong 2023"
    re: new RegExp(`(?<![\\d/.,-])${Y}(?![\\d/.,]\\d|\\s*[-–—]\\s*\\d)`, 'gu'),
    resolve: (m) => ({ period: m[1]!, year: +m[1]! }),
  },
  {
    // stock figures with no date: "đến nay", "hiện nay", "lũy kế"
    re: /(?:tính\s+)?(?:đến|tới) nay|hiện nay|lũy kế(?: đến nay)?/gu,
    resolve: () => ({ period: null, year: null }),
  },
  {
    // a trading day: "phiên giao dịch ngày 8-2", "phiên 8/2"
    re: /(?:phiên(?:\s+giao\s+dịch)?|trong\s+ngày)\s+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?/gu,
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null || +m[2]! > 12) return null;
      return { period: `${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`, year: m[3] ? y : null };
    },
  },
];

/** Words before an expression that make it the base of a comparison. */
const BASE_BEFORE = /(?:so với|so|với|hơn|kể từ|bằng)\s+(?:cùng\s+kỳ\s+)?(?:của\s+)?(?:mức\s+)?$/u;

/**
 * Finds the time expressions of a sentence and resolves each to a period.
 * Year-less ("quý I", "tháng 9") and relative ("năm nay", "tháng trước")
 * expressions use the context's year and publication date; ones after "so
 * với" are marked as comparison bases.
 *
 * @example
 * findPeriods('từ 42,8% năm 2018, quý I năm 2024 đạt 48,3%', { year: null, published: null })
 *   .map((p) => p.period)
 * // → ['2018', '2024-Q1']
 */
export function findPeriods(sentence: string, ctx: PeriodContext): PeriodMention[] {
  const key = matchKey(sentence);
  const found: PeriodMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(key)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const r = rule.resolve(m, ctx);
      if (!r) continue;
      const base = r.base ?? BASE_BEFORE.test(key.slice(Math.max(0, start - 25), start));
      found.push({ start, end, period: r.period, base, year: r.year, relative: r.relative ?? null });
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (how === 'previous_quarter' && quarter) {
    const q = +quarter[2]!;
    return q === 1 ? `${+quarter[1]! - 1}-Q4` : `${quarter[1]}-Q${q - 1}`;
  }
  return null;
}

function half(h: 1 | 2, year: string | undefined, ctx: PeriodContext): { period: string | null; year: number | null } {
  const y = year ? +year : ctx.year;
  return { period: y === null ? null : `${y}-S${h}`, year: year ? +year : null };
}

/** The months from January to month `n` of year `y`: S1 for six, the year for twelve. */
function ytd(y: number, n: number): string {
  if (n === 12) return String(y);
  if (n === 6) return `${y}-S1`;
  if (n === 3) return `${y}-Q1`;
  if (n === 1) return `${y}-01`;
  return `${y}-01/${y}-${pad(n)}`;
}

function numberOf(word: string): number | null {
  if (/^\d+$/.test(word)) return +word;
  return parseNumberWords(word.split(' '));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The parts of a publication date. */
export function parsePublished(published: string | null): { y: number; m: number | null; d: number | null } | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  return { y: +m[1]!, m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
}
