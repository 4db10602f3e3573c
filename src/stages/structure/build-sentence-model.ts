import { isForeign, type MarkerMention, type SentenceMentions } from '../../core/mentions.ts';
import type { Span } from '../../core/records.ts';
import type { FigureNode, PlaceRole, SentenceModel, TimeRole } from '../../core/sentence-model.ts';
import { findBase } from './find-base.ts';
import { findBreakdowns } from './find-breakdowns.ts';
import { findEquivalents } from './find-equivalents.ts';
import { findPairings } from './find-pairings.ts';
import { findSeries } from './find-series.ts';
import { sentenceTokens, type Token } from './sentence-tokens.ts';
import { firstTokenFrom, tokenIndexAt } from './token-index.ts';
import { timeRoleOf } from './time-roles.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/** Marker kinds that end a clause. */
const CLAUSE_MARKS: ReadonlySet<MarkerMention['marker']> = new Set(['comma', 'semicolon', 'colon', 'open_paren', 'close_paren', 'dash', 'quote']);
/** Marker kinds a sentence that goes on from the one before opens with. */
const OPENERS: ReadonlySet<MarkerMention['marker']> = new Set(['breakdown', 'continuation']);

/**
 * The structure stage for one sentence: clauses between clause punctuation,
 * innermost parentheses, the role of each time (frame, comparison base,
 * time of a compared figure) and place (subject or compared), and for each
 * figure what governs it.
 *
 * @example
 * buildSentenceModel(mentions).timeRoles // → ['frame', 'base']
 */
export function buildSentenceModel(m: SentenceMentions): SentenceModel {
  const length = m.sentence.text.length;
  const tokens = sentenceTokens(m);
  const clauses = clausesOf(m.markers, length);
  const parentheticals = parenthesesOf(m.markers);
  const clauseOf = (pos: number): Span => clauseAtPosition(clauses, pos);
  const timeRoles: TimeRole[] = m.times.map((t, i) => timeRoleOf(m, tokens, i, clauseOf(t.start)));
  const bilateral = namesHomeAsParty(m, tokens);
  const placeRoles: PlaceRole[] = m.places.map((p) => (bilateral && isForeign(p) && p.use === 'subject' ? 'partner' : placeRoleOf(m, tokens, p.start)));
  const figures: FigureNode[] = [];
  for (const n of m.numbers) {
    const q = n.quantity;
    if (!q) continue;
    const qs = q.span.start;
    const qe = q.span.end;
    const clause = clauseOf(qs);
    // the word of change or level of the figure's own clause: "GRDP tăng 8%, quy mô GRDP 400 nghìn tỷ đồng" states a level
    const change = m.changes.filter((c) => c.end <= qs && c.start >= clause.start && c.direction !== 'rate').at(-1);
    const after = findFrom(tokens, qe, (t) => t.kind !== 'word');
    const afterMarker = after?.kind === 'marker' ? m.markers[after.ref]! : null;
    const next = after ? tokens[firstTokenFrom(tokens, after.end)] : undefined;
    // the brackets right after the figure ("đạt 197.221 tỷ đồng (theo giá so sánh)")
    const parenAfter = parentheticals.filter((p) => p.start >= qe && p.start - qe <= 2);
    const figure: FigureNode = {
      index: figures.length,
      quantity: q,
      clause,
      segmentStart: Math.max(0, ...m.markers.filter((k) => (k.marker === 'semicolon' || k.marker === 'colon') && k.start < qs).map((k) => k.end)),
      paren: parentheticals.find((p) => qs >= p.start && qs < p.end) ?? null,
      change: change ? change.direction : null,
      baseTime: null,
      baseRule: null,
      share: followsShareWord(m, tokens, qs),
      percentOf:
        after !== undefined && after.start - qe <= 2 &&
        (after.kind === 'time' ? m.times[after.ref]!.rule === 'time.same-period'
          : afterMarker !== null && (afterMarker.marker === 'reference' || (afterMarker.word === 'so với' && next?.kind === 'marker' && m.markers[next.ref]!.marker === 'reference'))),
      // "theo giá so sánh" in the figure's clause before it, or in brackets right after it ("đạt 197.221 tỷ đồng (theo giá so sánh)")
      constantPrices: m.markers.some(
        (k) => k.marker === 'constant_prices' &&
          ((k.start >= clause.start && k.end <= qs) || parenAfter.some((p) => k.start >= p.start && k.end <= p.end)),
      ),
      breakdown: null,
      series: null,
      pairedConcept: null,
      equivalentOf: null,
      host: null,
    };
    const base = findBase(m, tokens, timeRoles, figure, clauses[0]!);
    figures.push({ ...figure, baseTime: base?.time ?? null, baseRule: base?.rule ?? null });
  }
  const opener = openerOf(m, tokens);
  const breakdowns = findBreakdowns(m, tokens, figures, opener?.marker === 'breakdown');
  const series = findSeries(m, tokens, figures);
  const pairings = findPairings(m, figures);
  const equivalents = findEquivalents(m, figures);
  return {
    mentions: m,
    clauses,
    parentheticals,
    timeRoles,
    placeRoles,
    figures: figures.map((f, i) => ({
      ...f,
      breakdown: breakdowns[i] ?? null,
      series: series[i] ?? null,
      pairedConcept: pairings[i] ?? null,
      equivalentOf: equivalents[i] ?? null,
      host: hostOf(figures, f)?.index ?? null,
      constantPrices: f.constantPrices || hostOf(figures, f)?.constantPrices === true,
    })),
    opener,
  };
}

