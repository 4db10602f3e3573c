import { matchKey } from '../../core/match-key.ts';
import { YEAR_PLACEHOLDER, type RelativeBase, type TimeMention, type TimeUnit } from '../../core/mentions.ts';
import { fillYear, parsePublished } from '../../core/periods.ts';
import { parseNumberWords } from './parse-number-words.ts';
import { phrasePresence } from '../../core/phrase-presence.ts';
import { sortFew } from '../../core/sort-few.ts';

/** What a time rule makes of its match. */
interface Reading {
  readonly unit: TimeUnit;
  /** The period, or a template with {@link YEAR_PLACEHOLDER} where the year is not stated. */
  readonly period: string | null;
  readonly statedYear: number | null;
  readonly yearOffset?: number;
  readonly relative?: RelativeBase;
  readonly inherentBase?: boolean;
  readonly open?: TimeMention['open'];
}

/** A named time rule: the construction it reads and how it resolves it. */
export interface TimeRule {
  readonly name: string;
  /** The construction, with an example. */
  readonly construction: string;
  readonly re: RegExp;
  /**
   * Words one of which every match holds (in the match key): a sentence
   * with none of them is not scanned by the rule's regex. Most sentences
   * hold no "quý", no "nửa", no "thời điểm", and a regex scan costs the
   * whole sentence.
   */
  readonly needs: readonly string[];
  resolve(m: RegExpExecArray, published: string | null): Reading | null;
}

