import type { NumberKind, NumberReading } from '../../core/mentions.ts';
import type { Qualifier, Quantity } from '../../core/records.ts';
import type { UnitTable } from '../../taxonomy/unit-table.ts';
import { endsWithWord, findQualifier, wordBefore } from './find-qualifier.ts';
import { isStatedDecrease } from './find-sign.ts';
import { resolveAmbiguousReadings } from './resolve-ambiguous-readings.ts';
import { matchKey } from '../../core/match-key.ts';
import { isLetterCode } from '../../core/key-words.ts';
import { matchScale, matchUnit, matchUnitBefore, type UnitMatch } from './match-unit.ts';
import { exactScaledValue, parseDigitNumber, scaledValue, type NumberConvention } from './parse-digit-number.ts';
import { NUMERAL_WORDS, readNumberWords, SCALE_WORDS } from './parse-number-words.ts';
import { sortFew } from '../../core/sort-few.ts';

/** What the reader needs to know about the document. */
export interface ReadContext {
  readonly convention: NumberConvention;
  readonly units: UnitTable;
  /** A pattern for the names of score indices (on match keys): "điểm" in a sentence naming one is a score, and so is a bare decimal after one. */
  readonly scoreNames?: RegExp | null;
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: 'digits' | 'words';
  readonly raw: string;
}

