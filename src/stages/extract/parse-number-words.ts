/** Digit words, with the colloquial forms used after "mươi" (mốt, tư, lăm). */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0, linh: 0, lẻ: 0,
  một: 1, mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4, tư: 4,
  năm: 5, lăm: 5, nhăm: 5,
  sáu: 6,
  bảy: 7, bẩy: 7,
  tám: 8,
  chín: 9,
};

/** Powers of ten of the scale words. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  nghìn: 3, ngàn: 3, vạn: 4, triệu: 6, tỷ: 9, tỉ: 9,
};

/** Words that belong to a spelled-out number. */
export const NUMERAL_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(SCALE_WORDS),
  'mười', 'muời', 'mươi', 'chục', 'trăm', 'rưỡi', 'nửa', 'phẩy', 'chấm', 'âm', 'trừ', 'lẽ',
]);

/** Other spellings of number words: variants and common misspellings ("lẽ", "muời"). */
const SPELLINGS: Readonly<Record<string, string>> = { lẽ: 'lẻ', tỉ: 'tỷ', ngàn: 'nghìn', muời: 'mười' };

/** A number read from words, exact as decimal digit strings. */
export interface WordNumber {
  readonly negative: boolean;
  readonly int: bigint;
  /** Fraction digits after the decimal point ('' when none). */
  readonly frac: string;
}

/**
 * Reads a Vietnamese number written in words. Accepts every convention the
 * number-to-words libraries use: "linh"/"lẻ" for a zero tens digit, "tư"
 * and "bốn", "mốt", "lăm"/"nhăm", "nghìn"/"ngàn", "tỷ"/"tỉ", skipped
 * "không trăm", "phẩy"/"chấm" decimals read digit by digit or as a number,
 * "âm"/"trừ", and the colloquial short forms ("hai mốt" 21, "một trăm hai"
 * 120, "một ngàn mốt" 1100, "một triệu hai" 1200000, "tám trăm rưỡi" 850),
 * and both readings of huge numbers ("một nghìn tỷ", "… tỷ tỷ …").
 * "năm" after tens or a scale is the noun "year" ("hai mươi năm", "ba
 * nghìn năm"), never the digit, which is "lăm" there.
 * Returns null when the words are not one number.
 *
 * @example
 * parseNumberWords('hai mươi mốt'.split(' '))          // → 21
 * parseNumberWords('một nghìn không trăm linh một'.split(' ')) // → 1001
 * parseNumberWords('ba phẩy mười bốn'.split(' '))      // → 3.14
 * parseNumberWords('hai mươi năm'.split(' '))          // → null
 */
export function parseNumberWords(words: readonly string[]): number | null {
  const n = readNumberWords(words);
  return n === null ? null : wordNumberValue(n);
}

/** The number value of a {@link WordNumber}. */
export function wordNumberValue(n: WordNumber): number {
  return Number(`${n.negative ? '-' : ''}${n.int}${n.frac ? `.${n.frac}` : ''}`);
}

/**
 * Like {@link parseNumberWords}, but keeps the digits exact (for numbers
 * beyond 2^53).
 */
export function readNumberWords(input: readonly string[]): WordNumber | null {
  let words = input.map((w) => SPELLINGS[w] ?? w);
  let negative = false;
  if (words[0] === 'âm' || words[0] === 'trừ') {
    negative = true;
    words = words.slice(1);
  }
  if (words.length === 0) return null;
  const point = words.findIndex((w) => w === 'phẩy' || w === 'chấm');
  if (point === -1) {
    const int = readInteger(words);
    return int === null ? null : { negative, int: int.int, frac: int.frac };
  }
  const intWords = words.slice(0, point);
  const fracWords = words.slice(point + 1);
  if (fracWords.length === 0) return null;
  const int = intWords.length === 0 ? { int: 0n, frac: '' } : readInteger(intWords);
  if (int === null || int.frac !== '') return null;
  // A scale word after the fraction multiplies the whole: "hai phẩy năm triệu".
  let scale = 0;
  let fw = fracWords;
  while (fw.length > 0 && SCALE_WORDS[fw.at(-1)!] !== undefined) {
    scale += SCALE_WORDS[fw.at(-1)!]!;
    fw = fw.slice(0, -1);
  }
  const frac = readFraction(fw);
  if (frac === null) return null;
  return shift({ negative, int: int.int, frac }, scale);
}

