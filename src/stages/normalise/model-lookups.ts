import type { MarkerMention } from '../../core/mentions.ts';
import type { Span } from '../../core/records.ts';
import type { FigureNode, SentenceModel } from '../../core/sentence-model.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/**
 * The questions the normalise rules ask of a sentence model for every
 * figure and every time, answered as `core/sentence-model.ts` answers them
 * but from an index built once per model: its helpers read the whole
 * sentence on each call, which made a long sentence cubic (every figure ×
 * every time × every parenthesis).
 */
interface ModelIndex {
  /** Parentheticals in order (they never overlap). */
  readonly parens: readonly Span[];
  /** Word starts and ends in order, or null when the words are not in order or some is empty (then each question reads them all). */
  readonly wordStarts: readonly number[] | null;
  readonly wordEnds: readonly number[] | null;
  /** Markers of a set of kinds, in order of start, with the least end from each one on. */
  readonly markersOf: Map<string, SpansFrom>;
  /** The figures' quantity spans, built when first asked. */
  figures: SpansFrom | null;
}

/** Spans in order of start, with the least end from each one on: whether one lies inside `[from, to)` is a binary search. */
interface SpansFrom {
  readonly starts: readonly number[];
  readonly leastEndFrom: readonly number[];
}

function spansFrom(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): SpansFrom {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const leastEndFrom = new Array<number>(sorted.length + 1).fill(Infinity);
  for (let i = sorted.length - 1; i >= 0; i--) leastEndFrom[i] = Math.min(sorted[i]!.end, leastEndFrom[i + 1]!);
  return { starts: sorted.map((x) => x.start), leastEndFrom };
}

/** Whether one of the spans starts at or after `from` and ends by `to`: the least end of those starting at or after `from` is by `to`. */
function anyWithin(of: SpansFrom, from: number, to: number): boolean {
  return of.leastEndFrom[countBelow(of.starts, from)]! <= to;
}

const indexes = new WeakMap<SentenceModel, ModelIndex>();

function indexOf(model: SentenceModel): ModelIndex {
  let index = indexes.get(model);
  if (index === undefined) {
    const words = model.mentions.words;
    const inOrder = words.every((w, i) => w.start < w.end && (i === 0 || words[i - 1]!.end <= w.start));
    const parensInOrder = model.parentheticals.every((p, i) => i === 0 || model.parentheticals[i - 1]!.end <= p.start);
    index = {
      parens: parensInOrder ? model.parentheticals : [...model.parentheticals].sort((a, b) => a.start - b.start),
      wordStarts: inOrder ? words.map((w) => w.start) : null,
      wordEnds: inOrder ? words.map((w) => w.end) : null,
      markersOf: new Map(),
      figures: null,
    };
    indexes.set(model, index);
  }
  return index;
}

/**
 * Whether a mention at `start` may give context to a figure (the rule of
 * `visibleTo` in `core/sentence-model.ts`): one inside parentheses belongs
 * only to the figures inside the same parentheses.
 *
 * @example
 * visibleTo(model, figure, { start: 11 }) // → false
 */
export function visibleTo(model: SentenceModel, figure: FigureNode, mention: { readonly start: number }): boolean {
  const paren = parenOf(model, mention.start);
  return paren === undefined || (figure.paren !== null && paren.start === figure.paren.start);
}

/**
 * The parenthetical of the sentence that holds `pos`, if any.
 *
 * @example
 * parenOf(model, 11)?.start // → 10
 */
export function parenOf(model: SentenceModel, pos: number): Span | undefined {
  const { parens } = indexOf(model);
  return parens === model.parentheticals ? parenAt(parens, pos) : model.parentheticals.find((r) => pos >= r.start && pos < r.end);
}

/** The parenthetical holding `pos`, in parentheticals that are in order and do not overlap. */
function parenAt(parens: readonly Span[], pos: number): Span | undefined {
  const i = lastAtOrBelow(parens, pos, (p) => p.start);
  const p = parens[i];
  return p !== undefined && pos >= p.start && pos < p.end ? p : undefined;
}

/**
 * How many words stand between two positions of the sentence (the count
 * of `wordsBetween` in `core/sentence-model.ts`).
 *
 * @example
 * wordsBetween(model, 5, 6) // → 0
 */
export function wordsBetween(model: SentenceModel, a: number, b: number): number {
  const { wordStarts, wordEnds } = indexOf(model);
  if (wordStarts === null || wordEnds === null || a > b) {
    let n = 0;
    for (const w of model.mentions.words) if (w.start < b && w.end > a) n++;
    return n;
  }
  // words in order and not empty: those starting before b, less those ending by a (which all start before b)
  return Math.max(0, countBelow(wordStarts, b) - countAtOrBelow(wordEnds, a));
}

/**
 * Whether the sentence has a marker of one of `kinds` inside `[from, to)`
 * (the test of `hasMarker` in `core/sentence-model.ts`).
 *
 * @example
 * hasMarker(model, ['compare'], 0, 30) // → true
 */
export function hasMarker(model: SentenceModel, kinds: readonly MarkerMention['marker'][], from: number, to: number): boolean {
  const index = indexOf(model);
  const key = kinds.join('|');
  let of = index.markersOf.get(key);
  if (of === undefined) {
    of = spansFrom(model.mentions.markers.filter((m) => kinds.includes(m.marker)));
    index.markersOf.set(key, of);
  }
  return anyWithin(of, from, to);
}

/**
 * Whether a figure of the sentence lies inside `[from, to)`: what
 * `model.figures.some((g) => g.quantity.span.start >= from && g.quantity.span.end <= to)` says.
 *
 * @example
 * hasFigure(model, 0, 30) // → true
 */
export function hasFigure(model: SentenceModel, from: number, to: number): boolean {
  const index = indexOf(model);
  index.figures ??= spansFrom(model.figures.map((g) => g.quantity.span));
  return anyWithin(index.figures, from, to);
}

/** How many of an ascending list are below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < x);
}

/** How many of an ascending list are at or below `x`. */
function countAtOrBelow(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! <= x);
}

/** The index of the last item whose key is at or below `x`, or -1 (items in order of key). */
function lastAtOrBelow<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
