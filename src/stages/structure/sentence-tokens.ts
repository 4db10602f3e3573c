import type { SentenceMentions } from '../../core/mentions.ts';

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
const PRIORITY: readonly TokenKind[] = ['quantity', 'time', 'organisation', 'place', 'number', 'status', 'concept', 'marker', 'change', 'word'];
const rank = (k: TokenKind): number => (k === 'change' ? PRIORITY.indexOf('marker') : PRIORITY.indexOf(k));

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
  m.numbers.forEach((n, i) => {
    if (n.quantity) candidates.push({ kind: 'quantity', start: n.quantity.span.start, end: n.quantity.span.end, ref: i });
    else candidates.push({ kind: 'number', start: n.span.start, end: n.span.end, ref: i });
  });
  m.times.forEach((t, i) => candidates.push({ kind: 'time', start: t.start, end: t.end, ref: i }));
  m.places.forEach((p, i) => candidates.push({ kind: 'place', start: p.start, end: p.end, ref: i }));
  m.organisations.forEach((o, i) => candidates.push({ kind: 'organisation', start: o.start, end: o.end, ref: i }));
  m.statuses.forEach((s, i) => candidates.push({ kind: 'status', start: s.start, end: s.end, ref: i }));
  m.concepts.forEach((c, i) => candidates.push({ kind: 'concept', start: c.start, end: c.end, ref: i }));
  m.markers.forEach((k, i) => candidates.push({ kind: 'marker', start: k.start, end: k.end, ref: i }));
  m.changes.forEach((c, i) => candidates.push({ kind: 'change', start: c.start, end: c.end, ref: i }));
  m.words.forEach((w, i) => candidates.push({ kind: 'word', start: w.start, end: w.end, ref: i }));
  candidates.sort((a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start);
  const taken: Token[] = [];
  // punctuation is one character and never overlaps a word; other tokens must not overlap
  const cover = new Coverage(candidates.reduce((n, c) => Math.max(n, c.end), 0));
  for (const c of candidates) {
    if (cover.overlaps(c)) continue;
    taken.push(c);
    cover.add(c, taken.length);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The characters the tokens taken so far cover, so a candidate is checked
 * against them in the time of its own length, not of every token taken
 * (which made a long sentence quadratic). Two spans overlap as
 * `a.start < b.end && b.start < a.end` says, empty spans included.
 */
class Coverage {
  /** For each character, the number of the token covering it (0: none). */
  private readonly owner: Int32Array;
  /** Empty tokens taken: they cover no character, yet a span around them overlaps them. */
  private readonly empty: number[] = [];

  constructor(length: number) {
    this.owner = new Int32Array(length + 1);
  }

  overlaps(c: { readonly start: number; readonly end: number }): boolean {
    if (c.start >= c.end) {
      // an empty span overlaps a token that runs on both sides of it
      const before = this.owner[c.start - 1] ?? 0;
      return c.start > c.end ? false : before !== 0 && before === (this.owner[c.start] ?? 0);
    }
    for (let p = Math.max(0, c.start); p < c.end; p++) if (this.owner[p] !== 0) return true;
    return this.empty.some((z) => c.start < z && z < c.end);
  }

  add(c: { readonly start: number; readonly end: number }, id: number): void {
    if (c.start >= c.end) {
      if (c.start === c.end) this.empty.push(c.start);
      return;
    }
    this.owner.fill(id, Math.max(0, c.start), c.end);
  }
}
