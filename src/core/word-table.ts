/**
 * A table of words looked up by where a word stands in a text, without
 * cutting it out: the finders look up the words of every sentence, most of
 * which are not in their tables, and a `Map` keyed by strings needs each
 * one copied out of its sentence before it can say so. Open addressing
 * over an FNV-1a hash of the word's UTF-16 code units. A word set twice
 * keeps the value set last, as a `Map` does.
 *
 * @example
 * const t = new WordTable([['giảm', 'down'], ['tăng', 'up']]);
 * t.get('xuất khẩu tăng 5%', 10, 14) // → 'up'
 */
export class WordTable<T> {
  private readonly words: Array<string | undefined>;
  private readonly values: Array<T | undefined>;
  private readonly mask: number;
  /** How many distinct words the table holds. */
  readonly size: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    const list = [...entries];
    let capacity = 8;
    while (capacity < list.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
    let size = 0;
    for (const [word, value] of list) {
      let slot = hashOf(word, 0, word.length) & this.mask;
      while (this.words[slot] !== undefined && this.words[slot] !== word) slot = (slot + 1) & this.mask;
      if (this.words[slot] === undefined) size++;
      this.words[slot] = word;
      this.values[slot] = value;
    }
    this.size = size;
  }

  /** The value of the word `text.slice(start, end)`, or undefined when the table does not hold it. */
  get(text: string, start: number, end: number): T | undefined {
    const length = end - start;
    for (let slot = hashOf(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (word.length === length && text.startsWith(word, start)) return this.values[slot];
    }
  }
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