/** The clause `pos` is in (the first whose span holds it), else the last: clauses are in order, so a binary search finds it. */
function clauseAtPosition(clauses: readonly Span[], pos: number): Span {
  // clauses are in order and do not overlap; the first holding `pos` is the last that starts at or before it, if it holds it
  const c = clauses[partitionPoint(clauses.length, (i) => clauses[i]!.end <= pos)];
  return c !== undefined && pos >= c.start && pos < c.end ? c : clauses.find((x) => pos >= x.start && pos < x.end) ?? clauses.at(-1)!;
}

/** The first token at or after `pos` that passes `test`. */
function findFrom(tokens: readonly Token[], pos: number, test: (t: Token) => boolean): Token | undefined {
  for (let i = firstTokenFrom(tokens, pos); i < tokens.length; i++) if (test(tokens[i]!)) return tokens[i];
  return undefined;
}

/**
 * Whether the last token before the figure at `qs` is "chiếm" ("chiếm
 * 12%"): some "chiếm" ends by `qs` with no token wholly between them.
 */
function followsShareWord(m: SentenceMentions, tokens: readonly Token[], qs: number): boolean {
  // tokens do not overlap: the one that ends by the figure and starts last is the only candidate, it and any empty ones beside it
  const last = firstTokenFrom(tokens, qs + 1) - 1;
  let j = last;
  while (j >= 0 && tokens[j]!.end > qs) j--;
  if (j < 0) return false;
  const latest = tokens[j]!.start;
  for (let k = last; k >= 0 && tokens[k]!.start >= latest; k--) {
    const t = tokens[k]!;
    if (t.kind === 'marker' && m.markers[t.ref]!.word === 'chiếm' && t.end <= qs && t.end > latest) return true;
  }
  return false;
}

/** The figure a parenthetical figure stands beside: the one that ends right before its brackets ("tăng 7,1% (năm 2022 tăng 15,8%)"). */
function hostOf(figures: readonly FigureNode[], f: FigureNode): FigureNode | undefined {
  if (!f.paren) return undefined;
  const paren = f.paren;
  return figures.filter((g) => g.paren === null && g.quantity.span.end <= paren.start && paren.start - g.quantity.span.end <= 2).at(-1);
}

/** The clauses of a sentence: the stretches between clause punctuation. */
function clausesOf(markers: readonly MarkerMention[], length: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const k of markers) {
    if (!CLAUSE_MARKS.has(k.marker)) continue;
    out.push({ start, end: k.start });
    start = k.end;
  }
  out.push({ start, end: length });
  return out;
}

/** The innermost parentheses of a sentence. */
function parenthesesOf(markers: readonly MarkerMention[]): Span[] {
  const out: Span[] = [];
  let open: number | null = null;
  for (const k of markers) {
    if (k.marker === 'open_paren') open = k.start;
    else if (k.marker === 'close_paren' && open !== null) {
      out.push({ start: open, end: k.end });
      open = null;
    }
  }
  return out;
}

/** Words before a place that make it the other side of a comparison ("so với Hà Nội", "cao hơn Đà Nẵng"). */
const PLACE_COMPARED = new Set(['so với', 'so', 'hơn', 'cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'bằng', 'như', 'sau', 'trước', 'gấp']);

/** Words before a Vietnamese place that make it a party to what a foreign economy does: "đầu tư vào Việt Nam", "thị trường lớn nhất của Bình Dương". */
const TO_HOME = new Set(['của', 'vào', 'tại', 'sang', 'với', 'cho', 'đến', 'tới']);

/**
 * Whether the sentence names Việt Nam or one of its provinces as the other
 * party of what it says ("… đầu tư vào Việt Nam", "… thị trường xuất khẩu
 * lớn nhất của Bình Dương"): a foreign economy in it is then a partner, and
 * the figures are the Vietnamese side's.
 */
function namesHomeAsParty(m: SentenceMentions, tokens: readonly Token[]): boolean {
  return m.places.some((p) => {
    if (p.region === null || isForeign(p) || p.use !== 'subject') return false;
    const i = tokenIndexAt(tokens, 'place', p.start);
    const before = tokens[i - 1];
    if (!before) return false;
    return before.kind === 'marker' && TO_HOME.has(m.markers[before.ref]!.word);
  });
}

/**
 * A place right after a comparison word ("cao hơn Hà Nội", "so với các tỉnh
 * Đông Nam Bộ") is compared, not the subject.
 */
function placeRoleOf(m: SentenceMentions, tokens: readonly Token[], start: number): PlaceRole {
  const i = tokenIndexAt(tokens, 'place', start);
  const before = tokens[i - 1];
  if (before && isComparisonWord(m, before)) return 'compared';
  // "so với các tỉnh …", "hơn tỉnh …": one generic noun may stand between
  const twoBefore = tokens[i - 2];
  return before?.kind === 'word' && twoBefore && isComparisonWord(m, twoBefore) ? 'compared' : 'subject';
}

function isComparisonWord(m: SentenceMentions, t: Token): boolean {
  if (t.kind === 'marker') return PLACE_COMPARED.has(m.markers[t.ref]!.word);
  // "gấp" and "bằng" may have been read as words of level
  return t.kind === 'change' && (m.changes[t.ref]!.word === 'gấp' || m.changes[t.ref]!.word === 'bằng');
}

/** The continuation marker a sentence opens with ("Trong đó, …", "Ngoài ra, …", "So với …"), if any. */
function openerOf(m: SentenceMentions, tokens: readonly Token[]): MarkerMention | null {
  const first = tokens.find((t) => t.kind !== 'marker' || !['quote', 'dash', 'open_paren'].includes(m.markers[t.ref]!.marker));
  if (!first || first.kind !== 'marker') return null;
  const k = m.markers[first.ref]!;
  return OPENERS.has(k.marker) || k.word === 'so với' ? k : null;
}
