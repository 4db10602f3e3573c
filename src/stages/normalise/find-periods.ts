import { matchKey } from '../../core/match-key.ts';
import { parseNumberWords } from '../extract/parse-number-words.ts';
import { clauseBounds } from './clause-bounds.ts';

/** A time expression in a sentence, resolved to an SDMX-style period. */
export interface PeriodMention {
  readonly start: number;
  readonly end: number;
  /** `2023`, `2024-Q1`, `2024-S1`, `2024-10`, `2018/2023`, `2024-01/2024-09`, `2024-10-31`; null for "đến nay". */
  readonly period: string | null;
  /** What the expression names. */
  readonly kind: PeriodKind;
  /** True when the expression is a comparison base ("so với cùng kỳ năm trước", "gấp 3 lần năm 2021"). */
  readonly base: boolean;
  /**
   * True when the expression belongs to a compared figure or a reference
   * ("thấp hơn so với 7,33% của bảy tháng năm 2022", "chiếm 67% của cả năm
   * 2024"): it dates at most the figure right before it, never the others.
   */
  readonly comparative: boolean;
  /** The year the expression states, or null when the year came from the context. */
  readonly year: number | null;
  /** A base stated relative to the figure's own period ("tháng trước", "cùng kỳ năm trước"). */
  readonly relative: RelativeBase | null;
}

/** What a period expression names. */
export type PeriodKind = 'span' | 'ytd' | 'half' | 'quarter' | 'month' | 'day' | 'year' | 'none' | 'other';

/** How a relative comparison base moves from the figure's period. */
export type RelativeBase = 'previous_month' | 'previous_quarter' | 'previous_year';

/** What resolves year-less and relative expressions. */
export interface PeriodContext {
  /** The year the text is speaking of (its current period's), else the publication year. */
  readonly year: number | null;
  /** Publication date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, when known. */
  readonly published: string | null;
}

interface Resolved {
  readonly period: string | null;
  readonly year: number | null;
  readonly kind: PeriodKind;
  readonly base?: boolean;
  readonly comparative?: boolean;
  readonly relative?: RelativeBase;
}

interface Rule {
  readonly re: RegExp;
  resolve(m: RegExpExecArray, ctx: PeriodContext): Resolved | null;
}