/** Multiplies an exact number by 10^exp. */
function shift(n: WordNumber, exp: number): WordNumber {
  if (exp === 0) return n;
  const frac = n.frac.padEnd(exp, '0');
  const int = BigInt(`${n.int}${frac.slice(0, exp)}`);
  return { negative: n.negative, int, frac: frac.slice(exp).replace(/0+$/, '') };
}

/** Digits after the decimal word: digit by digit, or one number (2–3 digits). */
function readFraction(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  if (words.every((w) => isPlainDigit(w))) return words.map((w) => String(DIGIT_WORDS[w])).join('');
  // Leading "không" digits, then a number read as a whole ("không hai mươi ba" → 023).
  let zeros = '';
  let i = 0;
  while (i < words.length - 1 && words[i] === 'không' && words[i + 1] !== 'trăm') {
    zeros += '0';
    i++;
  }
  const rest = words.slice(i);
  const value = readGroup(rest, { allowLinh: true, loneDigitIsTens: false });
  if (value === null) return null;
  const width = rest.includes('trăm') ? 3 : rest.some((w) => w === 'mươi' || w === 'mười' || w === 'linh' || w === 'lẻ') ? 2 : 1;
  return zeros + String(value).padStart(width, '0');
}

function isPlainDigit(w: string): boolean {
  return w in DIGIT_WORDS && w !== 'linh' && w !== 'lẻ' && w !== 'mốt' && w !== 'lăm' && w !== 'nhăm';
}

/** A part of an integer already read: its value and the power of ten of its scale. */
interface ScaledPart {
  readonly value: bigint;
  readonly scale: number;
}

/**
 * An integer with scale words. A scale word multiplies the number before it
 * and every part of a smaller or equal scale before that, so that both ways
 * of reading huge numbers work: "một nghìn tỷ" = 10^12, "một triệu hai trăm
 * nghìn ba trăm tỉ" = 1 200 300 × 10^9, "… tỷ tỷ năm trăm triệu … tỷ" with
 * a doubled scale; a smaller scale adds ("hai tỷ ba trăm triệu").
 */
function readInteger(words: readonly string[]): { int: bigint; frac: string } | null {
  let half = false;
  if (words.at(-1) === 'rưỡi') {
    half = true;
    words = words.slice(0, -1);
  }
  if (words.length === 0 || words.includes('rưỡi')) return null;
  // Split into groups, each closed by a scale word; the rest is the tail.
  const groups: Array<{ words: string[]; scale: number }> = [];
  let tail: string[] = [];
  for (const w of words) {
    const scale = SCALE_WORDS[w];
    if (scale === undefined) tail.push(w);
    else {
      groups.push({ words: tail, scale });
      tail = [];
    }
  }
  const parts: ScaledPart[] = [];
  let lastScale = 0;
  for (const g of groups) {
    const unit = 10n ** BigInt(g.scale);
    let value = 0n;
    let scale = g.scale;
    if (g.words.length === 0 && parts.length > 0) {
      // a compound scale: "nghìn tỷ", "triệu tỷ", "tỷ tỷ"
      let top = -1;
      while (parts.length > 0 && parts.at(-1)!.scale <= g.scale) {
        const p = parts.pop()!;
        value += p.value;
        top = Math.max(top, p.scale);
      }
      if (top === -1) return null;
      scale = top + g.scale;
    } else if (g.words.length === 1 && g.words[0] === 'nửa') {
      value = unit / 2n; // "nửa triệu"
      parts.push({ value, scale });
      lastScale = scale;
      continue;
    } else {
      const v = g.words.length === 0 ? 1 : readGroup(g.words, { allowLinh: false, loneDigitIsTens: false });
      if (v === null) return null;
      value = BigInt(v);
      while (parts.length > 0 && parts.at(-1)!.scale <= g.scale) value += parts.pop()!.value;
    }
    parts.push({ value: value * unit, scale });
    lastScale = scale;
  }
  let total = parts.reduce((sum, p) => sum + p.value, 0n);
  if (tail.includes('nửa')) return null;
  let lastUnit = lastScale;
  if (tail.length > 0) {
    const only = tail.length === 1 ? tail[0]! : null;
    if (groups.length > 0 && only !== null && only !== 'mười' && only !== 'không' && DIGIT_WORDS[only] !== undefined) {
      // Colloquial: a lone digit after a scale is its next lower digit,
      // "một ngàn mốt" = 1100, "một triệu hai" = 1200000. "ba nghìn năm"
      // is left alone: there "năm" is the noun "year".
      if (only === 'năm' || only === 'linh' || only === 'lẻ') return null;
      total += BigInt(DIGIT_WORDS[only]!) * 10n ** BigInt(lastScale - 1);
    } else {
      const v = readGroup(tail, { allowLinh: groups.length > 0, loneDigitIsTens: false });
      if (v === null || (groups.length > 0 && v >= 1000)) return null;
      total += BigInt(v);
      lastUnit = tail.at(-1) === 'trăm' ? 2 : tail.at(-1) === 'mươi' || tail.at(-1) === 'chục' ? 1 : 0;
    }
  }
  if (!half) return { int: total, frac: '' };
  // "rưỡi" adds half of the last unit: "tám trăm rưỡi" 850, "tỷ rưỡi" 1.5 tỷ.
  if (lastUnit === 0) return tail.length > 0 ? { int: total, frac: '5' } : null;
  return { int: total + 10n ** BigInt(lastUnit) / 2n, frac: '' };
}

