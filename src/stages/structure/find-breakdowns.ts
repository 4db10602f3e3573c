import type { SentenceMentions } from '../../core/mentions.ts';
import type { BreakdownItem, FigureNode } from '../../core/sentence-model.ts';
import type { Token } from './sentence-tokens.ts';
import { firstTokenFrom } from './token-index.ts';

/**
 * The breakdown each figure of a sentence is an item of, if any (parallel to
 * `figures`):
 * - figures after a breakdown marker ("…, trong đó FDI đạt 12 tỷ USD",
 *   "bao gồm: cá 1.757 nghìn tấn; tôm 396 nghìn tấn", "riêng vốn nhà nước
 *   đạt …"), the figure before the marker being their total;
 * - every figure of a sentence that opens with one ("Trong đó, khu vực FDI
 *   đạt …"), the total standing in the sentence before;
 * - the items of a ":"-list whose ";"-parts each open with a place or a
 *   concept ("tăng cao: Yên Bái tăng 30%; Nam Định tăng 25%").
 * Each item is told from the others by a place, a period or a part, read
 * from what stands between the start of its part and the figure.
 *
 * @example
 * findBreakdowns(mentionsOf('IIP tăng 5,4%; trong đó ngành dệt tăng 12,1%'), tokens, figures)
 * // → [null, { marker: 1, total: 0, by: 'part' }]
 */
export function findBreakdowns(m: SentenceMentions, tokens: readonly Token[], figures: readonly FigureNode[], opensWithBreakdown: boolean): (BreakdownItem | null)[] {
  const markers = m.markers.map((k, i) => ({ k, i })).filter(({ k }) => k.marker === 'breakdown');
  const colon = m.markers.find((k) => k.marker === 'colon');
  const isList = listTest(m, tokens);
  const listAfterColon = colon !== undefined && isList(colon.end);
  return figures.map((f) => {
    const qs = f.quantity.span.start;
    // a breakdown runs to the end of its marker's part of the sentence, or on through a list its marker opens ("gồm: cá …; tôm …")
    const marker = lastWhere(markers, ({ k }) => k.end <= qs && (k.start >= f.segmentStart || isList(k.end) || opensListAfter(m, k.end)));
    if (marker) {
      const total = totalOf(figures, f, marker.k.start);
      return { marker: marker.i, total: total ? total.index : null, by: dimensionOf(m, f, marker.k.end) };
    }
    if (opensWithBreakdown) return { marker: null, total: null, by: dimensionOf(m, f, f.segmentStart) };
    if (listAfterColon && qs >= colon.end) {
      const total = totalOf(figures, f, colon.start);
      return { marker: null, total: total ? total.index : null, by: dimensionOf(m, f, f.segmentStart) };
    }
    return null;
  });
}

/**
 * The total an item breaks down: the nearest figure before `end` in the
 * item's unit ("đạt 220 tỷ USD, tăng 12%, trong đó dầu thô đạt 2 tỷ USD"
 * breaks down the 220 tỷ USD), else the nearest figure.
 */
function totalOf(figures: readonly FigureNode[], item: FigureNode, end: number): FigureNode | undefined {
  const before = figures.filter((g) => g.quantity.span.end <= end);
  return before.filter((g) => g.quantity.unit === item.quantity.unit).at(-1) ?? before.at(-1);
}

/** What tells an item from the others: a place or a time standing before its figure in its part, else it is a part of the total. */
function dimensionOf(m: SentenceMentions, f: FigureNode, from: number): BreakdownItem['by'] {
  const start = Math.max(from, f.segmentStart);
  const qs = f.quantity.span.start;
  const within = (x: { start: number; end: number }): boolean => x.start >= start && x.end <= qs;
  // a socio-economic region is a grouping of provinces, a part of the country's total
  if (m.places.some((p) => p.use === 'subject' && p.region !== null && p.scope !== 'macro' && within(p))) return 'place';
  if (m.times.some((t) => (t.period !== null || t.template !== null) && !t.inherentBase && within(t))) return 'period';
  return 'part';
}

/** A ":" right after the marker ("bao gồm: …"): the list it opens runs on through its ";"-parts. */
function opensListAfter(m: SentenceMentions, pos: number): boolean {
  return m.markers.some((k) => k.marker === 'colon' && k.start >= pos && k.start - pos <= 1);
}

/**
 * The test "after `pos`, two or more ";"-parts, each opening with a place
 * or a concept", for one sentence: what each part opens with is read once,
 * so asking it for every figure and every marker stays linear.
 */
function listTest(m: SentenceMentions, tokens: readonly Token[]): (pos: number) => boolean {
  // for each token, the first one at or after it that is not a marker
  const nextWord: number[] = new Array<number>(tokens.length + 1).fill(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) nextWord[i] = tokens[i]!.kind === 'marker' ? nextWord[i + 1]! : i;
  const opensWithName = (s: number): boolean => {
    const first = tokens[nextWord[firstTokenFrom(tokens, s)]!];
    return first !== undefined && (first.kind === 'place' || first.kind === 'concept');
  };
  const semicolons = m.markers.filter((k) => k.marker === 'semicolon');
  // whether every part after semicolon j (and after each one after it) opens with a name
  const allFrom: boolean[] = new Array<boolean>(semicolons.length + 1).fill(true);
  for (let j = semicolons.length - 1; j >= 0; j--) allFrom[j] = allFrom[j + 1]! && opensWithName(semicolons[j]!.end);
  const memo = new Map<number, boolean>();
  return (pos) => {
    let answer = memo.get(pos);
    if (answer === undefined) {
      // the semicolons that start at or after `pos` (markers are in order of position)
      const j = semicolons.findIndex((k) => k.start >= pos);
      answer = j !== -1 && allFrom[j]! && opensWithName(pos);
      memo.set(pos, answer);
    }
    return answer;
  };
}

/** The last item that passes `test`, read from the end. */
function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}
