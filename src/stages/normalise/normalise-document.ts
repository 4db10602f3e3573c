import type { Observation, Quantity, Sentence, SourceDocument, Status } from '../../core/records.ts';
import type { Taxonomy } from '../../taxonomy/load-taxonomy.ts';
import type { AliasMention } from '../../taxonomy/indicator-table.ts';
import type { SentenceQuantity } from '../extract/extract-quantities.ts';
import { matchKey } from '../../core/match-key.ts';
import { classifyIndicator } from './classify-indicator.ts';
import { clauseBounds, segmentStart } from './clause-bounds.ts';
import { parenRanges, visibleFrom } from './parentheses.ts';
import { wordsBetween } from './words-between.ts';
import { findPeriods, parsePublished, shiftPeriod, yearOf, type PeriodMention } from './find-periods.ts';
import { findStatus, type StatusMention } from './find-status.ts';
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
  const pubYear = pub ? pub.y : null;
  let carriedPeriod: string | null | undefined;
  let carriedStatus: Status | null = null;
  let paragraph = -1;
  // The region a paragraph is about (named in an earlier sentence of it), and
  // the region a section is about (named at the head of a paragraph).
  let paragraphRegion: string | null | undefined;
  let sectionRegion: string | null | undefined;
  // The concept (indicator alias) the previous sentence of the paragraph ended on.
  let carriedConcept: AliasMention | null = null;
  for (const sentence of sentences) {
    const year = yearOf(carriedPeriod ?? null) ?? pubYear;
    const periods = findPeriods(sentence.text, { year, published });
    const statuses = findStatus(sentence.text);
    const regions = validRegionMentions(sentence.text, taxonomy.regions, published);
    const key = matchKey(sentence.text);
    const newParagraph = sentence.paragraph !== paragraph;
    const continues = !newParagraph && CONTINUATION.test(key);
    if (!continues) carriedStatus = null;
    if (newParagraph) {
      paragraphRegion = undefined;
      carriedConcept = null;
    }
    paragraph = sentence.paragraph;

    let carryFromFigures: string | null | undefined;
    const figures = bySentence.get(sentence.index) ?? [];
    for (const q of figures) {
      const qs = q.span.start - sentence.span.start;
      const qe = q.span.end - sentence.span.start;
      const chosen = choosePeriod(sentence.text, periods, qs, qe, carriedPeriod);
      let period = chosen ? chosen.period : carriedPeriod ?? null;
      if (!chosen || !chosen.comparative) carryFromFigures = period;
      const figureStarts = figures.map((f) => f.span.start - sentence.span.start);
      const status = q.kind === 'ratio' ? null : chooseStatus(sentence.text, statuses, qs, figureStarts) ?? carriedStatus;
      // a plan ("dự toán 3.901 tỷ đồng") is for the whole year, not for the year so far
      if (status === 'target' && period !== null && /^(\d{4})-01-01\/\1-\d{2}-\d{2}$/.test(period)) period = period.slice(0, 4);
      const named = chooseRegion(sentence.text, regions, qs);
      const region = named !== undefined ? named : paragraphRegion !== undefined ? paragraphRegion : sectionRegion !== undefined ? sectionRegion : docRegion;
      const base = findBase(sentence.text, periods, qs, qe);
      const segment = segmentStart(sentence.text, qs);
      const regionLed = segment > 0 && regions.some((r) => r.region !== null && r.start >= segment && r.end <= qs);
      const indicator = classifyIndicator(sentence.text, q, qs, qe, taxonomy.indicators, !isYearOnYear(base, period), continues ? carriedConcept : null, regionLed);
      out.push({
        sourcePath: doc.sourcePath,
        docId: doc.docId,
        text: q.text,
        value: q.value,
        unit: q.unit,
        unitMult: q.unitMult,
        period,
        basePeriod: basePeriodOf(base, period),
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
    // A sentence without figures sets the period of what follows only when
    // it opens with it ("Tính chung 9 tháng năm 2024, …"), not when it ends
    // on a horizon ("… mục tiêu vào năm 2030").
    const heading = periods.find((p) => !p.comparative && p.kind !== 'none' && p.period !== null && p.start <= sentence.text.length * 0.4);
    if (carryFromFigures !== undefined && carryFromFigures !== null) carriedPeriod = carryFromFigures;
    else if (carryFromFigures === undefined && heading) carriedPeriod = heading.period;
    // Only "sơ bộ" (the vintage of a whole release) carries into the breakdowns
    // that follow ("Trong đó, …"); "ước tăng" qualifies its own clause.
    const lastStatus = statuses.filter((m) => m.scope === 'wide').at(-1);
    if (lastStatus) carriedStatus = lastStatus.status === 'preliminary' ? 'preliminary' : null;
    const parens = parenRanges(sentence.text);
    const concepts = taxonomy.indicators.findAliases(sentence.text);
    if (concepts.length > 0) carriedConcept = concepts.at(-1)!;
    const subject = regions.find((r) => !r.compared && r.region !== null && !parens.some((p) => r.start >= p.start && r.start < p.end));
    if (subject) {
      paragraphRegion = subject.region;
      if (newParagraph && subject.start <= 60) sectionRegion = subject.region;
    }
  }
  return out;
}

/** The period chosen for a figure, and whether it dates only a compared figure. */
interface ChosenPeriod {
  readonly period: string | null;
  readonly comparative: boolean;
}

/**
 * The period of a figure: a period right after it in its clause ("42,8%
 * năm 2018", "7,33% của bảy tháng năm 2022"), else the nearest one before
 * it in the clause, then in the sentence, else one that follows it in the
 * clause after "trong"/"vào"/"của". Comparison bases never date a figure;
 * periods of compared figures and periods inside parentheses date only the
 * figures next to them. Undefined when none applies (the caller carries the
 * previous period over); a null period for "đến nay".
 */
function choosePeriod(sentence: string, periods: readonly PeriodMention[], qs: number, qe: number, current: string | null | undefined): ChosenPeriod | undefined {
  const clause = clauseBounds(sentence, qs);
  const visible = visibleFrom(sentence, qs);
  const inClause = (p: PeriodMention): boolean => p.start >= clause.start && p.start < clause.end;
  const key = matchKey(sentence);
  // "cùng kỳ có mức tăng 6,67%", "so với mức tăng 7,96% cùng kỳ năm trước":
  // the figure is last year's, the base of the current period.
  const sameTimeLastYear = periods.find(
    (p) => p.base && p.relative === 'previous_year' && inClause(p) && /^cùng kỳ/u.test(key.slice(p.start)) &&
      ((p.end <= qs && !/so với|so\s*$/u.test(key.slice(clause.start, p.start))) || (p.start >= qe && wordsBetween(sentence, qe, p.start) <= 1 && /so với[^,;]*$/u.test(key.slice(clause.start, qs)))),
  );
  if (sameTimeLastYear) {
    // last year's same period: of the period the sentence states, else the one carried over
    const stated = periods.filter((p) => !p.base && !p.comparative && p.period !== null && p.end <= qs).at(-1);
    const now = stated ? stated.period : current ?? null;
    return { period: now === null ? null : shiftPeriod(now, 'previous_year'), comparative: true };
  }
  // "Trong năm 2017, … đến nay chỉ ước đạt 8,25%": "đến nay" is "so far" within the stated period
  const firstDated = periods.findIndex((p) => !p.base && !p.comparative && p.kind !== 'none' && p.period !== null);
  const usable = periods.filter((p, i) => !p.base && visible(p) && !(p.kind === 'none' && firstDated !== -1 && firstDated < i));
  const rightAfter = usable.find((p) => p.start >= qe && inClause(p) && wordsBetween(sentence, qe, p.start) <= 3 && p.kind !== 'none' && p.kind !== 'other');
  if (rightAfter) return { period: rightAfter.period, comparative: rightAfter.comparative };
  const governing = usable.filter((p) => !p.comparative);
  const before = governing.filter((p) => p.end <= qs);
  const chosen =
    before.filter(inClause).at(-1) ??
    before.at(-1) ??
    // "đạt 0,7024 đứng thứ 3 trong bảng xếp hạng … năm 2022": no other figure between, a rank aside
    governing.find((p) => p.start >= qe && inClause(p) && wordsBetween(sentence, qe, p.start) <= 10 && !/\d/.test(sentence.slice(qe, p.start).replace(/thứ \d+/gu, ''))) ??
    // the first sentence has nothing to carry over: its own period, wherever it stands
    (current === undefined ? governing.find((p) => p.start >= qe && p.kind !== 'none') : undefined);
  return chosen ? { period: chosen.period, comparative: false } : undefined;
}

/**
 * The comparison base of a figure: the base named after it in its clause
 * ("tăng 5,2% so với cùng kỳ năm trước"), or one the sentence opens with
 * ("So với tháng 12/2023, CPI tháng 11 tăng 2,65%").
 */
function findBase(sentence: string, periods: readonly PeriodMention[], qs: number, qe: number): PeriodMention | undefined {
  const clause = clauseBounds(sentence, qs);
  const key = matchKey(sentence);
  // "so với cùng kỳ năm trước tăng 2,77%": a base right before the figure
  const before = periods.filter((p) => p.base && p.start >= clause.start && p.end <= qs).at(-1);
  if (before && /^\s*(?:thì\s+)?(?:tăng|giảm|đạt|là|ở mức|bằng)\s*$/u.test(key.slice(before.end, qs))) return before;
  // "tăng 2,65% và so với cùng kỳ năm trước tăng 2,77%": that base is the next figure's
  const after = periods.find(
    (p) => p.base && p.start >= qe && p.start < clause.end && !/^\s*(?:thì\s+)?(?:tăng|giảm|đạt|là)\s*[\d(+-]/u.test(key.slice(p.end)),
  );
  if (after) return after;
  const opening = clauseBounds(sentence, 0);
  return periods.find((p) => p.base && p.start < opening.end && opening.end <= qs && /^\s*so với/u.test(matchKey(sentence.slice(0, p.start))));
}

/** The base's period, resolved against the figure's own period when it is relative. */
function basePeriodOf(base: PeriodMention | undefined, period: string | null): string | null {
  if (!base) return null;
  if (base.relative) return period === null ? base.period : shiftPeriod(period, base.relative) ?? base.period;
  return base.period;
}

/** Whether a base makes the change year on year (the only change the growth indicators hold). */
function isYearOnYear(base: PeriodMention | undefined, period: string | null): boolean {
  if (!base) return true;
  if (base.relative === 'previous_year') return true;
  return base.period !== null && period !== null && base.period === shiftPeriod(period, 'previous_year');
}

/**
 * The status of a figure: a target noun right before it ("dự toán 3.901 tỷ
 * đồng"), else the nearest status verb before it in the sentence ("Ước
 * tính …, quy mô … đạt 315.839 tỷ đồng") outside parentheses the figure is
 * not in. Undefined when the sentence gives none.
 */
function chooseStatus(
  sentence: string,
  statuses: readonly StatusMention[],
  qs: number,
  figureStarts: readonly number[],
): Status | null | undefined {
  const visible = visibleFrom(sentence, qs);
  const before = statuses.filter((m) => m.end <= qs && visible(m));
  const local = before.filter((m) => m.scope === 'local').at(-1);
  if (local && !figureStarts.some((f) => f >= local.end && f < qs)) return local.status;
  const wide = before.filter((m) => m.scope === 'wide').at(-1);
  return wide === undefined ? undefined : wide.status;
}

/** The region named before the figure: in its clause, else in its sentence; undefined when none is. */
function chooseRegion(sentence: string, regions: readonly ValidRegionMention[], qs: number): string | null | undefined {
  // a region named inside parentheses owns only the figures inside them: "(cả nước 28 tỷ USD)"
  const visible = visibleFrom(sentence, qs);
  // a compared region owns only the figure right after it: "cao hơn Hà Nội (3,98%)"
  const before = regions.filter((r) => r.end <= qs && visible(r) && (!r.compared || /^[\s(:]*(?:với\s+|là\s+|đạt\s+|tăng\s+|giảm\s+)?$/u.test(sentence.slice(r.end, qs))));
  const clause = clauseBounds(sentence, qs);
  const inClause = before.filter((r) => r.start >= clause.start).at(-1);
  const chosen = inClause ?? before.at(-1);
  return chosen ? chosen.region : undefined;
}

