import type { Observation, Quantity, Sentence, SourceDocument, Status } from '../../pipeline/records.ts';
import type { Taxonomy } from '../../taxonomy/load-taxonomy.ts';
import type { SentenceQuantity } from '../extract/extract-quantities.ts';
import { matchKey } from '../extract/match-key.ts';
import { classifyIndicator } from './classify-indicator.ts';
import { clauseBounds } from './clause-bounds.ts';
import { findPeriods, parsePublished, shiftPeriod, type PeriodMention } from './find-periods.ts';
import { findStatus } from './find-status.ts';
import { mainRegion, validRegionMentions, type ValidRegionMention } from './resolve-region.ts';

/** Options of the normalise stage. */
export interface NormaliseOptions {
  readonly taxonomy: Taxonomy;
}

/** A sentence start that continues the previous one's subject ("Trong đó, …"). */
const CONTINUATION = /^\s*(?:trong đó|cụ thể|riêng|bao gồm|gồm|còn|so với|tương tự|ngoài ra|bên cạnh đó|đồng thời|theo đó)(?![\p{L}])/u;

/**
 * Turns a document's quantities into observations: each gets its period
 * (from its clause, its sentence, or carried over from the sentences before),
 * region (named in the sentence, else the document's main region), indicator
 * (from the taxonomy's aliases and the unit), qualifier and status, with the
 * exact span and sentence it came from.
 *
 * @example
 * normaliseDocument(doc, quantities, { taxonomy })[0]
 * // → { text: 'trên 11%', value: 11, unit: '%', period: '2023', region: 'Quảng Ninh', indicator: 'gdp.growth', qualifier: 'over', … }
 */
export function normaliseDocument(
  doc: SourceDocument,
  sentences: readonly Sentence[],
  quantities: readonly SentenceQuantity[],
  options: NormaliseOptions,
): Observation[] {
  const { taxonomy } = options;
  const published = doc.meta.published;
  const pub = parsePublished(published);
  const docRegion = mainRegion(doc, sentences, taxonomy.regions);
  const bySentence = new Map<number, Quantity[]>();
  for (const q of quantities) bySentence.set(q.sentence.index, [...(bySentence.get(q.sentence.index) ?? []), q.quantity]);

  const out: Observation[] = [];
  let year: number | null = pub ? pub.y : null;
  let carriedPeriod: string | null | undefined;
  let carriedStatus: Status | null = null;
  let paragraph = -1;
  for (const sentence of sentences) {
    const periods = findPeriods(sentence.text, { year, published });
    const statuses = findStatus(sentence.text);
    const regions = validRegionMentions(sentence.text, taxonomy.regions, published);
    const key = matchKey(sentence.text);
    const continues = sentence.paragraph === paragraph && CONTINUATION.test(key);
    if (sentence.paragraph !== paragraph && !continues) carriedStatus = null;
    paragraph = sentence.paragraph;

    let lastPeriod: string | null | undefined;
    for (const q of bySentence.get(sentence.index) ?? []) {
      const qs = q.span.start - sentence.span.start;
      const qe = q.span.end - sentence.span.start;
      const chosen = choosePeriod(sentence.text, periods, qs, qe);
      const period = chosen !== undefined ? chosen : carriedPeriod ?? null;
      lastPeriod = period;
      const status = q.kind === 'ratio' ? null : chooseStatus(statuses, qs) ?? (continues || statuses.length === 0 ? carriedStatus : null);
      const named = chooseRegion(sentence.text, regions, qs);
      const region = named === undefined ? docRegion : named;
      const indicator = classifyIndicator(sentence.text, q, qs, qe, taxonomy.indicators);
      out.push({
        sourcePath: doc.sourcePath,
        docId: doc.docId,
        text: q.text,
        value: q.value,
        unit: q.unit,
        unitMult: q.unitMult,
        period,
        basePeriod: chooseBase(sentence.text, periods, qs, qe, period),
        region,
        indicator,
        valueHigh: q.valueHigh,
        qualifier: q.qualifier,
        status,
        sentence: sentence.text,
        span: q.span,
        sentenceIndex: sentence.index,
      });
    }
    // Carry the period and status on to the sentences that follow.
    const stated = periods.filter((p) => !p.base);
    if (lastPeriod !== undefined) carriedPeriod = lastPeriod;
    else if (stated.length > 0) carriedPeriod = stated.at(-1)!.period;
    for (const p of stated) if (p.year !== null) year = p.year;
    const lastStatus = statuses.at(-1);
    if (lastStatus) carriedStatus = lastStatus.status;
  }
  return out;
}

/**
 * The period of a figure: a period right after it in its clause ("42,8%
 * năm 2018"), else the nearest before it in the clause, then in the
 * sentence, else one after it in the clause. `undefined` when the sentence
 * names none (the caller carries the previous one over); null for "đến nay".
 */
function choosePeriod(sentence: string, periods: readonly PeriodMention[], qs: number, qe: number): string | null | undefined {
  const stated = periods.filter((p) => !p.base);
  if (stated.length === 0) return undefined;
  const clause = clauseBounds(sentence, qs);
  const inClause = (p: PeriodMention): boolean => p.start >= clause.start && p.start < clause.end;
  const rightAfter = stated.find((p) => p.start >= qe && inClause(p) && wordsBetween(sentence, qe, p.start) <= 3);
  if (rightAfter) return rightAfter.period;
  const before = stated.filter((p) => p.end <= qs);
  const beforeInClause = before.filter(inClause).at(-1);
  if (beforeInClause) return beforeInClause.period;
  const beforeInSentence = before.at(-1);
  if (beforeInSentence) return beforeInSentence.period;
  const afterInClause = stated.find((p) => p.start >= qe && inClause(p));
  if (afterInClause) return afterInClause.period;
  return undefined;
}

/**
 * The comparison base of a figure: the base named after it in its clause
 * ("tăng 5,2% so với cùng kỳ năm trước"), resolved against the figure's
 * own period when it is relative.
 */
function chooseBase(sentence: string, periods: readonly PeriodMention[], qs: number, qe: number, period: string | null): string | null {
  const clause = clauseBounds(sentence, qs);
  const base = periods.find((p) => p.base && p.start >= qe && p.start < clause.end);
  if (!base) return null;
  if (base.relative) return period === null ? null : shiftPeriod(period, base.relative);
  return base.period;
}

/** The nearest status word before the figure in its sentence (null for "thực tế"). */
function chooseStatus(statuses: ReturnType<typeof findStatus>, qs: number): Status | null | undefined {
  const before = statuses.filter((s) => s.end <= qs);
  return before.length === 0 ? undefined : before.at(-1)!.status;
}

/** The region named before the figure: in its clause, else in its sentence; undefined when none is. */
function chooseRegion(sentence: string, regions: readonly ValidRegionMention[], qs: number): string | null | undefined {
  // a compared region owns only the figure right after it: "cao hơn Hà Nội (3,98%)"
  const before = regions.filter((r) => r.end <= qs && (!r.compared || /^[\s(:]*(?:với\s+|là\s+|đạt\s+|tăng\s+|giảm\s+)?$/u.test(sentence.slice(r.end, qs))));
  const clause = clauseBounds(sentence, qs);
  const inClause = before.filter((r) => r.start >= clause.start).at(-1);
  const chosen = inClause ?? before.at(-1);
  return chosen ? chosen.region : undefined;
}

function wordsBetween(s: string, a: number, b: number): number {
  return s.slice(a, b).split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