const Y = '((?:19|20)\\d{2})';
const SEP = '\\s*(?:năm|[/.-])\\s*';
const MONTH_WORD = 'mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|giêng|chạp';
const N_MONTHS = `(1[0-2]|0?[1-9]|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
const MONTH = '(1[0-2]|0?[1-9])';
const DAY = '(3[01]|[12]\\d|0?[1-9])';
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };
/**
 * A document or an event right before a date: the date is the document's or
 * the event's ("Nghị quyết số 23-NQ/TW ngày 22/3/2018", "ban hành ngày 5/4",
 * "hội nghị tổ chức ngày 12/5"), not the time of a figure.
 */
const DOCUMENT_BEFORE =
  /(?:^|[^\p{L}])(?:(?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|công văn|văn bản|thông báo|kết luận|luật|tờ trình|kế hoạch|báo cáo|đề án|công điện|hội nghị|phiên họp)(?:\s+số)?(?:\s+[^\s,;:()]+){0,4}|ban hành|ký|họp|tổ chức|diễn ra|khai mạc|bế mạc|công bố)\s+$/u;
/** Words before "N tháng" that count a span of time: "khoảng 19 tháng", "sau 6 tháng", "3-6 tháng". */
const DURATION_BEFORE = /(?:^|[^\p{L}])(?:khoảng|gần|hơn|trên|dưới|sau|kéo dài|mất|thêm|mỗi|cách|vòng|chỉ|còn|được|suốt|đủ|tối đa|tối thiểu|ít nhất|từ|đến|tới|những|các|vài|mấy|và|hoặc|hay|thời hạn|kỳ hạn|thời gian|trước|lùi|chậm|vượt)\s+$|[-–—\/]\s*$|\d\s+$/u;
/** Words after "N tháng" that make it a count of months: "3 tháng liên tiếp", "6 tháng tới". */
const DURATION_AFTER = /^\s*(?:liên tiếp|liên tục|tới|nữa|sau|trở lên|trở xuống|một lần|\/|kể từ|trước|gần đây|qua|vừa qua|đầu|cuối|năm|rưỡi)/u;
const Q = YEAR_PLACEHOLDER;

/**
 * The time rules, in order: an earlier rule's match wins over a later one
 * that overlaps it.
 */
export const TIME_RULES: readonly TimeRule[] = [
  {
    name: 'time.no-period-idiom',
    needs: ['từ', 'giá', 'tháng', 'năm', 'quý'],
    construction: 'a phrase with a year that dates nothing: "cao nhất từ trước đến nay", "từ năm 2018" (since), "giá so sánh 2010", "nhiều năm qua"',
    re: new RegExp(`từ trước (?:đến|tới) nay|(?:kể )?từ (?:năm )?${Y}(?: (?:đến|tới) nay)?(?!\\s*(?:[-–—]|đến|tới)\\s*(?:năm\\s+)?\\d)|giá (?:so sánh|cố định|hiện hành)(?: năm)? ${Y}|(?:nhiều|các|những|mấy|vài) (?:tháng|năm|quý) (?:qua|gần đây|trước)`, 'gu'),
    resolve: (m) => ({
      unit: 'other',
      period: null,
      statedYear: null,
      open: /^giá/u.test(m[0]) ? 'prices' : /^(?:nhiều|các|những|mấy|vài)/u.test(m[0]) ? 'vague' : 'since',
    }),
  },
  {
    name: 'time.year-span',
    needs: ['19', '20'],
    construction: 'a span of years: "giai đoạn 2018 – 2023", "(2017 - 2023)", "từ năm 2016 đến năm 2020"',
    re: new RegExp(`(?:(?:giai đoạn|thời kỳ|từ năm|từ)\\s+)?\\(?\\s*${Y}\\s*(?:[-–—]|đến(?:\\s+năm)?)\\s*${Y}\\s*\\)?`, 'gu'),
    resolve: (m) => (+m[2]! > +m[1]! ? { unit: 'span', period: `${m[1]}/${m[2]}`, statedYear: +m[2]! } : null),
  },
  {
    name: 'time.day-span',
    needs: ['từ'],
    construction: 'from one day to another: "từ ngày 1/1/2017 đến ngày 15/6/2017", "từ thời điểm 1/1 đến thời điểm 15/6"',
    re: new RegExp(`từ (?:ngày |thời điểm )?${DAY}[/.-]${MONTH}(?:[/.-]${Y})? (?:đến|tới) (?:hết )?(?:ngày |thời điểm )?${DAY}[/.-]${MONTH}(?:[/.-]${Y})?`, 'gu'),
    resolve: (m) => {
      const y2 = m[6] ?? Q;
      const y1 = m[3] ?? y2;
      return { unit: 'span', period: `${y1}-${pad(+m[2]!)}-${pad(+m[1]!)}/${y2}-${pad(+m[5]!)}-${pad(+m[4]!)}`, statedYear: m[6] ? +m[6] : null };
    },
  },
  {
    name: 'time.month-span',
    needs: ['từ tháng'],
    construction: 'from one month to another: "từ tháng 1 đến tháng 6 (năm 2017)"',
    re: new RegExp(`từ tháng ${MONTH} (?:đến|tới) (?:hết )?tháng ${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m) => {
      if (+m[2]! <= +m[1]!) return null;
      const y = m[3] ?? Q;
      return { unit: 'span', period: `${y}-${pad(+m[1]!)}/${y}-${pad(+m[2]!)}`, statedYear: m[3] ? +m[3] : null };
    },
  },
  {
    name: 'time.half-month',
    needs: ['tháng'],
    construction: 'half a month, as customs releases count: "nửa cuối tháng 12/2024", "kỳ 1 tháng 3" (days 1-15), "kỳ 2 của tháng 3" (from the 16th)',
    re: new RegExp(`(?:nửa (đầu|cuối|sau)|kỳ (1|2|i|ii|một|hai))\\s+(?:c[ủù]a\\s+)?tháng\\s+${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m) => {
      const first = m[1] === 'đầu' || m[2] === '1' || m[2] === 'i' || m[2] === 'một';
      const month = +m[3]!;
      const y = m[4] ?? Q;
      const mm = pad(month);
      const last = m[4] ? new Date(Date.UTC(+m[4], month, 0)).getUTCDate() : month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
      return { unit: 'span', period: first ? `${y}-${mm}-01/${y}-${mm}-15` : `${y}-${mm}-16/${y}-${mm}-${last}`, statedYear: m[4] ? +m[4] : null };
    },
  },
  {
    name: 'time.days-of-month',
    needs: ['ngày'],
    construction: 'the first days of a month: "22 ngày đầu tháng 10", "15 ngày của tháng 12"',
    re: new RegExp(`(\\d{1,2}) ngày (?:đầu |của |trong )?tháng ${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m) => {
      if (+m[1]! > 31) return null;
      const y = m[3] ?? Q;
      const mm = pad(+m[2]!);
      return { unit: 'span', period: `${y}-${mm}-01/${y}-${mm}-${pad(+m[1]!)}`, statedYear: m[3] ? +m[3] : null };
    },
  },
  {
    name: 'time.year-to-date',
    needs: ['từ đầu năm'],
    construction: '"(lũy kế) từ đầu năm (đến nay)": January to the month before publication',
    re: new RegExp(`(?:lũy kế\\s+)?từ đầu năm(?:\\s+${Y})?(?:\\s+(?:đến|tới)\\s+nay)?`, 'gu'),
    resolve: (m, published) => {
      const pub = parsePublished(published);
      const statedYear = m[1] ? +m[1] : null;
      if (!pub || pub.m === null || (statedYear !== null && statedYear !== pub.y)) {
        return { unit: 'none', period: null, statedYear, open: 'no_publication_date' };
      }
      const last = pub.m - 1;
      return { unit: 'ytd', period: last === 0 ? String(pub.y - 1) : ytd(String(pub.y), last), statedYear };
    },
  },
  {
    name: 'time.half-year',
    needs: ['nửa'],
    construction: 'a half year: "nửa đầu năm 2024", "nửa cuối năm"',
    re: new RegExp(`nửa (đầu|cuối|sau) năm(?:\\s+${Y})?`, 'gu'),
    resolve: (m) => ({ unit: 'half', period: `${m[2] ?? Q}-S${m[1] === 'đầu' ? 1 : 2}`, statedYear: m[2] ? +m[2] : null }),
  },
  {
    name: 'time.months-of-year',
    needs: ['tháng'],
    construction: 'the first N months: "6 tháng đầu năm 2024", "9 tháng năm 2024", "11 tháng qua", "tính chung 9 tháng"; a bare "N tháng" is a duration',
    re: new RegExp(`(?:(tính chung|lũy kế|trong)\\s+)?(?<![\\d,.])${N_MONTHS} tháng(?:\\s+(đầu|cuối))?(?:\\s+(năm))?(?:\\s*(?:/\\s*)?${Y}|\\s+(nay|qua|vừa qua|trước|ngoái))?(?![\\p{L}\\d])`, 'gu'),
    resolve: (m) => {
      const n = numberOf(m[2]!);
      if (n === null || n < 1 || n > 12) return null;
      const explicitYear = m[5] ? +m[5] : null;
      const rel = m[6];
      if (!m[1] && !m[3] && !m[4] && !explicitYear && !rel) return null;
      const y = explicitYear === null ? Q : String(explicitYear);
      const yearOffset = explicitYear === null && (rel === 'trước' || rel === 'ngoái') ? -1 : 0;
      if (m[3] === 'cuối') return { unit: 'ytd', period: n === 6 ? `${y}-S2` : `${y}-${pad(13 - n)}/${y}-12`, statedYear: explicitYear, yearOffset };
      return { unit: 'ytd', period: ytd(y, n), statedYear: explicitYear, yearOffset };
    },
  },
  {
    name: 'time.months-bare',
    needs: ['tháng'],
    construction: 'a bare "N tháng" naming the first N months, as reports name the period they cover: "GDP 9 tháng đạt 2,12%", "Bức tranh kinh tế 9 tháng"; a counted span ("khoảng 19 tháng", "3 tháng liên tiếp", "sau 6 tháng") is a duration',
    re: /(?<![\d,.])(1[01]|[2-9]|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười) tháng(?![\p{L}\d])/gu,
    resolve: (m) => {
      const n = numberOf(m[1]!);
      if (n === null || n < 2 || n > 11) return null;
      const before = m.input.slice(Math.max(0, m.index - 16), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (DURATION_BEFORE.test(before) || DURATION_AFTER.test(after)) return null;
      return { unit: 'ytd', period: ytd(Q, n), statedYear: null };
    },
  },
  {
    name: 'time.quarter',
    needs: ['quý'],
    // a quarter past the fourth ("quý V", "quý 5") is read as written, so validation refuses the impossible period instead of the figure taking another
    construction: 'a quarter: "quý I năm 2024", "quý I/2024", "quý 3/2024", "quý II", "quý 02.2021"; "quý V" is read as the impossible 2024-Q5',
    re: new RegExp(`quý\\s+(vi|v|iv|iii|ii|i|0?[1-9]|một|hai|ba|bốn|tư)(?![\\p{L}\\d])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m) => {
      const q = ROMAN[m[1]!] ?? numberOf(m[1]!.replace(/^0/, ''));
      if (q === null || q < 1) return null;
      return { unit: 'quarter', period: `${m[2] ?? Q}-Q${q}`, statedYear: m[2] ? +m[2] : null };
    },
  },
  {
    name: 'time.point-in-time',
    needs: ['thời điểm'],
    construction: 'a point in time, as stocks and counts are stated: "tại thời điểm 01/5/2017", "vào thời điểm 31/12", "tính đến thời điểm 30/6/2024" (a stock up to a day is the state on that day)',
    re: new RegExp(`(?:(?:tại|vào|tính đến|đến)\\s+)?thời điểm\\s+(?:ngày\\s+)?${DAY}[/.-]${MONTH}(?:[/.-]${Y})?`, 'gu'),
    resolve: (m) => ({ unit: 'day', period: `${m[3] ?? Q}-${pad(+m[2]!)}-${pad(+m[1]!)}`, statedYear: m[3] ? +m[3] : null }),
  },
  {
    name: 'time.to-date',
    needs: ['đến', 'tới'],
    construction: 'the year so far, up to a day: "tính đến ngày 30/11/2022", "đến hết ngày 30/6"',
    re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?${DAY}[/.-]${MONTH}(?:[/.-]${Y})?`, 'gu'),
    resolve: (m) => {
      const y = m[3] ?? Q;
      return { unit: 'ytd', period: `${y}-01-01/${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`, statedYear: m[3] ? +m[3] : null };
    },
  },
  {
    name: 'time.to-month-end',
    needs: ['tháng'],
    construction: '"đến hết tháng 9/2024", "cộng dồn đến cuối tháng 9": January to that month; "(tính) đến cuối tháng 6" alone: the state at the month\'s end',
    re: new RegExp(`(?:(cộng dồn|lũy kế|tích lũy|tính chung)\\s+)?(?:tính\\s+)?(?:đến|tới)\\s+(hết|cuối)\\s+tháng\\s+${MONTH}(?:${SEP}${Y})?`, 'gu'),
    resolve: (m) => {
      const y = m[4] ?? Q;
      const statedYear = m[4] ? +m[4] : null;
      return m[2] === 'cuối' && !m[1]
        ? { unit: 'month', period: `${y}-${pad(+m[3]!)}`, statedYear }
        : { unit: 'ytd', period: ytd(y, +m[3]!), statedYear };
    },
  },
  {
    name: 'time.last-of-year',
    needs: ['cuối'],
    construction: 'the last month or quarter of a year: "tháng cuối cùng của năm 2023" (December), "quý cuối năm" (the fourth quarter)',
    re: new RegExp(`(?<!những |các |mấy )(tháng cuối cùng|quý cuối(?: cùng)?)(?: của)? năm(?:\\s+${Y})?`, 'gu'),
    resolve: (m) => {
      const month = m[1]!.startsWith('tháng');
      return { unit: month ? 'month' : 'quarter', period: `${m[2] ?? Q}-${month ? '12' : 'Q4'}`, statedYear: m[2] ? +m[2] : null };
    },
  },
  {
    name: 'time.month',
    needs: ['tháng'],
    construction: 'a month: "tháng 10/2024", "tháng 10 năm 2024", "tháng Mười", "tháng 9"',
    re: new RegExp(`tháng\\s+(1[0-2]|0?[1-9]|${MONTH_WORD})(?![\\p{L}\\d])(?:${SEP}${Y})?`, 'gu'),
    resolve: (m) => {
      const word = m[1]!;
      const month = word === 'giêng' ? 1 : word === 'chạp' ? 12 : numberOf(word);
      if (month === null || month < 1 || month > 12) return null;
      // "tháng năm" alone is "month and year", not May
      if (word === 'năm' && !m[2]) return null;
      return { unit: 'month', period: `${m[2] ?? Q}-${pad(month)}`, statedYear: m[2] ? +m[2] : null };
    },
  },
  {
    name: 'time.relative-month',
    needs: ['tháng'],
    construction: 'a month relative to the publication date: "tháng trước" (also a base), "tháng này", "tháng qua"',
    re: /tháng (trước|này|qua|vừa qua)(?![\p{L}])/gu,
    resolve: (m, published) => {
      const previous = m[1] === 'trước';
      const relative = previous ? ({ relative: 'previous_month', inherentBase: true } as const) : {};
      const pub = parsePublished(published);
      if (!pub || pub.m === null) return { unit: 'month', period: null, statedYear: null, open: 'no_publication_date', ...relative };
      const d = new Date(Date.UTC(pub.y, pub.m - 1 - (m[1] === 'này' ? 0 : 1), 1));
      return { unit: 'month', period: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, statedYear: null, ...relative };
    },
  },
  {
    name: 'time.previous-period',
    needs: ['kỳ trước'],
    construction: '"kỳ trước": the period before, the base of a change from one release to the next',
    re: /(?<![\p{L}])kỳ trước(?![\p{L}])/gu,
    resolve: () => ({ unit: 'other', period: null, statedYear: null, inherentBase: true }),
  },
  {
    name: 'time.previous-quarter',
    needs: ['quý trước'],
    construction: '"quý trước": the base of a quarter-on-quarter change',
    re: /quý trước(?![\p{L}])/gu,
    resolve: () => ({ unit: 'quarter', period: null, statedYear: null, relative: 'previous_quarter', inherentBase: true }),
  },
  {
    name: 'time.same-period',
    needs: ['cùng'],
    construction: '"cùng kỳ năm trước", "cùng kỳ năm 2023", "cùng kỳ", "cùng thời điểm năm trước": the same period (or day) a year before, a comparison base',
    re: new RegExp(`cùng (?:kỳ|thời điểm)(?:\\s+(?:năm\\s+${Y}|năm trước|năm ngoái))?`, 'gu'),
    // "cùng kỳ năm 2019" states its year: only a year-less "cùng kỳ (năm trước)" is the year before
    resolve: (m) => ({ unit: 'other', period: m[1] ?? null, statedYear: m[1] ? +m[1] : null, inherentBase: true, ...(m[1] ? {} : { relative: 'previous_year' as const }) }),
  },
  {
    name: 'time.relative-year',
    needs: ['năm'],
    construction: 'a year relative to the publication date: "năm nay", "năm qua", "năm trước"/"năm ngoái" (also a base), "năm tới"',
    re: /năm (nay|trước|ngoái|tới|sau|qua|vừa qua)(?![\p{L}])/gu,
    resolve: (m, published) => {
      const pub = parsePublished(published);
      const offset = m[1] === 'nay' || m[1] === 'qua' || m[1] === 'vừa qua' ? 0 : m[1] === 'tới' || m[1] === 'sau' ? 1 : -1;
      const previous = m[1] === 'trước' || m[1] === 'ngoái';
      return {
        unit: 'year',
        period: pub ? String(pub.y + offset) : null,
        statedYear: null,
        ...(pub ? {} : { open: 'no_publication_date' as const }),
        ...(previous ? { relative: 'previous_year' as const, inherentBase: true } : {}),
      };
    },
  },
  {
    name: 'time.year',
    needs: ['19', '20'],
    construction: 'a year: "năm 2023", "hết năm 2023", "cuối năm 2023", "năm tài chính 2023"',
    re: new RegExp(`(?:(?:đến\\s+)?(?:hết|cuối|đầu)\\s+)?(?:cả\\s+)?(?:năm|niên độ|năm tài chính)\\s+${Y}(?!\\d)`, 'gu'),
    resolve: (m) => ({ unit: 'year', period: m[1]!, statedYear: +m[1]! }),
  },
  {
    name: 'time.bare-year',
    needs: ['19', '20'],
    construction: 'a year alone: "(2023)", "trong 2023"',
    re: new RegExp(`(?<![\\d/.,-])${Y}(?![\\d/.,]\\d|\\s*[-–—]\\s*\\d)`, 'gu'),
    resolve: (m) => ({ unit: 'year', period: m[1]!, statedYear: +m[1]! }),
  },
  {
    name: 'time.present',
    needs: ['hiện', 'bây giờ', 'gần đây', 'thời gian'],
    construction: 'the present of the text: "hiện nay", "hiện tại", "bây giờ", "thời gian gần đây" (the period the text speaks of, else the month of publication)',
    re: /(?<![\p{L}])(?:hiện nay|hiện tại|bây giờ|thời gian gần đây|thời gian qua|gần đây)(?![\p{L}])/gu,
    resolve: (_m, published) => {
      const pub = parsePublished(published);
      if (!pub || pub.m === null) return { unit: 'none', period: null, statedYear: null, open: 'no_publication_date' };
      return { unit: 'month', period: `${pub.y}-${pad(pub.m)}`, statedYear: null };
    },
  },
  {
    name: 'time.relative-day',
    needs: ['hôm', 'nay', 'qua'],
    construction: 'a day relative to the publication date: "hôm nay", "sáng nay", "hôm qua", "phiên hôm qua"; "hôm trước" is the base of a day-on-day change',
    re: /(?<![\p{L}])(?:(?:ngày |phiên |sáng |chiều |tối )?hôm (nay|qua|kia|trước(?: đó)?)|(sáng|chiều|tối|trưa|đêm) (nay|qua))(?![\p{L}])/gu,
    resolve: (m, published) => {
      const word = m[1] ?? m[3]!;
      if (word.startsWith('trước')) return { unit: 'day', period: null, statedYear: null, inherentBase: true };
      const pub = parsePublished(published);
      if (!pub || pub.m === null || pub.d === null) return { unit: 'day', period: null, statedYear: null, open: 'no_publication_date' };
      const back = word === 'nay' ? 0 : word === 'qua' ? 1 : 2;
      const d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d - back));
      return { unit: 'day', period: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, statedYear: null };
    },
  },
  {
    name: 'time.day',
    needs: ['ngày', 'hôm', 'phiên'],
    construction: 'a day: "ngày 23/12", "kết thúc ngày 23/12/2022"; the date of a document ("Nghị quyết … ngày 22/3/2018") and a day things run from ("áp dụng từ ngày 1/1/2017") date no figure',
    re: new RegExp(`(?<![\\p{L}])(?:ngày|hôm|phiên)\\s+${DAY}[/.-]${MONTH}(?:[/.-]${Y})?(?![\\d/.-])`, 'gu'),
    resolve: (m) => {
      if (DOCUMENT_BEFORE.test(m.input.slice(Math.max(0, m.index - 50), m.index))) return { unit: 'other', period: null, statedYear: null, open: 'document_date' };
      // "giá gas tăng 2,25% từ ngày 01/11/2024": the day a change took effect, not the time the figure measures
      if (/(?:^|[^\p{L}])từ\s+$/u.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return { unit: 'other', period: null, statedYear: null, open: 'since' };
      return { unit: 'day', period: `${m[3] ?? Q}-${pad(+m[2]!)}-${pad(+m[1]!)}`, statedYear: m[3] ? +m[3] : null };
    },
  },
  {
    name: 'time.to-now',
    needs: ['nay'],
    construction: 'a stock with no date: "đến nay", "lũy kế đến nay"',
    re: /(?:tính\s+)?(?:đến|tới) nay|lũy kế đến nay/gu,
    resolve: () => ({ unit: 'none', period: null, statedYear: null, open: 'to_date' }),
  },
];

