import { matchKey } from '../../core/match-key.ts';
import type { MarkerKind, MarkerMention } from '../../core/mentions.ts';
import { findPhrases } from './find-phrases.ts';
import { sortFew } from '../../core/sort-few.ts';

/**
 * The words of Vietnamese report prose that say how the parts of a sentence
 * relate: a breakdown after its total, figures paired with a list, a
 * comparison and its base, a share of a whole.
 */
export const MARKER_WORDS: ReadonlyArray<readonly [MarkerKind, readonly string[]]> = [
  ['breakdown', ['trong đó', 'trong số đó', 'bao gồm', 'gồm có', 'gồm', 'chia ra', 'cụ thể', 'riêng']],
  ['respectively', ['lần lượt', 'tương ứng']],
  ['equivalent', ['tương đương', 'tức là']],
  ['compare', ['so với', 'so', 'kể từ']],
  ['comparative', ['cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'hơn', 'bằng', 'như', 'sau', 'trước']],
  ['multiple', ['gấp']],
  ['share', ['chiếm', 'tỷ trọng', 'cơ cấu']],
  ['of', ['của']],
  ['constant_prices', ['theo giá so sánh', 'giá so sánh', 'loại trừ yếu tố giá', 'loại trừ yếu tố tăng giá']],
  ['continuation', ['ngoài ra', 'bên cạnh đó', 'đồng thời', 'theo đó', 'tương tự', 'còn']],
  ['reference', ['so với kế hoạch', 'kế hoạch', 'dự toán', 'mục tiêu', 'chỉ tiêu', 'kh', 'tổng']],
  ['filler', ['mức', 'con số', 'ngưỡng', 'mốc', 'thời điểm', 'cuối', 'đầu']],
  ['whole', ['cả']],
  ['per_unit', ['bình quân một', 'bình quân mỗi', 'bình quân 1', 'trung bình một', 'trung bình mỗi', 'trung bình 1']],
  ['topic', ['thì']],
  ['degree', ['nhẹ', 'mạnh', 'mạnh mẽ', 'thêm', 'sâu', 'nhanh']],
  ['preposition', ['vào', 'tại', 'ở', 'sang', 'với', 'cho', 'từ', 'đến', 'tới', 'theo', 'trên', 'ra']],
];

const PHRASES: ReadonlyArray<readonly [string, MarkerKind]> = MARKER_WORDS.flatMap(([marker, words]) => words.map((word) => [word, marker] as const));

/**
 * The structure markers of a sentence: its words of breakdown, pairing,
 * equivalence, comparison and share (whole words, longest first, without
 * overlaps), and its clause punctuation (a comma inside a number such as
 * "42,8" is none; a dash only between spaces).
 *
 * @example
 * findMarkers('IIP tăng 5,4%; trong đó ngành dệt tăng 12,1%').map((m) => m.marker)
 * // → ['semicolon', 'breakdown']
 */
export function findMarkers(sentence: string): MarkerMention[] {
  const out: MarkerMention[] = findPhrases(matchKey(sentence), PHRASES).map((h) => ({ start: h.start, end: h.end, marker: h.value, word: h.phrase }));
  for (let i = 0; i < sentence.length; i++) {
    const marker = punctuationAt(sentence, i);
    if (marker) out.push({ start: i, end: i + 1, marker, word: sentence[i]! });
  }
  return sortFew(out, (a, b) => a.start - b.start);
}

/** The clause punctuation at `i`, if any. */
function punctuationAt(s: string, i: number): MarkerKind | null {
  const ch = s[i]!;
  if (ch === ';') return 'semicolon';
  if (ch === ':') return 'colon';
  if (ch === '(') return 'open_paren';
  if (ch === ')') return 'close_paren';
  if (ch === '“' || ch === '”') return 'quote';
  // a comma ends a clause, but not inside a number ("42,8")
  if (ch === ',') return /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '') ? null : 'comma';
  if (ch === '–' || ch === '—') return s[i - 1] === ' ' && s[i + 1] === ' ' ? 'dash' : null;
  return null;
}
