import { isWordCode, keyWords, wordShape } from '../../core/key-words.ts';
import { sortFew } from '../../core/sort-few.ts';

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
  const index = indexOfTable(table);
  // every whole-word occurrence of a phrase, then taken longest phrase first (in the table's order among phrases of one
  // length) and left to right, none overlapping one taken before it
  const hits: Array<{ readonly rank: number; readonly start: number; readonly end: number }> = [];
  // a phrase that begins with a word begins where a word of the key begins, and with that word whole: only the phrases
  // under the key's words are tried, each where its word stands
  const words = keyWords(key);
  for (let w = 0; w < words.count; w++) {
    const i = words.starts[w]!;
    if (!index.shapes.has(wordShape(key, i, words.ends[w]!))) continue;
    const under = index.byFirst.get(key.slice(i, words.ends[w]));
    if (under === undefined) continue;
    for (const rank of under) {
      const phrase = index.entries[rank]![0];
      const end = i + phrase.length;
      if (key.startsWith(phrase, i) && !(end < key.length && isWordCode(key, end))) hits.push({ rank, start: i, end });
    }
  }
  for (const rank of index.loose) {
    const phrase = index.entries[rank]![0];
    for (let from = 0; ; ) {
      const i = key.indexOf(phrase, from);
      if (i === -1) break;
      from = i + 1;
      const end = i + phrase.length;
      if ((i > 0 && isWordCode(key, i - 1)) || (end < key.length && isWordCode(key, end))) continue;
      hits.push({ rank, start: i, end });
    }
  }
  if (hits.length === 0) return [];
  sortFew(hits, (a, b) => a.rank - b.rank || a.start - b.start);
  // a sentence has a handful of hits, checked against those taken; past a few dozen, against the characters the hits so
  // far cover, so that a hit is checked in the time of its own length, not of every hit before it
  const taken = hits.length > MANY_HITS ? new Uint8Array(key.length) : null;
  const out: PhraseHit<T>[] = [];
  for (const h of hits) {
    if (taken === null ? out.some((o) => h.start < o.end && o.start < h.end) : covered(taken, h.start, h.end)) continue;
    taken?.fill(1, h.start, h.end);
    const [phrase, value] = index.entries[h.rank]!;
    out.push({ start: h.start, end: h.end, phrase, value });
  }
  return sortFew(out, (a, b) => a.start - b.start);
}

/** Hits past which the characters taken are kept in an array (a typed array costs an allocation outside the heap). */
const MANY_HITS = 32;

function covered(taken: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (taken[p] === 1) return true;
  return false;
}

/** A table's phrases longest first, with the ranks of those that begin with a word under that word, and of the others. */
interface TableIndex<T> {
  readonly entries: ReadonlyArray<readonly [string, T]>;
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
  /** The {@link wordShape}s of the first words. */
  readonly shapes: ReadonlySet<number>;
  /** Phrases that begin with neither a letter nor a digit (or are empty: never found), looked for everywhere. */
  readonly loose: readonly number[];
}

/** Each table's index, built once: the tables are the stages' constants, looked up for every sentence. */
const indexes = new WeakMap<ReadonlyArray<readonly [string, unknown]>, TableIndex<unknown>>();

function indexOfTable<T>(table: ReadonlyArray<readonly [string, T]>): TableIndex<T> {
  let index = indexes.get(table) as TableIndex<T> | undefined;
  if (index === undefined) {
    const entries = [...table].sort((a, b) => b[0].length - a[0].length);
    const byFirst = new Map<string, number[]>();
    const loose: number[] = [];
    entries.forEach(([phrase], rank) => {
      if (phrase === '') return;
      const first = LEADING_WORD.exec(phrase)?.[0];
      if (first === undefined) loose.push(rank);
      else byFirst.set(first, [...(byFirst.get(first) ?? []), rank]);
    });
    index = { entries, byFirst, loose, shapes: new Set([...byFirst.keys()].map((w) => wordShape(w, 0, w.length))) };
    indexes.set(table, index);
  }
  return index;
}

const LEADING_WORD = /^[\p{L}\p{N}]+/u;
