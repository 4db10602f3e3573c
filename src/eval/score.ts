import { samePeriod } from '../core/period-interval.ts';
import type { GoldDocument, GoldObservation } from './gold.ts';
import type { Prediction } from './read-predictions.ts';

/** Units of counted things, scored as one class. */
const COUNT_CLASS = new Set(['count', 'person', 'visitor', 'passenger', 'enterprise', 'project', 'household']);

/** Precision, recall and F1 with the counts behind them. */
export interface PRF {
  readonly matched: number;
  readonly predicted: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Accuracy of one attribute among L1 matches. */
export interface AttributeAccuracy {
  readonly right: number;
  readonly of: number;
  readonly accuracy: number;
}

/** A matched pair whose attributes differ, for the developer to read. */
export interface AttributeError {
  readonly attribute: 'period' | 'indicator' | 'qualifier' | 'status' | 'region';
  readonly gold: GoldObservation;
  readonly predicted: Prediction;
}

/** The score of one document (or of all, summed). */
export interface Score {
  readonly l1: PRF;
  readonly l2: PRF;
  readonly l3: PRF;
  readonly qualifier: AttributeAccuracy;
  readonly status: AttributeAccuracy;
  readonly region: AttributeAccuracy;
}

/** A document's score with what went wrong. */
export interface DocumentScore extends Score {
  readonly sourcePath: string;
  readonly misses: readonly GoldObservation[];
  readonly falsePositives: readonly Prediction[];
  readonly attributeErrors: readonly AttributeError[];
}

/**
 * Scores predictions against gold exactly as `observations.md` defines it:
 * one-to-one matching within a document on equal value (relative tolerance
 * 1e-6) and equal unit (units of counted things as one class); predictions
 * that match a `core: false` row by value are set aside, neither required
 * nor false positives. L2 adds the period (a gold null matches any; periods
 * are compared as the days they cover, so "2024-01/2024-02" equals
 * "2024-01-01/2024-02-29"), L3
 * the indicator (over rows and predictions that name one). Qualifier,
 * status and region accuracy are taken over the L1 matches.
 *
 * Each level is a maximum one-to-one matching of its own. Predictions that
 * could match a core row are matched to core rows first, so a correct core
 * figure is never set aside because a non-core row has the same value.
 *
 * @example
 * scoreDocument(gold, predictions).l1.f1 // → 0.95
 */
export function scoreDocument(gold: GoldDocument, predictions: readonly Prediction[]): DocumentScore {
  const core = gold.observations.filter((o) => o.core);
  const nonCore = gold.observations.filter((o) => !o.core);
  const l1Edge = (g: GoldObservation, p: Prediction): boolean => sameValue(g.value, p.value) && sameUnit(g.unit, p.unit);
  const l2Edge = (g: GoldObservation, p: Prediction): boolean => l1Edge(g, p) && (g.period === null || sameStatedPeriod(g, p));
  const l3Edge = (g: GoldObservation, p: Prediction): boolean => l2Edge(g, p) && g.indicator === p.indicator;
  const preference = (g: GoldObservation, p: Prediction): number =>
    (g.period === p.period || sameStatedPeriod(g, p) ? 8 : 0) + (g.indicator === p.indicator ? 4 : 0) + (g.text === p.text ? 2 : 0) + (g.region === p.region ? 1 : 0) +
    (g.qualifier === p.qualifier ? 1 : 0) + (g.status === p.status ? 1 : 0);

  const m1 = maxMatching(core, predictions, l1Edge, preference);
  // Set aside unmatched predictions that match a non-core row by value.
  const unmatched = predictions.map((_, i) => i).filter((i) => !m1.predToGold.has(i));
  const aside = maxMatching(nonCore, unmatched.map((i) => predictions[i]!), (g, p) => sameValue(g.value, p.value), preference);
  const setAside = new Set([...aside.predToGold.keys()].map((k) => unmatched[k]!));
  const counted = predictions.length - setAside.size;

  const m2 = maxMatching(core, predictions, l2Edge, preference);
  const coreInd = core.filter((g) => g.indicator !== null);
  const predIndIdx = predictions.map((_, i) => i).filter((i) => predictions[i]!.indicator !== null && !setAside.has(i));
  const m3 = maxMatching(coreInd, predIndIdx.map((i) => predictions[i]!), l3Edge, preference);

  const pairs = [...m1.predToGold.entries()].map(([pi, gi]) => ({ g: core[gi]!, p: predictions[pi]! }));
  const attr = (f: (g: GoldObservation, p: Prediction) => boolean): AttributeAccuracy => accuracy(pairs.filter(({ g, p }) => f(g, p)).length, pairs.length);
  const attributeErrors: AttributeError[] = [];
  for (const { g, p } of pairs) {
    if (g.period !== null && !sameStatedPeriod(g, p)) attributeErrors.push({ attribute: 'period', gold: g, predicted: p });
    if (g.indicator !== p.indicator) attributeErrors.push({ attribute: 'indicator', gold: g, predicted: p });
    if (g.qualifier !== p.qualifier) attributeErrors.push({ attribute: 'qualifier', gold: g, predicted: p });
    if (g.status !== p.status) attributeErrors.push({ attribute: 'status', gold: g, predicted: p });
    if (g.region !== p.region) attributeErrors.push({ attribute: 'region', gold: g, predicted: p });
  }
  const matchedGold = new Set(m1.predToGold.values());
  return {
    sourcePath: gold.sourcePath,
    l1: prf(m1.size, counted, core.length),
    l2: prf(m2.size, counted, core.length),
    l3: prf(m3.size, predIndIdx.length, coreInd.length),
    qualifier: attr((g, p) => g.qualifier === p.qualifier),
    status: attr((g, p) => g.status === p.status),
    region: attr((g, p) => g.region === p.region),
    misses: core.filter((_, i) => !matchedGold.has(i)),
    falsePositives: predictions.filter((_, i) => !m1.predToGold.has(i) && !setAside.has(i)),
    attributeErrors,
  };
}

/**
 * Sums document scores into a total (micro-averaged: counts are added,
 * then the ratios computed).
 *
 * @example
 * totalScore(scores).l1.f1 // → 0.97
 */
export function totalScore(scores: readonly Score[]): Score {
  const sum = (pick: (s: Score) => PRF): PRF =>
    prf(
      scores.reduce((n, s) => n + pick(s).matched, 0),
      scores.reduce((n, s) => n + pick(s).predicted, 0),
      scores.reduce((n, s) => n + pick(s).gold, 0),
    );
  const sumAttr = (pick: (s: Score) => AttributeAccuracy): AttributeAccuracy =>
    accuracy(scores.reduce((n, s) => n + pick(s).right, 0), scores.reduce((n, s) => n + pick(s).of, 0));
  return {
    l1: sum((s) => s.l1),
    l2: sum((s) => s.l2),
    l3: sum((s) => s.l3),
    qualifier: sumAttr((s) => s.qualifier),
    status: sumAttr((s) => s.status),
    region: sumAttr((s) => s.region),
  };
}

/** Both name a period and they cover the same days. */
function sameStatedPeriod(g: GoldObservation, p: Prediction): boolean {
  return g.period !== null && p.period !== null && samePeriod(g.period, p.period);
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

function sameUnit(a: string, b: string): boolean {
  return a === b || (COUNT_CLASS.has(a) && COUNT_CLASS.has(b));
}

function prf(matched: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, predicted, gold, precision, recall, f1 };
}

function accuracy(right: number, of: number): AttributeAccuracy {
  return { right, of, accuracy: of === 0 ? 1 : right / of };
}

/**
 * Maximum bipartite matching (augmenting paths). Each gold row takes its
 * best-preferred free candidate, and only when none is free moves earlier
 * pairs along an augmenting path, so the matching is maximum and pairs rows
 * with the predictions that agree with them most.
 */
function maxMatching<G, P>(
  gold: readonly G[],
  preds: readonly P[],
  edge: (g: G, p: P) => boolean,
  preference: (g: G, p: P) => number,
): { size: number; predToGold: Map<number, number> } {
  const candidates = gold.map((g, gi) =>
    preds
      .map((p, pi) => ({ pi, ok: edge(g, p), pref: preference(g, p), dist: Math.abs(pi - gi) }))
      .filter((c) => c.ok)
      .sort((a, b) => b.pref - a.pref || a.dist - b.dist)
      .map((c) => c.pi),
  );
  const predToGold = new Map<number, number>();
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const pi of candidates[gi]!) {
      if (seen.has(pi)) continue;
      seen.add(pi);
      const owner = predToGold.get(pi);
      if (owner === undefined || tryAssign(owner, seen)) {
        predToGold.set(pi, gi);
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let gi = 0; gi < gold.length; gi++) {
    // a free candidate, best preferred, before moving another row's pair
    const free = candidates[gi]!.find((pi) => !predToGold.has(pi));
    if (free !== undefined) {
      predToGold.set(free, gi);
      size++;
    } else if (tryAssign(gi, new Set())) size++;
  }
  return { size, predToGold };
}