const Y = '((?:19|20)\\d{2})';
const SEP = '\\s*(?:năm|[/.-])\\s*';
const MONTH_WORD = 'mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|giêng|chạp';
const N_MONTHS = `(1[0-2]|0?[1-9]|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
const MONTH = '(1[0-2]|0?[1-9])';
const DAY = '(3[01]|[12]\\d|0?[1-9])';
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Stands for a year not known yet: a year stated later in the sentence may fill it in. */
const UNKNOWN_YEAR = '????';

const RULES: readonly Rule[] = [
  {
    // idioms that are no period at all: "cao nhất từ trước đến nay", "từ năm 2010 đến nay", "từ năm 2018" (since)
    re: new RegExp(`từ trước (?:đến|tới) nay|(?:kể )?từ (?:năm )?${Y}(?: (?:đến|tới) nay)?(?!\\s*(?:[-–—]|đến|tới)\\s*(?:năm\\s+)?\\d)|giá (?:so sánh|cố định|hiện hành)(?: năm)? ${Y}|(?:nhiều|các|những|mấy|vài) (?:tháng|năm|quý) (?:qua|gần đây|trước)`, 'gu'),
    resolve: () => ({ period: null, year: null, kind: 'other', comparative: true }),
  },
  {
    // "giai đoạn 2018 – 2023", "(2017 - 2023)", "2021-2025", "từ năm 2016 đến năm 2020"
    re: new RegExp(`(?:(?:giai đoạn|thời kỳ|từ năm|từ)\\s+)?\\(?\\s*${Y}\\s*(?:[-–—]|đến(?:\\s+năm)?)\\s*${Y}\\s*\\)?`, 'gu'),
    resolve: (m) => (+m[2]! > +m[1]! ? { period: `${m[1]}/${m[2]}`, year: +m[2]!, kind: 'span' } : null),
  },
  {
    // "từ ngày 1/1/2017 đến ngày 15/6/2017", "từ thời điểm 1/1/2017 đến thời điểm 15/6/2017"
    re: new RegExp(`từ (?:ngày |thời điểm )?${DAY}[/.-]${MONTH}(?:[/.-]${Y})? (?:đến|tới) (?:hết )?(?:ngày |thời điểm )?${DAY}[/.-]${MONTH}(?:[/.-]${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y2 = m[6] ? +m[6] : ctx.year;
      const y1 = m[3] ? +m[3] : y2;
      if (y1 === null || y2 === null) return null;
      return { period: `${y1}-${pad(+m[2]!)}-${pad(+m[1]!)}/${y2}-${pad(+m[5]!)}-${pad(+m[4]!)}`, year: m[6] ? y2 : null, kind: 'span' };
    },
  },
  {
    // "từ tháng 1 đến tháng 6 (năm 2017)"
    re: new RegExp(`từ tháng ${MONTH} (?:đến|tới) (?:hết )?tháng ${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null || +m[2]! <= +m[1]!) return null;
      return { period: `${y}-${pad(+m[1]!)}/${y}-${pad(+m[2]!)}`, year: m[3] ? y : null, kind: 'span' };
    },
  },
  {
    // "22 ngày đầu tháng 10", "22 ngày của tháng 10"
    re: new RegExp(`(\\d{1,2}) ngày (?:đầu |của |trong )?tháng ${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null || +m[1]! > 31) return null;
      const mm = pad(+m[2]!);
      return { period: `${y}-${mm}-01/${y}-${mm}-${pad(+m[1]!)}`, year: m[3] ? y : null, kind: 'span' };
    },
  },
  {
    // "(lũy kế) từ đầu năm (đến nay)": the year to the month before publication
    re: /(?:lũy kế\s+)?từ đầu năm(?:\s+(?:đến|tới)\s+nay)?/gu,
    resolve: (_m, ctx) => {
      const pub = parsePublished(ctx.published);
      if (!pub || pub.m === null) return { period: null, year: null, kind: 'none' };
      const last = pub.m - 1;
      return last === 0 ? { period: String(pub.y - 1), year: null, kind: 'ytd' } : { period: ytd(pub.y, last), year: null, kind: 'ytd' };
    },
  },
  {
    // "nửa đầu năm 2024", "nửa cuối năm"
    re: new RegExp(`nửa (đầu|cuối|sau) năm(?:\\s+${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[2] ? +m[2] : ctx.year;
      return { period: y === null ? null : `${y}-S${m[1] === 'đầu' ? 1 : 2}`, year: m[2] ? +m[2] : null, kind: 'half' };
    },
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
      if (y === null) return { period: null, year: null, kind: 'ytd' };
      if (m[3] === 'cuối') return { period: n === 6 ? `${y}-S2` : `${y}-${pad(13 - n)}/${y}-12`, year: explicitYear, kind: 'ytd' };
      return { period: ytd(y, n), year: explicitYear, kind: 'ytd' };
    },
  },
  {
    // "quý I năm 2024", "quý I/2024", "quý 3/2024", "quý II", "quý 02.2021"
    re: new RegExp(`quý\\s+(iv|iii|ii|i|0?[1-4]|một|hai|ba|bốn|tư)(?![\\p{L}\\d])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const q = ROMAN[m[1]!] ?? numberOf(m[1]!.replace(/^0/, ''));
      if (q === null || q < 1 || q > 4) return null;
      return { period: `${m[2] ?? ctx.year ?? UNKNOWN_YEAR}-Q${q}`, year: m[2] ? +m[2] : null, kind: 'quarter' };
    },
  },
  {
    // "tính đến ngày 30/11/2022", "đến hết ngày 30/6": the year so far
    re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?${DAY}[/.-]${MONTH}(?:[/.-]${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null) return null;
      return { period: `${y}-01-01/${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`, year: m[3] ? y : null, kind: 'ytd' };
    },
  },
  {
    // "đến hết tháng 9/2024", "cộng dồn đến cuối tháng 9": January to that month;
    // "(tính) đến cuối tháng 6" alone: the state at the month's end
    re: new RegExp(`(?:(cộng dồn|lũy kế|tích lũy|tính chung)\\s+)?(?:tính\\s+)?(?:đến|tới)\\s+(hết|cuối)\\s+tháng\\s+${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[4] ? +m[4] : ctx.year;
      if (y === null) return null;
      return m[2] === 'cuối' && !m[1]
        ? { period: `${y}-${pad(+m[3]!)}`, year: m[4] ? y : null, kind: 'month' }
        : { period: ytd(y, +m[3]!), year: m[4] ? y : null, kind: 'ytd' };
    },
  },
  {
    // "tháng 10/2024", "tháng 10 năm 2024", "tháng Mười", "tháng 9"
    re: new RegExp(`tháng\\s+(1[0-2]|0?[1-9]|${MONTH_WORD})(?![\\p{L}\\d])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const word = m[1]!;
      const month = word === 'giêng' ? 1 : word === 'chạp' ? 12 : numberOf(word);
      if (month === null || month < 1 || month > 12) return null;
      // "tháng năm" alone is "month and year", not May
      if (word === 'năm' && !m[2]) return null;
      return { period: `${m[2] ?? ctx.year ?? UNKNOWN_YEAR}-${pad(month)}`, year: m[2] ? +m[2] : null, kind: 'month' };
    },
  },
  {
    // relative months: "tháng trước", "tháng này", "tháng qua"
    re: /tháng (trước|này|qua|vừa qua)(?![\p{L}])/gu,
    resolve: (m, ctx) => {
      const base = m[1] === 'trước';
      const relative = base ? ({ relative: 'previous_month' } as const) : {};
      const pub = parsePublished(ctx.published);
      if (!pub || pub.m === null) return { period: null, year: null, kind: 'month', base, ...relative };
      const d = new Date(Date.UTC(pub.y, pub.m - 1 - (m[1] === 'này' ? 0 : 1), 1));
      return { period: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, year: null, kind: 'month', base, ...relative };
    },
  },
  {
    // "quý trước": the base of a quarter-on-quarter change
    re: /quý trước(?![\p{L}])/gu,
    resolve: () => ({ period: null, year: null, kind: 'quarter', base: true, relative: 'previous_quarter' }),
  },
  {
    // "cùng kỳ năm trước", "cùng kỳ năm 2023", "cùng kỳ": the comparison base
    re: new RegExp(`cùng kỳ(?:\\s+(?:năm\\s+${Y}|năm trước|năm ngoái))?`, 'gu'),
    resolve: (m) => ({ period: m[1] ?? null, year: null, kind: 'other', base: true, relative: 'previous_year' }),
  },
  {
    // "năm nay", "năm trước", "năm ngoái", "năm tới"
    re: /năm (nay|trước|ngoái|tới|sau|qua|vừa qua)(?![\p{L}])/gu,
    resolve: (m, ctx) => {
      const pub = parsePublished(ctx.published);
      const offset = m[1] === 'nay' || m[1] === 'qua' || m[1] === 'vừa qua' ? 0 : m[1] === 'tới' || m[1] === 'sau' ? 1 : -1;
      const base = m[1] === 'trước' || m[1] === 'ngoái';
      return { period: pub ? String(pub.y + offset) : null, year: null, kind: 'year', base, ...(base ? { relative: 'previous_year' as const } : {}) };
    },
  },
  {
    // "năm 2023", "hết năm 2023", "cuối năm 2023", "năm tài chính 2023"
    re: new RegExp(`(?:(?:đến\\s+)?(?:hết|cuối|đầu)\\s+)?(?:cả\\s+)?(?:năm|niên độ|năm tài chính)\\s+${Y}(?!\\d)`, 'gu'),
    resolve: (m) => ({ period: m[1]!, year: +m[1]!, kind: 'year' }),
  },
  {
    // a bare year: "(2023)", "trong 2023"
    re: new RegExp(`(?<![\\d/.,-])${Y}(?![\\d/.,]\\d|\\s*[-–—]\\s*\\d)`, 'gu'),
    resolve: (m) => ({ period: m[1]!, year: +m[1]!, kind: 'year' }),
  },
  {
    // stock figures with no date: "đến nay", "hiện nay", "lũy kế đến nay"
    re: /(?:tính\s+)?(?:đến|tới) nay|hiện nay|lũy kế(?: đến nay)?/gu,
    resolve: () => ({ period: null, year: null, kind: 'none' }),
  },
  {
    // a trading day: "phiên giao dịch ngày 8-2", "phiên 8/2"
    re: new RegExp(`(?:phiên(?:\\s+giao\\s+dịch)?|trong\\s+ngày)\\s+(?:ngày\\s+)?${DAY}[/.-]${MONTH}(?:[/.-]${Y})?`, 'gu'),
    resolve: (m, ctx) => {
      const y = m[3] ? +m[3] : ctx.year;
      if (y === null) return null;
      return { period: `${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`, year: m[3] ? y : null, kind: 'day' };
    },
  },
];

