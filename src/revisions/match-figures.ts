/**
 * Which figure of a report's new version is which figure of its previous
 * version. A figure keeps its identity (its `obs_key`) across versions when
 * it is matched; a figure of the new version with no match is new, one of
 * the previous version with none is retracted.
 */

/** What the matcher reads of a figure, in either version. */
export interface FigureFacts {
  readonly text: string;
  readonly value: number;
  readonly valueHigh: number | null;
  readonly unit: string;
  readonly period: string | null;
  readonly basePeriod: string | null;
  readonly region: string | null;
  readonly indicator: string | null;
  readonly qualifier: string | null;
  readonly status: string | null;
  readonly sentence: string;
  readonly sentenceIndex: number;
  /** Where the figure starts in the document text. */
  readonly start: number;
  /** Where its sentence starts in the document text; null when not recorded (rows written before it was). */
  readonly sentenceStart: number | null;
}

/**
 * How a figure of the new version relates to the previous version:
 * `same` (nothing a user reads changed), `revised` (its value, range,
 * qualifier or status changed), `reclassified` (the same value now has
 * another indicator, region, period, base or unit), `new` (no match).
 */
export type FigureChange = 'same' | 'revised' | 'reclassified' | 'new';

/** The match of one figure of the new version. */
export interface FigureMatch {
  readonly change: FigureChange;
  /** Index of the matched figure in the previous version; null for a new one. */
  readonly previous: number | null;
}

/** The figures of the previous version with no match in the new one are retracted. */
export interface VersionMatch {
  /** Parallel to the new version's figures. */
  readonly matches: readonly FigureMatch[];
  /** Indexes in the previous version. */
  readonly retracted: readonly number[];
}

/** How alike two sentence skeletons must be (share of their words) for a figure to be matched by its sentence alone. */
const SIMILAR = 0.6;

/**
 * Matches the figures of a report's new version to those of its previous
 * version, one to one, in three passes:
 * 1. the same place in the same sentence: the sentence with every figure
 *    blanked out is the same, and so are the figure's rank in it and its
 *    unit ("GRDP tăng #, cao hơn mức # của năm trước" → the first figure);
 * 2. the same series: the same indicator, region, period, base and unit;
 * 3. a like sentence: a sentence most of whose words are the same (a
 *    sentence edited around its figures), the same unit, and the same
 *    place among the sentence's figures of that unit or the same words
 *    ("17,3%" stays the second percentage when an amount in USD is put
 *    before it).
 * Within a pass, figures pair in text order.
 *
 * @example
 * matchFigures(previousFigures, nextFigures).matches[0] // → { change: 'revised', previous: 0 }
 */
