/**
 * The clause of a sentence that holds position `pos`: the text between the
 * nearest clause marks (, ; : ( ) and dashes between spaces) around it.
 *
 * @example
 * clauseBounds('từ 42,8% năm 2018, đạt 46,6% năm 2023', 24) // → { start: 19, end: 38 }
 */
export function clauseBounds(sentence: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !isClauseMark(sentence, start - 1)) start--;
  let end = pos;
  while (end < sentence.length && !isClauseMark(sentence, end)) end++;
  return { start, end };
}

function isClauseMark(s: string, i: number): boolean {
  const ch = s[i]!;
  if (ch === ';' || ch === ':' || ch === '(' || ch === ')' || ch === '“' || ch === '”') return true;
  // a comma ends a clause, but not inside a number ("42,8")
  if (ch === ',') return !(/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? ''));
  if (ch === '–' || ch === '—') return s[i - 1] === ' ' && s[i + 1] === ' ';
  return false;
}

/**
 * Where the part of a sentence holding position `pos` starts: after the last
 * ";" or ":" before it ("…; Hà Nội tăng 3,98%"), else at 0.
 *
 * @example
 * segmentStart('xuất khẩu tăng 5%; nhập khẩu tăng 7%', 30) // → 18
 */
export function segmentStart(sentence: string, pos: number): number {
  return Math.max(0, sentence.lastIndexOf(';', pos) + 1, sentence.lastIndexOf(':', pos) + 1);
}