/** Words before an expression that make it the base of a comparison. */
const BASE_BEFORE = /(?:so với|so|hơn|kể từ|bằng|bằng [\d,.]+\s*%|gấp [\d,.]+ lần|gấp (?:đôi|rưỡi|ba|bốn|năm) lần|gấp đôi|gấp rưỡi)\s+(?:cùng\s+kỳ\s+)?(?:của\s+)?(?:mức\s+)?(?:thời điểm\s+)?(?:cuối\s+|đầu\s+)?$/u;
/**
 * A compared figure right before an expression: "so với 7,33% của bảy tháng
 * năm 2022", "cao hơn mức tăng 7,46% của quý I/2017".
 */
const COMPARED_FIGURE = /(?:so với|cao hơn|thấp hơn|hơn so|hơn mức|bằng mức|cùng kỳ)[^,;()]*?\d+(?:[.,]\d+)?\s*(?:%|tỷ|triệu|nghìn|điểm)[^\d]{0,20}$/u;

/**
 * Finds the time expressions of a sentence and resolves each to a period.
 * Year-less ("quý I", "tháng 9") and relative ("năm nay", "tháng trước")
 * expressions use the context's year and publication date; ones after "so
 * với" are comparison bases, and ones that date a compared figure are
 * marked comparative.
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
      const before = key.slice(Math.max(0, start - 30), start);
      const base = r.base ?? BASE_BEFORE.test(before);
      const clauseStart = clauseBounds(key, start).start;
      const comparative = base || (r.comparative ?? false) || COMPARED_FIGURE.test(key.slice(clauseStart, start)) || /của\s+(?:cả\s+)?$/u.test(before) && /^cả\s/u.test(key.slice(start)) || /của cả\s+$/u.test(before);
      found.push({ start, end, period: r.period, kind: r.kind, base, comparative, year: r.year, relative: r.relative ?? null });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return attachYears(key, found).map((m) => (m.period?.includes(UNKNOWN_YEAR) ? { ...m, period: null } : m));
}

/**
 * "quý 3 của tỉnh này năm 2024", "tháng 10 của Nghệ An năm 2024": a
 * quarter or month without its year takes the year stated a few words later,
 * which then stops being a period of its own.
 */
function attachYears(key: string, mentions: PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const gap = next ? key.slice(m.end, next.start) : '';
    if (
      next && m.year === null && (m.kind === 'quarter' || m.kind === 'month' || m.kind === 'ytd') && m.period !== null &&
      next.kind === 'year' && next.period !== null && !next.base && !/\d|[,;()]/.test(gap) && gap.trim().split(/\s+/).length <= 5
    ) {
      // "quý 2 năm nay": a relative year counts too
      const year = next.year ?? +next.period.slice(0, 4);
      out.push({ ...m, end: next.end, period: m.period.replace(/(?:19|20)\d{2}|\?{4}/g, String(year)), year: next.year });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
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

/** The first year a period names ("2024-01/2024-09" → 2024). */
export function yearOf(period: string | null): number | null {
  const m = period === null ? null : /(?:19|20)\d{2}/.exec(period);
  return m ? +m[0] : null;
}
