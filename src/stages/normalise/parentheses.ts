/** A range of a sentence. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Which mentions a figure at `qs` may take: a mention inside parentheses
 * belongs only to the figures inside the same parentheses ("(cả nước 28 tỷ
 * USD)", "(năm 2022 tăng 20%)"); a mention outside them, to any figure.
 *
 * @example
 * const visible = visibleFrom('tăng 7,1% (năm 2022 tăng 15,8%)', 5);
 * visible({ start: 11 }) // → false
 */
export function visibleFrom(sentence: string, qs: number): (mention: { readonly start: number }) => boolean {
  const parens = parenRanges(sentence);
  const figureParen = parens.find((r) => qs >= r.start && qs < r.end);
  return (m) => {
    const paren = parens.find((r) => m.start >= r.start && m.start < r.end);
    return paren === undefined || paren === figureParen;
  };
}

/**
 * The ranges of a sentence inside (innermost) parentheses.
 *
 * @example
 * parenRanges('a (b) c') // → [{ start: 2, end: 5 }]
 */
export function parenRanges(sentence: string): Range[] {
  const out: Range[] = [];
  const re = /\([^()]*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
