import type { Qualifier } from '../../core/records.ts';

/** Qualifier phrases that stand right before a number, longest first (match-key form). */
const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  // a negated comparative is a bound: "không cao hơn 7.000 đồng" is at most 7 000
  ['không nhiều hơn', 'at_most'],
  ['không thấp hơn', 'at_least'],
  ['không cao hơn', 'at_most'],
  ['không vượt quá', 'at_most'],
  ['không ít hơn', 'at_least'],
  ['không hơn', 'at_most'],
  ['khoảng hơn', 'over'],
  ['khoảng trên', 'over'],
  ['khoảng gần', 'approx'],
  ['ước chừng', 'approx'],
  ['xấp xỉ', 'approx'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['không đến', 'under'],
  ['không tới', 'under'],
  ['ít nhất', 'at_least'],
  ['tối thiểu', 'at_least'],
  ['không dưới', 'at_least'],
  ['tối đa', 'at_most'],
  ['không quá', 'at_most'],
  ['xung quanh', 'approx'],
  ['quanh', 'approx'],
  ['khoảng', 'approx'],
  ['chừng', 'approx'],
  ['gần', 'approx'],
  ['trên', 'over'],
  ['hơn', 'over'],
  ['vượt', 'over'],
  ['ngoài', 'over'],
  ['dưới', 'under'],
];

/** Words that may stand between the qualifier and the number ("trên mức 11%"). */
const FILLERS = ['mức', 'con số', 'ngưỡng', 'mốc'];

/** Comparatives after which "hơn" means "than", not "more than" ("cao hơn 202 triệu USD"). */
const COMPARATIVES = new Set([
  'cao', 'thấp', 'nhiều', 'ít', 'lớn', 'nhỏ', 'nhanh', 'chậm', 'mạnh', 'yếu', 'đắt', 'rẻ', 'tốt', 'kém', 'xa', 'lâu', 'sớm', 'muộn', 'dài', 'ngắn', 'rộng', 'hẹp', 'sâu',
]);

/** A qualifier found before a number, with where its words start. */
export interface QualifierMatch {
  readonly qualifier: Qualifier;
  readonly start: number;
}

/**
 * The qualifier written right before a number ("trên 11%", "khoảng 9.500
 * USD", "chưa đến 5%"), or null. `key` is the sentence's match key and
 * `numberStart` where the number begins. "hơn" after a comparative ("cao
 * hơn 202 triệu") and "trên" between two numbers ("29 trên 30") are not
 * qualifiers.
 *
 * @example
 * findQualifier('đạt trên 11%', 9) // → { qualifier: 'over', start: 4 }
 * findQualifier('cao hơn 202 triệu', 8) // → null
 */
export function findQualifier(key: string, numberStart: number): QualifierMatch | null {
  let end = numberStart;
  while (end > 0 && key[end - 1] === ' ') end--;
  for (const filler of FILLERS) {
    if (endsWithWord(key, end, filler)) {
      let e = end - filler.length;
      while (e > 0 && key[e - 1] === ' ') e--;
      const q = qualifierEndingAt(key, e);
      if (q) return q;
    }
  }
  return qualifierEndingAt(key, end);
}

function qualifierEndingAt(key: string, end: number): QualifierMatch | null {
  for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
    if (!endsWithWord(key, end, phrase)) continue;
    const start = end - phrase.length;
    const before = wordBefore(key, start);
    if ((phrase === 'hơn' || phrase === 'khoảng hơn') && before !== null && COMPARATIVES.has(before)) return null;
    if (phrase === 'trên' && before !== null && /^\d/.test(before)) return null;
    if (phrase === 'gần' && before === 'khoảng') return { qualifier, start: key.lastIndexOf('khoảng', start) };
    return { qualifier, start };
  }
  return null;
}

/** True when `key` has `phrase` as whole words ending at `end` (spaces before `end` skipped). */
export function endsWithWord(key: string, end: number, phrase: string): boolean {
  while (end > 0 && key[end - 1] === ' ') end--;
  const start = end - phrase.length;
  if (start < 0 || !key.startsWith(phrase, start)) return false;
  return start === 0 || !/[\p{L}\p{N}]/u.test(key[start - 1]!);
}

/** The word before position `pos` (skipping spaces), or null. */
export function wordBefore(key: string, pos: number): string | null {
  let e = pos;
  while (e > 0 && key[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{N}]/u.test(key[s - 1]!)) s--;
  return s === e ? null : key.slice(s, e);
}