interface GroupRules {
  /** "linh"/"lẻ" may open the group (after a scale: "một nghìn lẻ một"). */
  readonly allowLinh: boolean;
  /** A lone digit is the tens digit (after "trăm": "một trăm hai" = 120). */
  readonly loneDigitIsTens: boolean;
}

/** A number below 1000 from its words ("hai trăm linh năm", "mười lăm"). */
function readGroup(words: readonly string[], rules: GroupRules): number | null {
  if (words.length === 0) return null;
  const hundredAt = words.indexOf('trăm');
  if (hundredAt === -1) return readTens(words, rules);
  if (hundredAt > 1) return null;
  let h = 1;
  if (hundredAt === 1) {
    const w = words[0]!;
    const d = DIGIT_WORDS[w];
    if (d === undefined || w === 'linh' || w === 'lẻ' || w === 'mốt' || w === 'lăm' || w === 'nhăm') return null;
    h = d;
  }
  const restWords = words.slice(hundredAt + 1);
  if (restWords.length === 0) return h * 100;
  const rest = readTens(restWords, { allowLinh: true, loneDigitIsTens: true });
  return rest === null ? null : h * 100 + rest;
}

function readTens(words: readonly string[], rules: GroupRules): number | null {
  const [a, b, c, ...more] = words;
  if (more.length > 0 || a === undefined) return null;
  if (a === 'linh' || a === 'lẻ') {
    if (!rules.allowLinh || b === undefined || c !== undefined) return null;
    const d = unitDigit(b);
    return d === null || d === 0 ? null : d;
  }
  if (a === 'mười') {
    if (c !== undefined) return null;
    if (b === undefined) return 10;
    const d = unitAfterTens(b);
    return d === null || d === 0 ? null : 10 + d;
  }
  if (b === undefined && rules.loneDigitIsTens) {
    // "một trăm hai" 120, "một trăm mốt" 110; "một trăm một" is neither
    // 110 nor 101 (NeMo reads "100 một"), so it is not one number.
    if (a === 'mốt') return 10;
    if (a === 'một' || a === 'không') return null;
  }
  const tens = DIGIT_WORDS[a];
  if (tens === undefined || a === 'mốt' || a === 'lăm' || a === 'nhăm') return null;
  if (b === 'mươi' || b === 'chục') {
    if (tens < 2 && b === 'mươi') return null;
    if (c === undefined) return tens * 10;
    const d = unitAfterTens(c);
    return d === null || d === 0 ? null : tens * 10 + d;
  }
  if (b === undefined) return rules.loneDigitIsTens ? tens * 10 : tens;
  // "hai mốt" = 21, "chín ba" = 93: tens and units with "mươi" left out.
  if (c !== undefined || tens < 2) return null;
  const d = unitAfterTens(b);
  return d === null || d === 0 ? null : tens * 10 + d;
}

/** A units digit after "linh"/"lẻ". */
function unitDigit(w: string): number | null {
  if (w === 'linh' || w === 'lẻ') return null;
  const d = DIGIT_WORDS[w];
  return d === undefined ? null : d;
}

/**
 * A units digit after tens: "mốt" 1, "tư" 4, "lăm"/"nhăm" 5 are the usual
 * forms. "năm" there is the noun "year" ("hai mươi năm" is twenty years;
 * 25 is written "hai mươi lăm").
 */
function unitAfterTens(w: string): number | null {
  return w === 'năm' ? null : unitDigit(w);
}