/**
 * Finds the time expressions of a sentence and resolves each as far as the
 * sentence and the publication date allow. An expression that does not
 * state its year keeps a template ("quý II" → `????-Q2`) for the document
 * context to complete; relative ones ("năm nay", "tháng trước") use the
 * publication date. What role an expression plays (the period of a figure,
 * a comparison base) is left to the sentence structure.
 *
 * @example
 * findTimes('từ 42,8% năm 2018, quý I năm 2024 đạt 48,3%', null).map((t) => t.period)
 * // → ['2018', '2024-Q1']
 * findTimes('quý II', null).map((t) => t.template) // → ['????-Q2']
 */
export function findTimes(sentence: string, published: string | null): TimeMention[] {
  const key = matchKey(sentence);
  const found: TimeMention[] = [];
  const present = needsIn(key);
  for (let r = 0; r < TIME_RULES.length; r++) {
    if ((present & RULE_NEEDS[r]!) === 0) continue;
    const rule = TIME_RULES[r]!;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(key)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const r = rule.resolve(m, published);
      if (!r) continue;
      found.push(toMention(sentence, start, end, rule.name, r));
    }
  }
  sortFew(found, (a, b) => a.start - b.start);
  return attachYears(key, sentence, found);
}

/** The words the rules need, each once, and each rule's as a mask of their bits. */
const NEED_WORDS = [...new Set(TIME_RULES.flatMap((r) => r.needs))];
const RULE_NEEDS = TIME_RULES.map((r) => r.needs.reduce((mask, w) => mask | (1 << NEED_WORDS.indexOf(w)), 0));
/** Which needed words a key holds, read once, not once per word. */
const needsIn = phrasePresence(NEED_WORDS);

