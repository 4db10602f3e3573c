import type { SentenceMentions } from '../../core/mentions.ts';
import { sortFew } from '../../core/sort-few.ts';

/** What a token of the sentence is. */
export type TokenKind = 'quantity' | 'time' | 'place' | 'organisation' | 'number' | 'status' | 'concept' | 'marker' | 'change' | 'word';

/** One mention (or a word no mention covers) in the sentence's left-to-right reading. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Index into the mention list of its kind (`numbers` for quantities and numbers, `words` for words). */
  readonly ref: number;
}

/**
 * When mentions overlap, the one of the earlier kind is the token. Markers
 * and change words rank alike, the longer first: "ở mức" (a change word)
 * over "ở" and "mức" (markers), "so với" (a marker) over "với".
 */
export const PRIORITY: readonly TokenKind[] = ['quantity', 'time', 'organisation', 'place', 'number', 'status', 'concept', 'marker', 'change', 'word'];

/**
 * The sentence as a sequence of tokens: its mentions left to right, without
 * overlaps (a figure over the words inside it, a time over its year, a
 * concept over the change word inside it), and the words no mention covers.
 * The structure rules walk this sequence to see what stands next to what.
 *
 * @example
 * sentenceTokens(mentions).map((t) => t.kind) // → ['concept', 'time', 'change', 'quantity']
 */
export function sentenceTokens(m: SentenceMentions): Token[] {
  const candidates: Token[] = [];
  const add = (kind: TokenKind, start: number, end: number, ref: number): void => {
    candidates.push({ kind, start, end, ref });
  };
  m.numbers.forEach((n, i) => {
    if (n.quantity) add('quantity', n.quantity.span.start, n.quantity.span.end, i);
    else add('number', n.span.start, n.span.end, i);
  });
  m.times.forEach((t, i) => add('time', t.start, t.end, i));
  m.places.forEach((p, i) => add('place', p.start, p.end, i));
  m.organisations.forEach((o, i) => add('organisation', o.start, o.end, i));
  m.statuses.forEach((s, i) => add('status', s.start, s.end, i));
  m.concepts.forEach((c, i) => add('concept', c.start, c.end, i));
  m.markers.forEach((k, i) => add('marker', k.start, k.end, i));
  m.changes.forEach((c, i) => add('change', c.start, c.end, i));
  sortFew(candidates, (a, b) => RANK[a.kind] - RANK[b.kind] || b.end - b.start - (a.end - a.start) || ORDER[a.kind] - ORDER[b.kind] || a.start - b.start);
  const taken: Token[] = [];
  // punctuation is one character and never overlaps a word; other tokens must not overlap
  const cover = new Coverage(Math.max(m.words.reduce((n, w) => Math.max(n, w.end), 0), candidates.reduce((n, c) => Math.max(n, c.end), 0)));
  for (const token of candidates) {
    if (cover.overlaps(token.start, token.end)) continue;
    taken.push(token);
    cover.add(token.start, token.end, taken.length);
  }
  // words rank last and never overlap one another (each is a run of non-space characters): whether one is taken
  // depends on the mentions taken alone, so they are not sorted with them; most are covered, and only a word taken is
  // made a token
  for (let i = 0; i < m.words.length; i++) {
    const w = m.words[i]!;
    if (cover.overlaps(w.start, w.end)) continue;
    taken.push({ kind: 'word', start: w.start, end: w.end, ref: i });
    cover.add(w.start, w.end, taken.length);
  }
  return sortFew(taken, (a, b) => a.start - b.start);
}

/** The order of each kind in {@link PRIORITY}, and its rank (markers and change words alike). */
const ORDER = Object.fromEntries(PRIORITY.map((k, i) => [k, i])) as Readonly<Record<TokenKind, number>>;
const RANK = { ...ORDER, change: ORDER.marker } as Readonly<Record<TokenKind, number>>;

/**
 * The characters the tokens taken so far cover, so a candidate is checked
 * against them in the time of its own length, not of every token taken
 * (which made a long sentence quadratic). Two spans overlap as
 * `a.start < b.end && b.start < a.end` says, empty spans included.
 */
let scratch = new Int32Array(1024);

class Coverage {
  /** For each character, the number of the token covering it (0: none); only the first `length + 1` are this sentence's, and no span reaches past them. */
  private readonly owner: Int32Array;
  /** Empty tokens taken: they cover no character, yet a span around them overlaps them. */
  private readonly empty: number[] = [];

  constructor(length: number) {
    // one buffer for every sentence, cleared over this one's length: a typed array of more than a few dozen
    // characters is a buffer allocated outside the heap, and a document has thousands of sentences
    if (scratch.length < length + 1) scratch = new Int32Array(Math.max(length + 1, scratch.length * 2));
    scratch.fill(0, 0, length + 1);
    this.owner = scratch;
  }

  overlaps(start: number, end: number): boolean {
    if (start >= end) {
      // an empty span overlaps a token that runs on both sides of it
      const before = this.owner[start - 1] ?? 0;
      return start > end ? false : before !== 0 && before === (this.owner[start] ?? 0);
    }
    for (let p = Math.max(0, start); p < end; p++) if (this.owner[p] !== 0) return true;
    for (const z of this.empty) if (start < z && z < end) return true;
    return false;
  }

  add(start: number, end: number, id: number): void {
    if (start >= end) {
      if (start === end) this.empty.push(start);
      return;
    }
    this.owner.fill(id, Math.max(0, start), end);
  }
}