const DOC_WORDS = [
  'nghị quyết', 'quyết định', 'nghị định', 'thông tư', 'chỉ thị', 'công văn', 'văn bản', 'thông báo', 'kết luận', 'luật',
  'tờ trình', 'chương trình hành động', 'công điện', 'quy định', 'hướng dẫn', 'thông tư liên tịch', 'pháp lệnh', 'sắc lệnh', 'báo cáo số', 'kế hoạch số', 'đề án',
];
const CLAUSE_WORDS = ['điều', 'khoản', 'điểm', 'chương', 'mục', 'phụ lục', 'tiết', 'phần'];
const DATE_WORDS = ['ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'rạng sáng', 'sáng nay', 'chiều nay', 'tối nay', 'hôm nay'];
const PHONE_WORDS = ['điện thoại', 'đt', 'fax', 'hotline', 'sđt', 'tel', 'di động', 'đường dây nóng'];
const RANK_WORDS = ['đứng', 'xếp', 'xếp hạng', 'hạng', 'vị trí', 'top', 'đứng vị trí', 'vươn lên', 'tụt xuống', 'lên', 'xuống', 'lớn', 'cao', 'nhiều'];
/** The text before a number ends with a phone word, a document word ("nghị quyết số"), a rank word: each built once, not for every number. */
const PHONE_BEFORE = new RegExp(`(?:${PHONE_WORDS.join('|')})\\s*:?\\s*$`);
const DOC_BEFORE = new RegExp(`(?:${DOC_WORDS.join('|')})(?:\\s+số)?\\s*$`);
/** How much of the text before a number the rank words are tried on: "đứng" and 25 characters after it fit. */
const TAIL = 48;
const RANK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${RANK_WORDS.join('|')})(?:\\s+trong)?\\s*$`, 'u');
/** The ordinal words: "thứ nhất" 1, "thứ tư" 4. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** Words a number follows in a name ("Công nghiệp 4.0", "Top 10", "phiên bản 2"). */
const NAME_PREFIXES = ['công nghiệp', 'cách mạng', 'phiên bản', 'version', 'web', 'top'];
/** Words before a version-like "N.0" ("nhóm 4.0", "khối 2.0", "G 7.0"). */
const VERSION_PREFIXES = [...NAME_PREFIXES, 'covid', 'nhóm', 'khối', 'g'];
/** Words after a number that make "N tháng"/"N năm" a period, not a duration. */
const PERIOD_AFTER = /^\s*(?:đầu năm|cuối năm|đầu|cuối|qua|vừa qua|gần đây|năm \d{4}|năm nay|năm trước|năm ngoái|của năm|\/\d{4}|,|đã qua)/;
/** "rưỡi" (and a half) right after a scale or a unit. */
const HALF_AFTER = /^\s+rưỡi(?![\p{L}])/u;
/** Words that are not count nouns: a number before them is bare. */
const NOT_NOUNS = new Set([
  'và', 'hoặc', 'hay', 'so', 'với', 'của', 'là', 'đã', 'được', 'có', 'đến', 'tới', 'trong', 'trên', 'dưới', 'tại', 'từ', 'theo', 'cho', 'thì',
  'mà', 'nhưng', 'này', 'đó', 'về', 'ở', 'để', 'khi', 'sau', 'trước', 'bị', 'cũng', 'vẫn', 'đều', 'năm', 'tháng', 'ngày', 'quý', 'tuần',
  'giờ', 'phút', 'giây', 'nay', 'rồi', 'như', 'nên', 'vì', 'do', 'bởi', 'tăng', 'giảm', 'đạt', 'còn', 'lên', 'xuống', 'vào', 'ra', 'nữa',
  'thuộc', 'gồm', 'bao', 'các', 'những', 'mỗi', 'một', 'hai', 'ba', 'bốn', 'nhất', 'lại', 'chỉ', 'nhiều', 'ít', 'hơn', 'khoảng', 'gần',
  'liên', 'tiếp', 'đầu', 'cuối', 'qua', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'chục', 'mươi', 'mười', 'giá', 'mức', 'nên', 'hơn',
  'đang', 'sẽ', 'cùng', 'kỳ', 'thứ', 'người', 'tại', 'lần', 'trở', 'mới', 'cả', 'nước', 'toàn', 'riêng', 'trung', 'bình', 'chiếm',
]);

/** Nouns that begin with a word of {@link NOT_NOUNS}: "chỉ" is "only" before a verb, but "chỉ tiêu" (targets) and "chỉ số" (indices) are things counted. */
const COMPOUND_NOUN = /^\s*chỉ\s+(?:tiêu|số)(?![\p{L}])/u;

/**
 * Finds every number in a sentence and judges what it is: a quantity
 * (with its scale, unit, qualifier, sign and range), or a date, year,
 * period, document number, list marker, ordinal, name, phone number or a
 * bare number, with the reason. Never throws: text it cannot read is
 * reported as `bare` with the reason.
 *
 * @example
 * readNumbers('Tăng trưởng GRDP năm 2023 đạt trên 11%', ctx)
 *   .map((r) => [r.text, r.kind])
 * // → [['2023', 'year'], ['11', 'quantity']]
 */
export function readNumbers(sentence: string, ctx: ReadContext): NumberReading[] {
  try {
    return new SentenceReader(sentence, ctx).read();
  } catch (error) {
    // A defect here must not stop the run: report the sentence as unread.
    const reason = error instanceof Error ? error.message : String(error);
    return [{ value: null, text: sentence.slice(0, 40), span: { start: 0, end: Math.min(40, sentence.length) }, kind: 'bare', reason: `not read: ${reason}` }];
  }
}

class SentenceReader {
  private readonly key: string;
  private readonly tokens: Token[];
  private readonly out: NumberReading[] = [];
  /** Token indexes already read as part of another reading. */
  private readonly used = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly ctx: ReadContext,
  ) {
    this.key = matchKey(text);
    this.tokens = tokenize(this.key);
  }

  read(): NumberReading[] {
    this.readWordOrdinals();
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.used.has(i)) continue;
      const t = this.tokens[i]!;
      if (t.kind === 'words') this.readWords(i);
      else this.readDigits(i);
    }
    return resolveAmbiguousReadings(this.text, sortFew(this.out, (a, b) => a.span.start - b.span.start));
  }

  // ---------------------------------------------------------------- digits

  private readDigits(i: number): void {
    const t = this.tokens[i]!;
    const key = this.key;
    const before = key.slice(Math.max(0, t.start - 40), t.start);
    const after = key.slice(t.end, t.end + 40);
    const prevChar = key[t.start - 1];
    const prevWord = wordBefore(key, t.start);
    // the key from the number on, cut once for the patterns read there
    const fromHere = key.slice(t.start);

    // Dates and times written with separators.
    const dm = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/.exec(fromHere);
    if (dm && validDayMonth(+dm[1]!, +dm[3]!)) return this.skipThrough(i, t.start + dm[0].length, 'date', 'day/month/year');
    const my = /^(\d{1,2})\s?[/.-]\s?((?:19|20)\d{2})(?!\d)/.exec(fromHere);
    if (my && +my[1]! >= 1 && +my[1]! <= 12 && (endsWithWord(key, t.start, 'tháng') || /^\s*[/.-]/.test(key.slice(t.end)))) {
      return this.skipThrough(i, t.start + my[0].length, 'period', 'month/year');
    }
    const time = /^(\d{1,2})\s?(?:h|giờ|:)\s?(\d{2})?(?![\p{L}\d])/u.exec(fromHere);
    if (time && +time[1]! <= 24 && (time[2] !== undefined || /^\d{1,2}h(?![\p{L}])/u.test(fromHere))) {
      return this.skipThrough(i, t.start + time[0].length, 'time', 'time of day');
    }
    // a range of days: "từ 20-30/4", "ngày 9-10/12"
    const days = /^(\d{1,2})\s?[-–]\s?(\d{1,2})[/.](\d{1,2})(?:[/.]\d{2,4})?(?![\d.,]\d)/.exec(fromHere);
    if (days && validDayMonth(+days[1]!, +days[3]!) && validDayMonth(+days[2]!, +days[3]!)) {
      return this.skipThrough(i, t.start + days[0].length, 'date', 'a range of days');
    }
    // "đứng thứ 20/63": a rank out of the provinces, before it could be a fraction
    if (prevWord === 'thứ' || prevWord === 'hạng') return this.readOrdinal(i, key.lastIndexOf(prevWord, t.start));
    const ddMatch = /^(\d{1,2})([/.-])(\d{1,3})(?!\d|[.,]\d)/.exec(fromHere);
    // three digits after "/" make a part of a whole ("12/126"); after "." they are thousands ("9.001")
    const dd = ddMatch && (ddMatch[2] === '/' || ddMatch[3]!.length <= 2) ? ddMatch : null;
    if (dd) {
      const rest = key.slice(t.start + dd[0].length);
      // "từ 20-30/4" and "đến 27/10" are dates, "từ 9-10%" a range of figures
      const dateWord =
        DATE_WORDS.some((w) => endsWithWord(key, t.start, w)) ||
        /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|nay)\s*\($/.test(before) ||
        (/(?:từ|đến|tới)\s*(?:ngày\s*)?$/.test(before) && (dd[2] === '/' || /^[/.]\d/.test(rest)) && validDayMonth(+dd[1]!, +dd[3]!));
      const nextWord = /^\s*([\p{L}]+)/u.exec(rest)?.[1];
      const followedByNoun = nextWord !== undefined && (!NOT_NOUNS.has(nextWord) || COMPOUND_NOUN.test(rest)) && !/^\s*,/.test(rest);
      if (dd[2] === '/' && !dateWord && followedByNoun && +dd[1]! <= +dd[3]!) {
        // "03/12 mục tiêu", "22/27 ngành": a part of a whole, a count.
        return this.readFraction(i, dd);
      }
      if (validDayMonth(+dd[1]!, +dd[3]!) && (dateWord || dd[2] !== '.' || (this.ctx.convention === 'vi' && !/^\s*(?:%|tỷ|triệu|nghìn|usd|đồng|điểm)/.test(rest)))) {
        if (dd[2] !== '-' || dateWord) return this.skipThrough(i, t.start + dd[0].length, 'date', dateWord ? 'day/month after a date word' : 'day/month');
      }
    }
    // "ngày 22 tháng 3 năm 2018"
    if (endsWithWord(key, t.start, 'ngày') && /^\s+tháng\s+\d/.test(after)) return this.mark(i, 'date', 'day of a date written in words');
    if (endsWithWord(key, t.start, 'tháng') && /^\d{1,2}$/.test(t.raw) && +t.raw <= 12) return this.mark(i, 'period', 'month');
    if (endsWithWord(key, t.start, 'ngày') && /^\d{1,2}$/.test(t.raw)) return this.mark(i, 'date', 'day after "ngày"');
    if (endsWithWord(key, t.start, 'quý') && /^[1-4]$/.test(t.raw)) return this.mark(i, 'period', 'quarter');

    // Phone and fax numbers, before years ("Hotline 1900 1234").
    if (PHONE_BEFORE.test(before) || /^0\d{2,3}[ .]\d{3,4}[ .]?\d{3,4}(?!\d)/.test(fromHere)) {
      const m = /^[\d .]+/.exec(fromHere)!;
      return this.skipThrough(i, t.start + m[0].trimEnd().length, 'phone', 'phone or fax number');
    }

    // Years ("-1937" with its sign is a number, not a year).
    if (/^(?:19|20)\d{2}$/.test(t.raw) && !signedNumber(key, t.start)) {
      const unit = this.unitAfter(t.end);
      const yearWord = /(?:năm|giai đoạn|niên độ|quý [1-4iv]+\s*[/-]|tháng \d{1,2}\s*[/-]|từ|đến|tới|cuối|đầu|trước|sau|[-–—(/])\s*$/.test(before);
      if (yearWord || !unit || unit.kind === 'duration') return this.mark(i, 'year', yearWord ? 'year after a period word' : 'a year, no unit follows');
    }

    // Document numbers, clauses, list markers, phone numbers, names.
    if (/^(?:\/\d{2,4})?(?:[-/][a-zđ][\p{L}\d]*)+/u.test(after) && /[A-ZĐ]/.test(this.text.slice(t.end, t.end + 6))) {
      return this.markDocumentNumber(i, 'followed by a document code');
    }
    if (prevWord === 'số' && wordBefore(key, t.start - 4) !== 'tổng' && !this.unitAfter(t.end)) return this.markDocumentNumber(i, 'after "số"');
    if (DOC_BEFORE.test(before) && !this.measureAfter(t.end)) {
      return this.markDocumentNumber(i, 'after the name of a document type');
    }
    if (CLAUSE_WORDS.some((w) => endsWithWord(key, t.start, w)) && !this.measureAfter(t.end)) return this.mark(i, 'document_number', 'article or clause number');
    if ((prevChar === '(' && key[t.end] === ')' && !this.unitAfter(t.end + 1)) || (t.start === 0 || /^[\s\-–•*]*$/.test(key.slice(0, t.start))) && /^[.)]\s/.test(after)) {
      return this.mark(i, 'list_marker', 'list marker');
    }
    if (isGluedToName(key, t) && !matchUnitBefore(key, t.start, this.ctx.units)) return this.mark(i, 'name', 'part of a name or code (letters attached)');
    if (/^\.0(?!\d)/.test(after) && VERSION_PREFIXES.some((w) => endsWithWord(key, t.start, w))) return this.skipThrough(i, t.end + 2, 'name', 'version in a name ("4.0")');
    if (NAME_PREFIXES.some((w) => endsWithWord(key, t.start, w))) return this.mark(i, 'name', `number in a name after "${prevWord}"`);

    // Ordinals and ranks: "thứ 3", "đứng thứ 17/63".
    if (prevWord === 'thứ' || prevWord === 'hạng') return this.readOrdinal(i, key.lastIndexOf(prevWord, t.start));

    this.readQuantity(i);
  }

  // ---------------------------------------------------------------- quantities

  private readQuantity(i: number): void {
    const t = this.tokens[i]!;
    const key = this.key;
    let num: { int: string; frac: string; reading: string | null } | null;
    if (t.kind === 'digits') num = parseDigitNumber(t.raw, this.ctx.convention);
    else {
      const w = readNumberWords(t.raw.split(' '));
      num = w === null ? null : { int: (w.negative ? '-' : '') + w.int.toString(), frac: w.frac, reading: null };
    }
    if (num === null) return this.mark(i, 'bare', `cannot read "${t.raw}" as a number`);

    // explicit sign: "(-22.46%)", "+0,07%", "âm 1,2%", "trừ hai phẩy năm phần trăm"
    let sign = num.int.startsWith('-') ? -1 : 1;
    let start = t.start;
    if (signedNumber(key, t.start)) {
      if (key[t.start - 1] !== '+') sign = -1;
      start = t.start - 1;
    }

    let end = t.end;
    let exponent = 0;
    const scale = matchScale(key, end) ?? shorthandScale(key, end);
    if (scale) {
      exponent = scale.exponent;
      end = scale.end;
      // "2 tỷ rưỡi": and a half of the scale
      const half = num.frac === '' ? HALF_AFTER.exec(key.slice(end)) : null;
      if (half) {
        num = { ...num, frac: '5' };
        end += half[0].length;
      }
    }
    let unit = this.unitAfter(end);
    if (!unit) {
      // a currency before the number: "$10", "USD1,23"
      const before = matchUnitBefore(key, start, this.ctx.units);
      if (before) {
        unit = { unit: before.unit, kind: before.kind, end, phrase: before.phrase };
        start = before.start;
      }
    }
    // A range: "8,5-9%", "từ 5 đến 7%", "giữa 1000 và 2000 đồng", "43-45 triệu đồng/m2".
    const range = this.readRangeEnd(i, unit ? unit.end : end, endsWithWord(key, start, 'giữa'));
    let valueHigh: number | null = null;
    if (range) {
      if (!unit) {
        // the low end takes the high end's scale and unit: "2-4 tỷ đồng"
        exponent = range.exponent;
        unit = range.unit;
      }
      valueHigh = range.value;
      end = range.end;
    }
    let qualifierStart = start;
    const q = findQualifier(key, start);
    let qualifier: Qualifier | null = q?.qualifier ?? null;
    if (q) qualifierStart = q.start;
    if (range) {
      qualifier = 'range';
      for (const w of ['từ', 'giữa']) if (endsWithWord(key, qualifierStart, w)) qualifierStart = key.lastIndexOf(w, qualifierStart);
      while (qualifierStart > 0 && key[qualifierStart - 1] === ' ' ) qualifierStart--;
      qualifierStart = this.skipBackSpaces(qualifierStart, start);
    } else if (qualifier === 'over' && key.startsWith('vượt', q!.start) && /^\s*(?:%\s*)?(?:so với|dự toán|kế hoạch|mục tiêu|chỉ tiêu)/.test(key.slice(unit ? unit.end : end))) {
      // "vượt 37% dự toán": exceeded by exactly that much
      qualifier = null;
      qualifierStart = start;
    }
    if (!unit) {
      // "từ 50 triệu đồng/m2 trở lên"
      return this.readUnitless(i, num, sign, exponent, start, end, qualifier, qualifierStart);
    }
    const unitCode = this.refineUnit(unit, qualifierStart);
    if (unit.kind === 'ratio' && endsWithWord(key, qualifierStart, 'gấp')) qualifierStart = key.lastIndexOf('gấp', qualifierStart);
    end = Math.max(end, unit.end);
    // "hai đô rưỡi", "3 năm rưỡi": and a half of the unit
    const half = !range && exponent === 0 && num.frac === '' ? HALF_AFTER.exec(key.slice(end)) : null;
    if (half) {
      num = { ...num, frac: '5' };
      end += half[0].length;
    }
    if (/^\s*trở lên/.test(key.slice(end))) {
      qualifier = 'at_least';
      end = key.indexOf('trở lên', end) + 'trở lên'.length;
    } else if (/^\s*trở xuống/.test(key.slice(end))) {
      qualifier = 'at_most';
      end = key.indexOf('trở xuống', end) + 'trở xuống'.length;
    }
    if (unit.kind === 'duration' && PERIOD_AFTER.test(key.slice(unit.end))) {
      return this.mark(i, 'period', `"${t.raw} ${unit.phrase}" names a period, not a duration`);
    }
    // "tăng 3 lần, giảm 5 lần" counts occasions: a count has no sign
    const decrease = sign === 1 && unit.kind !== 'ratio' && !signedInline(key, start) && isStatedDecrease(key, 0, qualifierStart);
    const finalSign = decrease ? -1 : sign;
    const value = finalSign * scaledValue(absDigits(num), exponent);
    const high = valueHigh === null ? null : finalSign * scaledValue(absDigits(range!.num), range!.exponent);
    const kind = unit.kind === 'count' ? 'count' : unit.kind === 'duration' ? 'duration' : unit.kind === 'ratio' ? 'ratio' : unitCode === 'index' ? 'index' : 'measure';
    const swap = range && high !== null && high < value;
    const exact = exactScaledValue(num, exponent, finalSign);
    const highExact = valueHigh === null ? null : exactScaledValue(range!.num, range!.exponent, finalSign);
    this.emit(i, {
      span: { start: qualifierStart, end },
      text: this.text.slice(qualifierStart, end),
      value: swap ? high : value,
      valueHigh: swap ? value : high,
      ...exactValues(swap ? highExact : exact, swap ? exact : highExact),
      unit: unitCode,
      unitMult: exponent,
      qualifier,
      numberSpan: { start: t.start, end: t.end },
      signFromWord: decrease,
      reading: num.reading,
      kind,
    }, range ? range.tokenIndexes : []);
  }

  /** A number with no unit of the table: a count with its noun, an index score, or a bare number. */
  private readUnitless(
    i: number,
    num: { int: string; frac: string; reading: string | null },
    sign: number,
    exponent: number,
    start: number,
    end: number,
    qualifier: Qualifier | null,
    qualifierStart: number,
  ): void {
    const t = this.tokens[i]!;
    const key = this.key;
    // "gấp 2,3" without "lần", "gấp đôi" is handled with the words
    if (endsWithWord(key, qualifierStart, 'gấp')) {
      const s = key.lastIndexOf('gấp', qualifierStart);
      return this.emitSimple(i, num, 1, 0, s, end, 'times', null, 'ratio');
    }
    // An index score: "Chỉ số DTI … đạt 0,7024", "PCI đạt 70,5".
    const sentenceHasIndex = /(?:chỉ số|index)/.test(key.slice(0, t.start)) || this.namesScore(key.slice(0, t.start));
    const nextWord = /^\s*([\p{L}]+)/u.exec(key.slice(end))?.[1] ?? null;
    if (sentenceHasIndex && num.frac !== '' && exponent === 0 && (nextWord === null || NOT_NOUNS.has(nextWord) || nextWord === 'đứng')) {
      return this.emitSimple(i, num, sign, 0, qualifierStart, end, 'index', qualifier, 'index');
    }
    // Money implied by "tỷ"/"nghìn tỷ" alone ("123.7 nghìn tỷ").
    if (exponent >= 9 && (nextWord === null || NOT_NOUNS.has(nextWord))) {
      const decrease = sign === 1 && isStatedDecrease(key, 0, qualifierStart);
      return this.emitSimple(i, num, decrease ? -1 : sign, exponent, qualifierStart, end, 'VND', qualifier, 'measure', decrease);
    }
    // A count: "31 KCN", "4 làn xe", "30 mặt hàng" (a noun follows).
    const noun = /^\s?([\p{L}]+)/u.exec(key.slice(end));
    const nounText = noun ? this.text.slice(end, end + noun[0].length) : '';
    // a count is whole, unless a scale word makes it a decimal of millions ("152,4 triệu cái");
    // an ambiguous "13,000 lượt" is read as thousands, since a count is whole
    if (noun && num.frac !== '' && exponent === 0 && num.reading !== null && /read as decimal/.test(num.reading) && /^\d{3}$/.test(num.frac)) {
      num = { int: String(Number(num.int) * 1000 + Number(num.frac)), frac: '', reading: `'${t.raw}' read as thousands: a count is a whole number` };
    }
    if (noun && !NOT_NOUNS.has(noun[1]!) && (num.frac === '' || exponent > 0) && !/^\s?\p{Lu}\p{Ll}/u.test(nounText)) {
      const decrease = sign === 1 && isStatedDecrease(key, 0, qualifierStart);
      return this.emitSimple(i, num, decrease ? -1 : sign, exponent, qualifierStart, end + noun[0].length, 'count', qualifier, 'count', decrease);
    }
    if (noun && /^\s?\p{Lu}\p{Ll}/u.test(nounText)) return this.mark(i, 'name', 'a proper name follows (an address or a name)');
    // A bare number keeps its scale and its sign: "5 nghìn" is 5000, "âm 1.200.000" is -1200000.
    let bareStart = start;
    let bareSign = sign;
    if (start === t.start && endsWithWord(key, t.start, 'âm')) {
      bareSign = -1;
      bareStart = key.lastIndexOf('âm', t.start - 1);
    }
    this.out.push({
      value: bareSign * scaledValue(absDigits(num), exponent),
      text: this.text.slice(bareStart, end),
      span: { start: bareStart, end },
      kind: 'bare',
      reason: exponent > 0 ? 'a scale word but no unit or noun' : 'no unit or counted noun follows',
    });
  }

  private emitSimple(
    i: number,
    num: { int: string; frac: string; reading: string | null },
    sign: number,
    exponent: number,
    start: number,
    end: number,
    unit: string,
    qualifier: Qualifier | null,
    kind: Quantity['kind'],
    signFromWord = false,
  ): void {
    const t = this.tokens[i]!;
    this.emit(i, {
      span: { start, end },
      text: this.text.slice(start, end),
      value: sign * scaledValue(absDigits(num), exponent),
      valueHigh: null,
      ...exactValues(exactScaledValue(num, exponent, sign), null),
      unit,
      unitMult: exponent,
      qualifier,
      numberSpan: { start: t.start, end: t.end },
      signFromWord,
      reading: num.reading,
      kind,
    });
  }

  /** The end of a range after a number: "-9%", " đến 7%", " – 36 tháng". */
  private readRangeEnd(
    i: number,
    pos: number,
    between = false,
  ): { value: number; num: { int: string; frac: string }; exponent: number; unit: UnitMatch | null; end: number; tokenIndexes: number[] } | null {
    const key = this.key;
    // "và" closes a range only after "giữa" ("giữa 1000 và 2000 đồng")
    const m = (between ? /^\s*(?:[-–—]|đến|tới|và)\s*/ : /^\s*(?:[-–—]|đến|tới)\s*(?:hơn\s+|dưới\s+|khoảng\s+)?/).exec(key.slice(pos));
    if (!m) return null;
    const next = this.tokens[i + 1];
    if (!next || next.kind !== 'digits' || next.start !== pos + m[0].length) return null;
    if (/^[-–—]$/.test(m[0].trim()) && /^(?:19|20)\d{2}$/.test(next.raw) && /^(?:19|20)\d{2}$/.test(this.tokens[i]!.raw)) return null;
    const num = parseDigitNumber(next.raw, this.ctx.convention);
    if (!num) return null;
    let end = next.end;
    let exponent = 0;
    const scale = matchScale(key, end);
    if (scale) {
      exponent = scale.exponent;
      end = scale.end;
    }
    const unit = this.unitAfter(end);
    if (unit && unit.kind === 'duration' && PERIOD_AFTER.test(key.slice(unit.end))) return null;
    // "ngày 9-10/12": a date range, not a figure.
    if (/^[/.]\d/.test(key.slice(next.end))) return null;
    return { value: scaledValue(num, exponent), num, exponent, unit, end: unit ? unit.end : end, tokenIndexes: [i + 1] };
  }

  private readFraction(i: number, m: RegExpExecArray): void {
    const t = this.tokens[i]!;
    const end = t.start + m[0].length;
    const noun = COMPOUND_NOUN.exec(this.key.slice(end)) ?? /^\s?[\p{L}]+/u.exec(this.key.slice(end));
    const spanEnd = end + (noun ? noun[0].length : 0);
    this.markTokensThrough(i, end);
    this.emit(i, {
      span: { start: t.start, end: spanEnd },
      text: this.text.slice(t.start, spanEnd),
      value: Number(m[1]),
      valueHigh: null,
      unit: 'count',
      unitMult: 0,
      qualifier: null,
      numberSpan: { start: t.start, end: t.start + m[1]!.length },
      signFromWord: false,
      reading: `"${m[0]}" read as ${m[1]} of ${m[3]}`,
      kind: 'count',
    });
  }

  /**
   * Ordinals in words that rank: "đứng thứ hai cả nước", "nhà đầu tư lớn thứ
   * ba", "thứ nhất Đông Nam Á"; in a sentence that ranks already, the next
   * ones too ("lớn thứ hai là A, thứ ba là B").
   */
  private readWordOrdinals(): void {
    const re = /(?<![\p{L}])thứ\s+(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])/gu;
    let m: RegExpExecArray | null;
    let ranking = false;
    while ((m = re.exec(this.key)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const value = ORDINAL_WORDS[m[1]!]!;
      const covered = this.tokens.map((t, k) => ({ t, k })).filter(({ t }) => t.start >= start && t.end <= end);
      for (const { k } of covered) this.used.add(k);
      ranking ||= this.rankContext(start);
      const numberStart = start + m[0].length - m[1]!.length;
      // "lần thứ tư", "năm thứ hai": an ordinal in words outside a ranking is a word, not a number read
      if (!ranking) continue;
      const q: Quantity = {
        span: { start, end }, text: this.text.slice(start, end), value, valueHigh: null, unit: 'rank', unitMult: 0, qualifier: null,
        numberSpan: { start: numberStart, end }, signFromWord: false, reading: null, kind: 'rank',
      };
      this.out.push({ value, text: this.text.slice(numberStart, end), span: { start: numberStart, end }, kind: 'quantity', reason: 'rank in words', quantity: q });
    }
  }

  /** Whether the words before `start` make a following "thứ N" a rank: "đứng", "xếp", "vị trí", "lớn", "cao". */
  private rankContext(start: number): boolean {
    const before = this.key.slice(0, start);
    const tail = before.slice(-TAIL);
    return RANK_BEFORE.test(tail) || /(?:đứng|xếp)[^,.;]{0,25}$/.test(tail);
  }

  private readOrdinal(i: number, start: number): void {
    const t = this.tokens[i]!;
    const key = this.key;
    const rankContext = this.rankContext(start);
    let end = t.end;
    const outOf = /^\/(\d{1,3})(?!\d)/.exec(key.slice(t.end));
    if (outOf) {
      end += outOf[0].length;
      this.markTokensThrough(i, end);
    }
    if (!rankContext) return this.mark(i, 'ordinal', 'ordinal ("thứ N") outside a ranking');
    this.emit(i, {
      span: { start, end },
      text: this.text.slice(start, end),
      value: Number(t.raw),
      valueHigh: null,
      unit: 'rank',
      unitMult: 0,
      qualifier: null,
      numberSpan: { start: t.start, end: t.end },
      signFromWord: false,
      reading: null,
      kind: 'rank',
    });
  }

  // ---------------------------------------------------------------- words

  private readWords(i: number): void {
    const t = this.tokens[i]!;
    const key = this.key;
    const words = t.raw.split(' ');
    // "gấp đôi", "gấp rưỡi", "gấp ba lần"
    if (endsWithWord(key, t.start, 'gấp') && (words[0] === 'đôi' || words[0] === 'rưỡi' || readNumberWords(words) !== null)) {
      const value = words[0] === 'đôi' ? 2 : words[0] === 'rưỡi' ? 1.5 : Number(readNumberWords(words)!.int);
      let end = t.end;
      const lan = /^\s+lần(?![\p{L}])/u.exec(key.slice(end));
      if (lan) end += lan[0].length;
      const start = key.lastIndexOf('gấp', t.start);
      return this.emit(i, {
        span: { start, end }, text: this.text.slice(start, end), value, valueHigh: null, unit: 'times', unitMult: 0, qualifier: null,
        numberSpan: { start: t.start, end: t.end }, signFromWord: false, reading: null, kind: 'ratio',
      });
    }
    if (words[0] === 'đôi' || words[0] === 'rưỡi') return;
    if (words.length === 1 && words[0] === 'một' && /^\s*(?:số|vài|trong|cách|khi|lúc|nửa|phần(?!\s+trăm))(?![\p{L}])/u.test(key.slice(t.end))) return;
    const n = readNumberWords(words);
    if (n === null) return this.mark(i, 'bare', `"${t.raw}" is not one number`);
    const value = Number(`${n.negative ? '-' : ''}${n.int}${n.frac ? `.${n.frac}` : ''}`);
    // Spelled-out numbers are figures only with a scale or a unit ("hai phẩy năm triệu đồng").
    const unit = this.unitAfter(t.end);
    const scaleWord = words.some((w) => SCALE_WORDS[w] !== undefined);
    // a lone digit word before "điểm" is "a point" ("Một điểm đáng lưu ý"), not a score
    const plainMeasure = unit !== null && unit.unit !== 'point' && unit.unit !== 'index' && unit.unit !== 'bp';
    // "hai lần", "một lần" alone count occasions; a multiple is said with a verb of comparison ("tăng hai lần", "cao hơn ba lần")
    const occasions = unit?.kind === 'ratio' && !/(?:gấp|tăng|giảm|hơn|bằng)\s*$/u.test(key.slice(Math.max(0, t.start - 12), t.start));
    if (occasions) return this.mark(i, 'bare', `"${t.raw} lần" counts occasions, not a multiple`);
    if (unit && unit.kind !== 'count' && unit.kind !== 'duration' && (scaleWord || words.length > 1 || unit.kind === 'ratio' || plainMeasure)) {
      return this.readQuantity(i);
    }
    if (words.length === 1 && words[0] === 'năm') return; // the noun "year"
    this.out.push({ value, text: this.text.slice(t.start, t.end), span: { start: t.start, end: t.end }, kind: 'bare', reason: unit ? 'spelled-out count' : 'spelled-out number without a unit' });
  }

  // ---------------------------------------------------------------- helpers

  private unitAfter(pos: number): UnitMatch | null {
    return matchUnit(this.key, pos, this.ctx.units);
  }

  /** A unit that makes the number a measured amount (not a count or a duration). */
  private measureAfter(pos: number): boolean {
    const scale = matchScale(this.key, pos);
    const u = this.unitAfter(scale ? scale.end : pos);
    return u !== null && u.kind === 'measure';
  }

  /** "điểm" is an index score for named score indices, stock points otherwise. */
  private refineUnit(u: UnitMatch, start: number): string {
    if (u.unit === 'point' && this.namesScore(this.key)) return 'index';
    // "đóng góp 1,2 điểm vào mức tăng chung": a contribution to a growth rate is in percentage points
    if (u.unit === 'point' && /đóng góp(?:\s+\S+){0,3}\s*$/u.test(this.key.slice(Math.max(0, start - 30), start))) return 'pp';
    return u.unit;
  }

  /** Whether `text` names a score index of the taxonomy ("PCI", "chỉ số chuyển đổi số"). */
  private namesScore(text: string): boolean {
    return this.ctx.scoreNames?.test(text) ?? false;
  }

  private skipBackSpaces(pos: number, fallback: number): number {
    let p = pos;
    while (p < fallback && this.key[p] === ' ') p++;
    return p;
  }

  private mark(i: number, kind: NumberKind, reason: string): void {
    const t = this.tokens[i]!;
    const value = t.kind === 'digits' ? valueOf(parseDigitNumber(t.raw, this.ctx.convention)) : valueOfWords(t.raw);
    this.out.push({ value, text: this.text.slice(t.start, t.end), span: { start: t.start, end: t.end }, kind, reason });
  }

  private markDocumentNumber(i: number, reason: string): void {
    this.mark(i, 'document_number', reason);
    // "Nghị quyết số 52 và 23", "nghị quyết 52, 23": the list continues.
    let j = i;
    while (j + 1 < this.tokens.length) {
      const cur = this.tokens[j]!;
      const next = this.tokens[j + 1]!;
      const gap = this.key.slice(cur.end, next.start);
      if (!/^(?:[-/][\p{L}\d/-]*)?\s*(?:,|và|;)\s*(?:số\s+)?$/u.test(gap) || this.measureAfter(next.end)) break;
      this.used.add(j + 1);
      this.mark(j + 1, 'document_number', 'in a list of document numbers');
      j++;
    }
  }

  /** Marks the token and every token up to `end` as one non-figure reading. */
  private skipThrough(i: number, end: number, kind: NumberKind, reason: string): void {
    const t = this.tokens[i]!;
    this.markTokensThrough(i, end);
    this.out.push({ value: valueOf(parseDigitNumber(t.raw, this.ctx.convention)), text: this.text.slice(t.start, end), span: { start: t.start, end }, kind, reason });
  }

  private markTokensThrough(i: number, end: number): void {
    for (let j = i + 1; j < this.tokens.length && this.tokens[j]!.start < end; j++) this.used.add(j);
  }

  private emit(i: number, q: Quantity, alsoUsed: readonly number[] = []): void {
    for (const j of alsoUsed) this.used.add(j);
    // tokens inside the quantity's span (e.g. digits of "m2") are part of it
    this.markTokensThrough(i, q.span.end);
    const t = this.tokens[i]!;
    this.out.push({
      value: t.kind === 'digits' ? valueOf(parseDigitNumber(t.raw, this.ctx.convention)) : valueOfWords(t.raw),
      text: this.text.slice(t.start, t.end),
      span: { start: t.start, end: t.end },
      kind: 'quantity',
      reason: q.reading ?? `${q.kind} in ${q.unit}`,
      quantity: q,
    });
  }
}

/** Words that may open a spelled-out number ("tư" alone is in "đầu tư", "không" is "not"). */
const RUN_OPENERS = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'muời', 'trăm', 'đôi', 'rưỡi', 'nửa']);

/** The longest run of number words tried as one number (the longest readings of 10^21 are about 45 words). */
const MAX_RUN_WORDS = 64;

interface Word {
  readonly s: string;
  readonly start: number;
}

/** Whether the word at `k` may open a spelled-out number. */
function opensRun(words: readonly Word[], k: number): boolean {
  const s = words[k]!.s;
  const next = words[k + 1]?.s;
  if (RUN_OPENERS.has(s)) return true;
  // "không" opens only a decimal or a hundreds group: "không phẩy năm", "không trăm"
  if (s === 'không') return next === 'phẩy' || next === 'chấm' || next === 'trăm';
  // "âm hai", "trừ không phẩy năm"
  return (s === 'âm' || s === 'trừ') && next !== undefined && next !== 'âm' && next !== 'trừ' && opensRun(words, k + 1);
}

/** Digit runs and runs of number words, in order. */
function tokenize(key: string): Token[] {
  const tokens: Token[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    // most words are not numerals and end no run: nothing to split, and the empty run stays
    if (run.length === 0) return;
    for (const part of splitRun(run)) {
      const first = part[0]!;
      const last = part.at(-1)!;
      tokens.push({ start: first.start, end: last.start + last.s.length, kind: 'words', raw: part.map((w) => w.s).join(' ') });
    }
    run = [];
  };
  const words = numberWordsOf(key);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (isDigit(word.s.charCodeAt(0))) {
      flush();
      tokens.push({ start: word.start, end: word.start + word.s.length, kind: 'digits', raw: word.s });
      continue;
    }
    const numeral = NUMERAL_WORDS.has(word.s) || word.s === 'đôi';
    const last = run.at(-1);
    if (numeral && last && /^ +$/.test(key.slice(last.start + last.s.length, word.start))) {
      run.push(word);
      continue;
    }
    flush();
    if (numeral && !afterDigits(key, word.start) && opensRun(words, k)) run.push(word);
  }
  flush();
  return tokens;
}

/**
 * The key's runs of digits (with their "." and "," groups) and of letters,
 * as `/\d+(?:[.,]\d+)*|\p{L}+/gu` finds them, read by character code.
 */
function numberWordsOf(key: string): Word[] {
  const words: Word[] = [];
  const n = key.length;
  let i = 0;
  while (i < n) {
    let e = i + 1;
    if (isDigit(key.charCodeAt(i))) {
      for (;;) {
        while (e < n && isDigit(key.charCodeAt(e))) e++;
        const sep = key.charCodeAt(e);
        if ((sep === 46 || sep === 44) && e + 1 < n && isDigit(key.charCodeAt(e + 1))) e += 2;
        else break;
      }
    } else if (isLetterCode(key, i)) {
      while (e < n && isLetterCode(key, e)) e++;
    } else {
      i++;
      continue;
    }
    words.push({ s: key.slice(i, e), start: i });
    i = e;
  }
  return words;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A run of number words cut into the numbers it holds, longest first:
 * "ba nghìn năm" is 3000 and the noun "năm", "một trăm một" is 100 and 1.
 * Words that cannot open a number between them are dropped ("chấm" in
 * "mười hai chấm mốt"); a word that is no number at all ("đôi") is kept
 * alone for the reader to judge.
 */
function splitRun(run: readonly Word[]): Word[][] {
  const parts: Word[][] = [];
  let i = 0;
  while (i < run.length) {
    let j = Math.min(run.length, i + MAX_RUN_WORDS);
    while (j > i + 1 && readNumberWords(run.slice(i, j).map((w) => w.s)) === null) j--;
    parts.push(run.slice(i, j));
    i = j;
    while (i < run.length && !opensRun(run, i)) i++;
  }
  return parts;
}

/** Scale words after digits belong to the digits ("3 nghìn tỷ"), not to a word number. */
function afterDigits(key: string, pos: number): boolean {
  return /\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ|vạn|trăm)\s*)*$/.test(key.slice(Math.max(0, pos - 30), pos));
}

/** Letters glued to the digits that are not a unit: "5G", "G20", "COVID-19", "H5N1". */
function isGluedToName(key: string, t: Token): boolean {
  const before = key[t.start - 1];
  if (before !== undefined && /[\p{L}]/u.test(before)) return true;
  if (before === '-' && /[\p{L}]/u.test(key[t.start - 2] ?? '') && !/\s/.test(key[t.start - 2] ?? ' ')) return true;
  const after = key.slice(t.end);
  const glued = /^[\p{L}]+/u.exec(after);
  if (!glued) return false;
  // glued units and scales are fine: "40,2km", "50.000đ", "10tr", "1k"
  return !/^(?:km2|km|m2|m3|m|ha|kg|kwh|mw|gw|kw|mwh|gwh|đ|tr|k|t|h|usd|vnd|vnđ|tấn|lít|ounce)$/u.test(glued[0]) && !/^(?:tr|k|t)\d/.test(after);
}

function shorthandScale(key: string, pos: number): { exponent: number; end: number } | null {
  const m = /^(k|tr|t)(\d)?(?![\p{L}\d])/u.exec(key.slice(pos));
  if (!m) return null;
  return { exponent: m[1] === 'k' ? 3 : m[1] === 'tr' ? 6 : 9, end: pos + m[0].length };
}

/** A sign glued to the number at `start` and standing apart from what is before it: "-22,46%", "(+0,02%)". */
function signedNumber(key: string, start: number): boolean {
  const c = key[start - 1];
  return (c === '-' || c === '−' || c === '+') && (start === 1 || /[\s(]/.test(key[start - 2]!));
}

function signedInline(key: string, start: number): boolean {
  return key[start] === '-' || key[start] === '+' || key[start] === '−';
}

function validDayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** The exact decimal texts of a quantity, only those a double cannot hold. */
function exactValues(value: string | null, high: string | null): Pick<Quantity, 'valueExact' | 'valueHighExact'> {
  return { ...(value === null ? {} : { valueExact: value }), ...(high === null ? {} : { valueHighExact: high }) };
}

function absDigits(n: { int: string; frac: string }): { int: string; frac: string } {
  return { int: n.int.replace(/^-/, ''), frac: n.frac };
}

function valueOf(n: { int: string; frac: string } | null): number | null {
  return n === null ? null : Number(`${n.int}${n.frac ? `.${n.frac}` : ''}`);
}

function valueOfWords(raw: string): number | null {
  const n = readNumberWords(raw.split(' '));
  return n === null ? null : Number(`${n.negative ? '-' : ''}${n.int}${n.frac ? `.${n.frac}` : ''}`);
}
