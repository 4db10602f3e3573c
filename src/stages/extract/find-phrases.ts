/** A phrase found in a text, with what the table gives for it. */
export interface PhraseHit<T> {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly value: T;
}

/**
 * Every occurrence of the table's phrases in a match key, as whole words
 * (no letter or digit glued on either side), longest phrase first and
 * without overlaps, in order of position.
 *
 * @example
 * findPhrases('tăng trưởng giảm', [['giảm', 'down'], ['tăng', 'up']]).map((h) => h.phrase) // → ['tăng', 'giảm']
 */
export function findPhrases<T>(key: string, table: ReadonlyArray<readonly [string, T]>): PhraseHit<T>[] {
  const out: PhraseHit<T>[] = [];
  const longestFirst = longestFirstOf(table);
  const words = wordsOf(key);
  // the characters the hits so far cover: a hit is checked in the time of its own length, not of every hit before it
  const taken = new Uint8Array(key.length);
  for (const [phrase, value, first] of longestFirst) {
    // a phrase found as whole words has its first word among the key's: the others are not looked for
    if (phrase === '' || (first !== null && !words.has(first))) continue;
    let from = 0;
    for (;;) {
      const i = key.indexOf(phrase, from);
      if (i === -1) break;
      from = i + 1;
      const end = i + phrase.length;
      if ((i > 0 && /[\p{L}\p{N}]/u.test(key[i - 1]!)) || /[\p{L}\p{N}]/u.test(key[end] ?? '')) continue;
      if (taken.subarray(i, end).includes(1)) continue;
      taken.fill(1, i, end);
      out.push({ start: i, end, phrase, value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A table's entry with its phrase's first word (null when the phrase begins with neither a letter nor a digit). */
type Entry<T> = readonly [phrase: string, value: T, first: string | null];

/** Each table's phrases longest first, sorted once: the tables are the stages' constants, looked up for every sentence. */
const sorted = new WeakMap<ReadonlyArray<readonly [string, unknown]>, ReadonlyArray<Entry<unknown>>>();

function longestFirstOf<T>(table: ReadonlyArray<readonly [string, T]>): ReadonlyArray<Entry<T>> {
  let out = sorted.get(table) as ReadonlyArray<Entry<T>> | undefined;
  if (out === undefined) {
    out = [...table].sort((a, b) => b[0].length - a[0].length).map(([phrase, value]) => [phrase, value, LEADING_WORD.exec(phrase)?.[0] ?? null] as const);
    sorted.set(table, out);
  }
  return out;
}

const LEADING_WORD = /^[\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of the last key looked up: a sentence is looked up in several tables one after another. */
let lastWords: { readonly key: string; readonly words: ReadonlySet<string> } | null = null;

function wordsOf(key: string): ReadonlySet<string> {
  if (lastWords?.key !== key) lastWords = { key, words: new Set(key.match(WORD)) };
  return lastWords.words;
}