function toMention(sentence: string, start: number, end: number, rule: string, r: Reading): TimeMention {
  const templated = r.period !== null && r.period.includes(YEAR_PLACEHOLDER);
  return {
    start,
    end,
    text: sentence.slice(start, end),
    rule,
    unit: r.unit,
    period: templated ? null : r.period,
    template: templated ? r.period : null,
    yearOffset: r.yearOffset ?? 0,
    statedYear: r.statedYear,
    relative: r.relative ?? null,
    inherentBase: r.inherentBase ?? false,
    open: r.open ?? null,
  };
}

/** Words that make a later year a comparison base, not the year of what precedes. */
const COMPARING = /(?:^|\s)(?:so|hơn|bằng|gấp|từ|với)(?=\s|$)/u;

/**
 * "quý 3 của tỉnh này năm 2024", "tháng 10 của Nghệ An năm 2024": a
 * quarter or month without its year takes the year stated a few words later,
 * which then stops being a time of its own.
 */
function attachYears(key: string, sentence: string, mentions: TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const gap = next ? key.slice(m.end, next.start) : '';
    const year = next ? (next.statedYear ?? (next.period === null ? null : +next.period.slice(0, 4))) : null;
    if (
      next && m.template !== null && (m.unit === 'quarter' || m.unit === 'month' || m.unit === 'ytd') &&
      next.unit === 'year' && year !== null && !next.relative && !/\d|[,;()]/.test(gap) && !COMPARING.test(gap) && gap.trim().split(/\s+/).length <= 5
    ) {
      // "quý 2 năm nay": a relative year counts too
      out.push({
        ...m,
        end: next.end,
        text: sentence.slice(m.start, next.end),
        rule: `${m.rule}+time.year-later`,
        period: fillYear(m.template, year),
        template: null,
        statedYear: next.statedYear,
      });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The months from January to month `n` of year `y`: S1 for six, the year for twelve. */
function ytd(y: string, n: number): string {
  if (n === 12) return y;
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
