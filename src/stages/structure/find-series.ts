import type { SentenceMentions } from '../../core/mentions.ts';
import type { FigureNode, SeriesLink } from '../../core/sentence-model.ts';
import type { Token } from './sentence-tokens.ts';
import { tokenIndexAt } from './token-index.ts';

/** Words that open the end of a series: "từ X lên Y", "từ X xuống (còn) Y", "từ X đến Y". */
const TO_WORDS = new Set(['lên', 'xuống', 'còn', 'đến', 'tới']);

/**
 * The "from … to …" series of a sentence ("tăng từ 42,8% năm 2018 lên
 * 46,6% năm 2023", "giảm từ mức 5,22% xuống mức 2,54%"): for each figure,
 * whether it is the start or the end of one, with the figure at the other
 * end. A figure in parentheses right after an end ("268,8 nghìn doanh
 * nghiệp (chiếm 96,25% tổng số)") belongs to the same end.
 *
 * @example
 * findSeries(mentionsOf('tăng từ 42,8% năm 2018 lên 46,6% năm 2023'), tokens, figures)
 * // → [{ role: 'from', other: 1 }, { role: 'to', other: 0 }]
 */
export function findSeries(m: SentenceMentions, tokens: readonly Token[], figures: readonly FigureNode[]): (SeriesLink | null)[] {
  const out: (SeriesLink | null)[] = figures.map(() => null);
  // what each figure opens with is read once, not again for every figure before it
  const opensTo = figures.map((g) => g.paren === null && opensWith(m, tokens, g.quantity.span.start, (w) => TO_WORDS.has(w)));
  for (const from of figures) {
    if (from.paren !== null || !opensWith(m, tokens, from.quantity.span.start, (w) => w === 'từ')) continue;
    const to = figures.find(
      (g, i) => g.index > from.index && g.paren === null && g.segmentStart === from.segmentStart && sameKind(g, from) && opensTo[i]!,
    );
    if (!to || out[from.index] !== null || out[to.index] !== null) continue;
    out[from.index] = { role: 'from', other: to.index, head: from.index };
    out[to.index] = { role: 'to', other: from.index, head: to.index };
    // the figures in parentheses right after each end belong to it
    for (const end of [from, to]) {
      // no figure outside brackets between the end and its bracketed figure
      const e = end.quantity.span.end;
      const nextOutside = figures.reduce((n, x) => (x.paren === null && x.quantity.span.start > e ? Math.min(n, x.quantity.span.start) : n), Infinity);
      for (const g of figures) {
        if (g.paren !== null && g.paren.start >= e && !(nextOutside < g.quantity.span.start)) {
          out[g.index] = { role: end === from ? 'from' : 'to', other: (end === from ? to : from).index, head: end.index };
        }
      }
    }
  }
  return out;
}

/** The word before the figure (a filler such as "mức" skipped) satisfies `test`. */
function opensWith(m: SentenceMentions, tokens: readonly Token[], start: number, test: (word: string) => boolean): boolean {
  let i = tokenIndexAt(tokens, 'quantity', start) - 1;
  while (i >= 0 && tokens[i]!.kind === 'marker' && m.markers[tokens[i]!.ref]!.marker === 'filler') i--;
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'marker') return test(m.markers[t.ref]!.word);
  return t.kind === 'change' && test(m.changes[t.ref]!.word);
}

/** Units of things counted: a series may count persons at one end and visitors at the other. */
const COUNTED: ReadonlySet<string> = new Set(['count', 'person', 'visitor', 'enterprise', 'project', 'household', 'passenger']);

/** Both ends of a series measure the same kind of thing. */
function sameKind(a: FigureNode, b: FigureNode): boolean {
  return a.quantity.unit === b.quantity.unit || (COUNTED.has(a.quantity.unit) && COUNTED.has(b.quantity.unit));
}
