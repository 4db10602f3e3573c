import type { MarkerKind, SentenceMentions } from '../../core/mentions.ts';
import type { Span } from '../../core/records.ts';
import type { FigureNode, TimeRole } from '../../core/sentence-model.ts';
import type { Token } from './sentence-tokens.ts';
import { firstTokenFrom, tokenIndexAt } from './token-index.ts';

/** Words between a base and its figure: "so với cùng kỳ năm trước tăng 2,77%", "so với tháng trước thì giảm 0,2%". */
const VERB_TO_FIGURE = new Set(['tăng', 'giảm', 'đạt', 'là', 'ở mức', 'bằng']);
/** Verbs after a base that start the next figure: "tăng 2,65% và so với cùng kỳ năm trước tăng 2,77%". */
const NEXT_FIGURE_VERBS = new Set(['tăng', 'giảm', 'đạt', 'là']);

/** How a base was found: each named construction, in the order they are tried. */
export const BASE_RULES = {
  'base.right-before': 'the base right before the figure, only its verb between: "so với cùng kỳ năm trước tăng 2,77%"',
  'base.after-in-clause': 'the base after the figure in its clause, unless it opens the next figure\'s comparison: "tăng 5,2% so với cùng kỳ năm trước"',
  'base.sentence-opener': 'the base the sentence opens with: "So với tháng 12/2023, CPI tháng 11 tăng 2,65%"',
  'base.own-clause': 'a clause that is only "so với" and its base, before the figure: "…, so với tháng trước, 8 nhóm hàng tăng giá"',
} as const;

/** The base a figure is compared with: an index into the sentence's times and the rule that found it. */
export interface FoundBase {
  readonly time: number;
  readonly rule: keyof typeof BASE_RULES;
}

/**
 * The comparison base of a figure, by the first of {@link BASE_RULES} that
 * applies. Null when none does.
 *
 * @example
 * findBase(mentionsOf('tăng 5,2% so với cùng kỳ năm trước'), tokens, roles, figure, opening) // → { time: 0, rule: 'base.after-in-clause' }
 */
export function findBase(m: SentenceMentions, tokens: readonly Token[], roles: readonly TimeRole[], f: FigureNode, opening: Span): FoundBase | null {
  const qs = f.quantity.span.start;
  const qe = f.quantity.span.end;
  const bases = m.times.map((t, i) => ({ t, i })).filter(({ i }) => roles[i] === 'base');
  const before = bases.filter(({ t }) => t.start >= f.clause.start && t.end <= qs).at(-1);
  if (before) {
    // only the verb, "thì" before it and a word of degree after it at most ("so với tháng trước thì tăng nhẹ 0,2%")
    const between = tokensBetween(m, tokens, before.t.end, qs, 2);
    if (between.length === 1 && isVerb(m, between[0]!, VERB_TO_FIGURE)) return { time: before.i, rule: 'base.right-before' };
  }
  const after = bases.find(({ t }) => t.start >= qe && t.start < f.clause.end && !opensNextFigure(m, tokens, t.end));
  if (after) return { time: after.i, rule: 'base.after-in-clause' };
  // "So với năm 2023, doanh thu tăng 5%" and, without the comma, "So với năm 2023 doanh thu tăng 5%"
  const opener = bases.find(({ t }) => t.start < opening.end && t.end <= qs && startsWithSoVoi(m, tokens, t.start));
  if (opener) return { time: opener.i, rule: 'base.sentence-opener' };
  const alone = bases.filter(({ t }) => t.end <= qs && standsAlone(m, tokens, t.start, t.end)).at(-1);
  return alone ? { time: alone.i, rule: 'base.own-clause' } : null;
}

function isMarker(m: SentenceMentions, t: Token, kind: MarkerKind): boolean {
  return t.kind === 'marker' && m.markers[t.ref]!.marker === kind;
}

function isVerb(m: SentenceMentions, t: Token, verbs: ReadonlySet<string>): boolean {
  if (t.kind === 'change') return verbs.has(m.changes[t.ref]!.word);
  return t.kind === 'marker' && verbs.has(m.markers[t.ref]!.word);
}

/** After the base, a verb and at once a figure: the base belongs to that figure. */
function opensNextFigure(m: SentenceMentions, tokens: readonly Token[], pos: number): boolean {
  // "thì" may stand before the verb, a word of degree after it ("so với tháng trước thì tăng nhẹ 0,2%")
  const [a, b] = tokensBetween(m, tokens, pos, Infinity, 2);
  return a !== undefined && isVerb(m, a, NEXT_FIGURE_VERBS) && b?.kind === 'quantity';
}

/**
 * The first `limit` tokens that start at or after `from` and end by `to`,
 * "thì" and words of degree left out; reading stops at `limit` so a long
 * sentence is not read to its end for every figure.
 */
function tokensBetween(m: SentenceMentions, tokens: readonly Token[], from: number, to: number, limit: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && out.length < limit; i++) {
    const x = tokens[i]!;
    if (x.start > to) break;
    if (x.end <= to && !isMarker(m, x, 'topic') && !isMarker(m, x, 'degree')) out.push(x);
  }
  return out;
}

/** The base and the "so với" before it are all their clause holds. */
function standsAlone(m: SentenceMentions, tokens: readonly Token[], start: number, end: number): boolean {
  const i = tokenIndexAt(tokens, 'time', start);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const clauseMark = (x: Token | undefined): boolean => x === undefined || (x.kind === 'marker' && ['comma', 'semicolon', 'colon'].includes(m.markers[x.ref]!.marker));
  const soVoi = before?.kind === 'marker' && m.markers[before.ref]!.word === 'so với';
  return soVoi && clauseMark(tokens[i - 2]) && clauseMark(after) && tokens[i]!.end === end;
}

/** The sentence opens with "so với" and the base follows it. */
function startsWithSoVoi(m: SentenceMentions, tokens: readonly Token[], baseStart: number): boolean {
  const first = tokens[0];
  return first !== undefined && first.kind === 'marker' && m.markers[first.ref]!.word === 'so với' && first.end <= baseStart;
}