export function matchFigures(previous: readonly FigureFacts[], next: readonly FigureFacts[]): VersionMatch {
  // a first version: every figure is new
  if (previous.length === 0) return { matches: next.map(() => ({ change: 'new', previous: null })), retracted: [] };
  const prev = describe(previous);
  const cur = describe(next);
  const taken = new Set<number>();
  const found: (number | null)[] = next.map(() => null);

  const byKey = (key: (d: Described) => string | null): void => {
    const open = new Map<string, number[]>();
    prev.forEach((d, i) => {
      const k = key(d);
      if (k === null || taken.has(i)) return;
      open.set(k, [...(open.get(k) ?? []), i]);
    });
    cur.forEach((d, j) => {
      const k = key(d);
      if (k === null || found[j] !== null) return;
      const i = open.get(k)?.shift();
      if (i === undefined) return;
      found[j] = i;
      taken.add(i);
    });
  };
  byKey((d) => `${d.skeleton}\u0001${d.rank}\u0001${d.facts.unit}`);
  byKey((d) => (d.facts.indicator === null ? null : [d.facts.indicator, d.facts.region, d.facts.period, d.facts.basePeriod, d.facts.unit].join('\u0001')));

  const pairs: { i: number; j: number; score: number }[] = [];
  cur.forEach((d, j) => {
    if (found[j] !== null) return;
    prev.forEach((e, i) => {
      if (taken.has(i) || e.facts.unit !== d.facts.unit) return;
      if (e.unitRank !== d.unitRank && e.facts.text !== d.facts.text) return;
      // among equally like sentences, the same words and the same place pair first
      const score = likeness(e.words, d.words) + (e.facts.text === d.facts.text ? 0.001 : 0) + (e.rank === d.rank ? 0.0005 : 0);
      if (score >= SIMILAR) pairs.push({ i, j, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  for (const p of pairs) {
    if (found[p.j] !== null || taken.has(p.i)) continue;
    found[p.j] = p.i;
    taken.add(p.i);
  }

  return {
    matches: next.map((f, j) => {
      const i = found[j] ?? null;
      return i === null ? { change: 'new', previous: null } : { change: changeOf(previous[i]!, f), previous: i };
    }),
    retracted: previous.map((_, i) => i).filter((i) => !taken.has(i)),
  };
}

/** What a user reads of a figure changed, and how. */
function changeOf(a: FigureFacts, b: FigureFacts): FigureChange {
  if (a.value !== b.value || a.valueHigh !== b.valueHigh || a.qualifier !== b.qualifier || a.status !== b.status) return 'revised';
  if (a.indicator !== b.indicator || a.region !== b.region || a.period !== b.period || a.basePeriod !== b.basePeriod || a.unit !== b.unit) return 'reclassified';
  return 'same';
}

interface Described {
  readonly facts: FigureFacts;
  /** The sentence with every figure in it blanked out. */
  readonly skeleton: string;
  /** The figure's place among the figures of its sentence, from 0. */
  readonly rank: number;
  /** Its place among the figures of its sentence in its unit, from 0. */
  readonly unitRank: number;
  readonly words: ReadonlySet<string>;
}

/** Each figure with its sentence's skeleton and its rank in it. */
function describe(figures: readonly FigureFacts[]): Described[] {
  const bySentence = new Map<string, number[]>();
  figures.forEach((f, i) => {
    const k = `${f.sentenceIndex}\u0001${f.sentence}`;
    bySentence.set(k, [...(bySentence.get(k) ?? []), i]);
  });
  const out: Described[] = new Array(figures.length);
  for (const members of bySentence.values()) {
    const ordered = [...members].sort((a, b) => figures[a]!.start - figures[b]!.start);
    const sentence = figures[ordered[0]!]!.sentence;
    const offsets = placesInSentence(ordered.map((i) => figures[i]!), sentence);
    let skeleton = '';
    let at = 0;
    offsets.forEach((o, k) => {
      if (o === null || o < at) return;
      skeleton += `${sentence.slice(at, o)}#`;
      at = o + figures[ordered[k]!]!.text.length;
    });
    skeleton += sentence.slice(at);
    const words = new Set(skeleton.toLowerCase().split(/[^\p{L}\p{N}#]+/u).filter(Boolean));
    const perUnit = new Map<string, number>();
    ordered.forEach((i, rank) => {
      const unit = figures[i]!.unit;
      const unitRank = perUnit.get(unit) ?? 0;
      perUnit.set(unit, unitRank + 1);
      out[i] = { facts: figures[i]!, skeleton, rank, unitRank, words };
    });
  }
  return out;
}

/** Where each figure (in text order) stands in its sentence: from the recorded offsets, else found in order. */
function placesInSentence(figures: readonly FigureFacts[], sentence: string): (number | null)[] {
  let from = 0;
  return figures.map((f) => {
    const recorded = f.sentenceStart === null ? -1 : f.start - f.sentenceStart;
    const at = recorded >= 0 && sentence.startsWith(f.text, recorded) ? recorded : sentence.indexOf(f.text, from);
    if (at < 0) return null;
    from = at + f.text.length;
    return at;
  });
}

/** The share of words two skeletons have in common (Jaccard). */
function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const all = a.size + b.size - common;
  return all === 0 ? 1 : common / all;
}
