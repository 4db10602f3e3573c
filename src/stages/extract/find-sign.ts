import { CHANGE_WORDS } from './find-changes.ts';
import { isWordCode, wordShape } from '../../core/key-words.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/** Words that make the figure after them a decrease or a deficit, and words that make it an increase or a level. */
const NEGATIVE = CHANGE_WORDS.filter(([, d]) => d === 'down' || d === 'deficit').map(([w]) => w);
const POSITIVE = CHANGE_WORDS.filter(([, d]) => d === 'up' || d === 'level').map(([w]) => w);
/** Every sign word, longest first. */
const SIGN_WORDS: ReadonlyArray<readonly [string, boolean]> = [...NEGATIVE.map((w) => [w, true] as const), ...POSITIVE.map((w) => [w, false] as const)].sort((a, b) => b[0].length - a[0].length);
/**
 * The sign words by the word they end with ("tăng/giảm" and "giảm" under
 * "giảm"), longest first; a sign word that ends with neither a letter nor
 * a digit under "". A place in a key is tried only against the sign words
 * that end with the word before it.
 */
const BY_LAST_WORD: ReadonlyMap<string, ReadonlyArray<readonly [string, boolean]>> = (() => {
  const out = new Map<string, Array<readonly [string, boolean]>>();
  for (const entry of SIGN_WORDS) {
    const last = /[\p{L}\p{N}]+$/u.exec(entry[0])?.[0] ?? '';
    out.set(last, [...(out.get(last) ?? []), entry]);
  }
  return out;
})();
const NO_SIGN_WORDS: ReadonlyArray<readonly [string, boolean]> = [];
/** The {@link wordShape}s of those last words: a word of another shape is passed over without being cut out and looked up. */
const LAST_WORD_SHAPES: ReadonlySet<number> = new Set([...BY_LAST_WORD.keys()].map((w) => wordShape(w, 0, w.length)));

/** The sign words that may end right before `pos` (spaces allowed, not before `from`): those ending with the word there, longest first. */
function signWordsEndingAt(key: string, pos: number, from: number): ReadonlyArray<readonly [string, boolean]> {
  let e = pos;
  while (e > from && key[e - 1] === ' ') e--;
  let w = e;
  while (w > from && isWordCode(key, w - 1)) w--;
  // no letter or digit there: only a sign word that ends with neither can end there (the group under "")
  if (w < e && !LAST_WORD_SHAPES.has(wordShape(key, w, e))) return NO_SIGN_WORDS;
  return BY_LAST_WORD.get(key.slice(w, e)) ?? NO_SIGN_WORDS;
}

/** A deficit noun keeps its sign through the verb that states its size: "nhập siêu ước đạt 1,2 tỷ USD". */
const DEFICIT_NOUNS = new Set(['nhập siêu', 'bán ròng']);
const DEFICIT_REACH = 40;

interface Hit {
  readonly word: string;
  readonly negative: boolean;
  readonly start: number;
}

/**
 * Whether the figure starting at `numberStart` is stated as a decrease.
 * Only the text between `from` (the clause or sentence start) and the
 * number is read.
 *
 * @example
 * isStatedDecrease('xuất khẩu giảm 9,9%', 0, 15)          // → true
 * isStatedDecrease('giảm từ 15,4% xuống còn 8,3%', 0, 23) // → false
 * isStatedDecrease('nhập siêu ước đạt 1,2 tỷ usd', 0, 18) // → true
 */
export function isStatedDecrease(key: string, from: number, numberStart: number): boolean {
  const hit = nearestSignWord(key, from, numberStart);
  if (hit === null) return false;
  if (hit.negative) return true;
  // "nhập siêu … đạt X": the deficit noun a few words back still governs.
  const back = nearestSignWord(key, Math.max(from, hit.start - DEFICIT_REACH), hit.start);
  return back !== null && DEFICIT_NOUNS.has(back.word) && !/\d/.test(key.slice(back.start, hit.start));
}

/** Verbs that state a change rather than a level. */
const CHANGE_VERBS = new Set(CHANGE_WORDS.filter(([, d]) => d === 'up' || d === 'down').map(([w]) => w));

/**
 * Whether the figure at `numberStart` is stated as a change ("tăng 5%",
 * "giảm 2.000 tỷ") rather than a level ("đạt 5 tỷ USD").
 *
 * @example
 * isStatedChange('xuất khẩu đạt 34 tỷ usd, giảm 9,9%', 0, 30) // → true
 * isStatedChange('xuất khẩu đạt 34 tỷ usd', 0, 14)            // → false
 */
