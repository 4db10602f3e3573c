/**
 * The words of a text: its runs of letters and digits (`[\p{L}\p{N}]+`),
 * where each starts and ends. Every finder of the extract stage looks up
 * the same sentence's words, so they are found once per text (the last few
 * texts are remembered) by reading character codes, not by a regex match
 * and its array per word.
 */
export interface KeyWords {
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * The words of `text`.
 *
 * @example
 * const w = keyWords('tăng 5,2% (cùng kỳ)'); [w.count, w.starts[1], w.ends[1]] // → [5, 5, 6]
 */
export function keyWords(text: string): KeyWords {
  for (const m of recent) if (m.text === text) return m.words;
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    starts.push(i);
    i++;
    while (i < text.length && isWordCode(text, i)) i++;
    ends.push(i);
  }
  // plain arrays: a typed array of more than a few words is a buffer allocated outside the heap
  const words: KeyWords = { count: starts.length, starts, ends };
  recent[next] = { text, words };
  next = (next + 1) % RECENT;
  return words;
}

/** Texts whose words are remembered: a sentence, its match key and its tone key are asked for in turn. */
const RECENT = 4;
const recent: Array<{ readonly text: string; readonly words: KeyWords }> = [];
let next = 0;

/**
 * A number for a word's first character and length (up to 63): a table of
 * words keeps the shapes of its words, so that a word of a sentence whose
 * shape is not among them is passed over without being cut out of the
 * text to be looked up.
 *
 * @example
 * wordShape('tăng 5%', 0, 4) === wordShape('tổng', 0, 4) // → true
 */
export function wordShape(text: string, start: number, end: number): number {
  return text.charCodeAt(start) * 64 + Math.min(end - start, 63);
}

const SPACE = /^\s$/u;

/**
 * Whether the code unit at `i` belongs to a letter or a digit (`\p{L}` or
 * `\p{N}`); a code unit of a surrogate pair by the pair's character, a
 * lone surrogate never.
 *
 * @example
 * isWordCode('5,2%', 1) // → false
 */
export function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CLASS.has(text, i, c);
}

/**
 * Whether the code unit at `i` belongs to a letter (`\p{L}`), as
 * {@link isWordCode} reads letters and digits.
 *
 * @example
 * isLetterCode('5ệ', 1) // → true
 */
export function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_CLASS.has(text, i, c);
}

/**
 * A class of characters outside ASCII, as a one-character regex tests it,
 * remembered for each UTF-16 code unit (1 in it, 2 not, 0 not yet asked);
 * a surrogate pair is tested as its character.
 */
class CharClass {
  private readonly units = new Uint8Array(65536);

  constructor(private readonly re: RegExp) {}

  has(text: string, i: number, c: number): boolean {
    if (c >= 0xd800 && c <= 0xdfff) {
      const high = c <= 0xdbff ? c : text.charCodeAt(i - 1);
      const low = c <= 0xdbff ? text.charCodeAt(i + 1) : c;
      // a lone surrogate is in no class
      return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && this.re.test(String.fromCharCode(high, low));
    }
    let known = this.units[c]!;
    if (known === 0) {
      known = this.re.test(String.fromCharCode(c)) ? 1 : 2;
      this.units[c] = known;
    }
    return known === 1;
  }
}

const WORD_CLASS = new CharClass(/^[\p{L}\p{N}]$/u);
const LETTER_CLASS = new CharClass(/^\p{L}$/u);

/**
 * Whether the character code is a space as `\s` of a Unicode regex has it.
 *
 * @example
 * isSpaceCode(0xa0) // → true
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  // remembered per code unit, as the classes above are: every Vietnamese letter is past ASCII
  let known = spaceUnits[c]!;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
    spaceUnits[c] = known;
  }
  return known === 1;
}

/** For each UTF-16 code unit, 1 when it is a space, 2 when not, 0 not yet asked (every space `\s` knows is one code unit). */
const spaceUnits = new Uint8Array(65536);
