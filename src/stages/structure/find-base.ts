import type { SentenceMentions } from '../../core/mentions.ts';
import type { Span } from '../../core/records.ts';
import type { FigureNode, TimeRole } from '../../core/sentence-model.ts';
import type { Token } from './sentence-tokens.ts';

/** Words between a base and its figure: "so với cùng kỳ năm trước tăng 2,77%", "so với tháng trước thì giảm 0,2%". */
const VERB_TO_FIGURE = new Set(['tăng', 'giảm', 'đạt', 'là', 'ở mức', 'bằng']);
/** Verbs after a base that start the next figure: "tăng 2,65% và so với cùng kỳ năm trước tăng 2,77%". */
const NEXT_FIGURE_VERBS = new Set(['tăng', 'giảm', 'đạt', 'là']);

/**
 * The comparison base of a figure (index into the sentence's times): the
 * base right before it with only its verb between ("so với cùng kỳ năm
 * trước tăng 2,77%"), else the base after it in its clause unless that base
 * opens the next figure's comparison, else the base the sentence opens with
 * ("So với tháng 12/2023, CPI tháng 11 tăng 2,65%"). Null when none.
 *
 * @example
 * findBase(mentionsOf('tăng 5,2% so với cùng kỳ năm trước'), tokens, roles, figure, opening) // → 0
 */
export function findBase(m: SentenceMentions, tokens: readonly Token[], roles: readonly TimeRole[], f: FigureNode, opening: Span): number | null {
  const qs = f.quantity.span.start;
  const qe = f.quantity.span.end;
  const bases = m.times.map((t, i) => ({ t, i })).filter(({ i }) => roles[i] === 'base');
  const before = bases.filter(({ t }) => t.start >= f.clause.start && t.end <= qs).at(-1);
  if (before) {
    // only the verb, "thì" before it at most
    const between = tokens.filter((x) => x.start >= before.t.end && x.end <= qs && !(x.kind === 'marker' && m.markers[x.ref]!.marker === 'topic'));
    if (between.length === 1 && isVerb(m, between[0]!, VERB_TO_FIGURE)) return before.i;
  }
  const after = bases.find(({ t }) => t.start >= qe && t.start < f.clause.end && !opensNextFigure(m, tokens, t.end));
  if (after) return after.i;
  // "So với năm 2023, doanh thu tăng 5%" and, without the comma, "So với năm 2023 doanh thu tăng 5%"
  const opener = bases.find(({ t }) => t.start < opening.end && t.end <= qs && startsWithSoVoi(m, tokens, t.start));
  if (opener) return opener.i;
  // "…, so với tháng trước, trong 11 nhóm hàng có 8 nhóm tăng giá: …": a clause of its own that is only the base
  const alone = bases.filter(({ t }) => t.end <= qs && standsAlone(m, tokens, t.start, t.end)).at(-1);
  return alone ? alone.i : null;
}

function isVerb(m: SentenceMentions, t: Token, verbs: ReadonlySet<string>): boolean {
  if (t.kind === 'change') return verbs.has(m.changes[t.ref]!.word);
  return t.kind === 'marker' && verbs.has(m.markers[t.ref]!.word);
}

/** After the base, a verb and at once a figure: the base belongs to that figure. */
function opensNextFigure(m: SentenceMentions, tokens: readonly Token[], pos: number): boolean {
  const rest = tokens.filter((x) => x.start >= pos);
  // "thì" may stand before the verb
  const [a, b, c] = rest;
  if (a && isVerb(m, a, NEXT_FIGURE_VERBS) && b?.kind === 'quantity' && b.start - a.end <= 2) return true;
  const topic = a?.kind === 'marker' && m.markers[a.ref]!.marker === 'topic';
  return topic && b !== undefined && isVerb(m, b, NEXT_FIGURE_VERBS) && c?.kind === 'quantity' && c.start - b.end <= 2;
}

/** The base and the "so với" before it are all their clause holds. */
function standsAlone(m: SentenceMentions, tokens: readonly Token[], start: number, end: number): boolean {
  const i = tokens.findIndex((x) => x.kind === 'time' && x.start === start);
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