export function isStatedChange(key: string, from: number, numberStart: number): boolean {
  const hit = nearestSignWord(key, from, numberStart);
  return hit !== null && CHANGE_VERBS.has(hit.word);
}

function nearestSignWord(key: string, from: number, end: number): Hit | null {
  // Walk back word by word; the first sign word found is the nearest. The
  // walk stops at `end` itself, then at the start of each word before it,
  // which the key's index lists, so a number far from any sign word does
  // not read the whole sentence again (that made long sentences quadratic).
  if (end <= from) return null;
  const here = signWordEndingAt(key, end, from);
  if (here) return here;
  const index = signIndexOf(key);
  // the stops before `end` that have a sign word, nearest first; the walk
  // stops at the start of the word `end` is in only when a letter, digit or
  // "%" of it comes before `end` ("giảm .5%" has no sign word: the walk steps over ".")
  let i = lastBelow(index.stops, end);
  if (i >= 0 && index.firstWordChar[i]! >= end) i--;
  for (; i >= 0 && index.stops[i]! > from; i--) {
    const hit = index.hits[i]!.find((h) => h.start >= from);
    if (hit) return hit;
  }
  return null;
}

/** The longest sign word that ends right before `pos` (spaces allowed), starting at or after `from`. */
function signWordEndingAt(key: string, pos: number, from: number): Hit | null {
  // the longest word ending here wins: "tăng/giảm" over "giảm", "giảm thu" over "thu"
  for (const [word, negative] of signWordsEndingAt(key, pos, from)) {
    const start = endOfWordAt(key, pos, word, from);
    if (start !== null) return { word, negative, start };
  }
  return null;
}

/** Where the word-by-word walk back through a key stops, and the sign words that end at each stop, longest first. */
interface SignIndex {
  /** Starts of the words (runs of letters, digits, "%", "." and ","), ascending, only those with a sign word ending before them. */
  readonly stops: readonly number[];
  readonly hits: ReadonlyArray<readonly Hit[]>;
  /** For each stop, where the first letter, digit or "%" of its word is. */
  readonly firstWordChar: readonly number[];
}

/** The index of the last key read: the numbers of one sentence are read one after another. */
let lastIndex: { readonly key: string; readonly index: SignIndex } | null = null;

function signIndexOf(key: string): SignIndex {
  if (lastIndex?.key === key) return lastIndex.index;
  const stops: number[] = [];
  const hits: Hit[][] = [];
  const firstWordChar: number[] = [];
  for (let p = 1; p < key.length; p++) {
    // a word starts at p: the walk back from any later stop lands here
    if (!isSignWordCode(key, p) || isSignWordCode(key, p - 1)) continue;
    // most words end no sign word: nothing is made for them
    const signs = signWordsEndingAt(key, p, 0);
    if (signs.length === 0) continue;
    const first = firstLetterOfWord(key, p);
    if (first === null) continue;
    const found: Hit[] = [];
    for (const [word, negative] of signs) {
      const start = endOfWordAt(key, p, word, 0);
      if (start !== null) found.push({ word, negative, start });
    }
    if (found.length > 0) {
      stops.push(p);
      hits.push(found);
      firstWordChar.push(first);
    }
  }
  const index = { stops, hits, firstWordChar };
  lastIndex = { key, index };
  return index;
}

/** A character of a word as the walk back steps over it: a letter, a digit, "%", "." or ",". */
function isSignWordCode(key: string, i: number): boolean {
  const c = key.charCodeAt(i);
  return c === 37 || c === 46 || c === 44 || isWordCode(key, i);
}

/** The first letter, digit or "%" of the word starting at `p`; null for a run of "." and "," alone, which the walk skips as punctuation. */
function firstLetterOfWord(key: string, p: number): number | null {
  for (let i = p; i < key.length && isSignWordCode(key, i); i++) if (key.charCodeAt(i) === 37 || isWordCode(key, i)) return i;
  return null;
}

/** The index of the last entry of an ascending list below `x`, or -1. */
function lastBelow(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < x) - 1;
}

/** Start of `word` when it ends right before `pos` (spaces allowed) as whole words. */
function endOfWordAt(key: string, pos: number, word: string, from: number): number | null {
  let e = pos;
  while (e > from && key[e - 1] === ' ') e--;
  const s = e - word.length;
  if (s < from || key.slice(s, e) !== word) return null;
  if (s > 0 && isWordCode(key, s - 1)) return null;
  // "tăng trưởng", "giảm nghèo" start with a sign word but are nouns when a
  // noun follows; only the bare verb counts.
  return s;
}
