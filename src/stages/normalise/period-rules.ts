import { partitionPoint } from '../../core/partition-point.ts';
import { periodInterval } from '../../core/period-interval.ts';
import { lastYearOf, shiftPeriod } from '../../core/periods.ts';
import type { SentenceModel } from '../../core/sentence-model.ts';
import { hasFigure, hasMarker, parenOf, visibleTo, wordsBetween } from './model-lookups.ts';
import type { FigureContext, ResolvedTime, Rule } from './rule.ts';

/** The time of each end of the figure's series, from the sentence or the series carried before. */
export function seriesEnds(fc: FigureContext): { from: { period: string | null; span: { start: number; end: number } | null } | null; to: { period: string | null; span: { start: number; end: number } | null } | null; stated: boolean } | null {
  const link = fc.figure.series;
  if (!link) return null;
  const figures = fc.model.figures;
  const fromHead = figures[link.role === 'from' ? link.head : link.other]!;
  const toHead = figures[link.role === 'to' ? link.head : link.other]!;
  const frame = fc.times.filter((t) => t.role === 'frame' && t.period !== null);
  // "từ X (…) năm 2010 lên Y (…) năm 2022": the time after each end, before the next
  const fromTime = frame.filter((t) => t.start >= fromHead.quantity.span.end && t.end <= toHead.quantity.span.start).at(-1);
  const toTime = frame.find((t) => t.start >= toHead.quantity.span.end && t.start < (figures.find((g) => g.paren === null && g.quantity.span.start > toHead.quantity.span.end)?.quantity.span.start ?? Infinity) && t.start >= fromHead.segmentStart);
  if (fromTime && toTime) return { from: { period: fromTime.period, span: span(fromTime) }, to: { period: toTime.period, span: span(toTime) }, stated: true };
  // "từ tháng 1 đến tháng 6 …, giảm từ 5,22% xuống 2,54%": the ends of the span
  const spanTime = frame.filter((t) => t.unit === 'span' && t.end <= fromHead.quantity.span.start).at(-1);
  const parts = spanTime?.period?.split('/');
  if (spanTime && parts?.length === 2) return { from: { period: parts[0]!, span: span(spanTime) }, to: { period: parts[1]!, span: span(spanTime) }, stated: false };
  const carried = fc.doc.carriedSeries;
  return {
    from: fromTime ? { period: fromTime.period, span: span(fromTime) } : carried ? { period: carried.from, span: null } : null,
    to: toTime ? { period: toTime.period, span: span(toTime) } : carried ? { period: carried.to, span: null } : null,
    stated: false,
  };
}

/** The period a rule gives a figure, and whether it dates that figure only (a compared figure's) or carries on. */
export interface PeriodChoice {
  readonly period: string | null;
  /** True when the period belongs to this figure alone and is not carried to the sentences after. */
  readonly ownOnly: boolean;
}

/** A period moved to another year ("2017-01/2017-05" in 2016 → "2016-01/2016-05"). */
export function withYear(period: string, year: number): string {
  const first = lastYearOf(period)!;
  return period.replace(/(?:19|20)\d{2}/g, (y) => String(+y - first + year));
}

const inClause = (fc: FigureContext, t: ResolvedTime): boolean => t.start >= fc.figure.clause.start && t.start < fc.figure.clause.end;
const span = (t: ResolvedTime) => ({ start: t.start, end: t.end });

/**
 * The usable times of a sentence for the figures of one parenthetical (or
 * of none): they differ only in which parentheses they see. The times that
 * pass the other tests are sorted once per sentence into those outside
 * parentheses and those of each parenthetical, and a parenthetical's list
 * is the two merged in sentence order: a sentence of many bracketed
 * figures, each with its time ("(quý I 1%) (quý II 2%) …"), no longer tests
 * every time for every parenthetical.
 */
const usableOf = new WeakMap<
  SentenceModel,
  { readonly times: readonly ResolvedTime[]; readonly outside: readonly Indexed[]; readonly inside: ReadonlyMap<number, readonly Indexed[]>; readonly byParen: Map<number, ResolvedTime[]> }
>();

/** A time with its place in the sentence's list of times. */
type Indexed = readonly [number, ResolvedTime];

/** Times that may date the figure: no comparison base, none inside other parentheses, no "đến nay" after a dated time. */
function usable(fc: FigureContext): ResolvedTime[] {
  let cached = usableOf.get(fc.model);
  if (cached === undefined || cached.times !== fc.times) {
    const firstDated = fc.times.findIndex((t) => t.role === 'frame' && t.unit !== 'none' && t.period !== null);
    const outside: Indexed[] = [];
    const inside = new Map<number, Indexed[]>();
    fc.times.forEach((t, i) => {
      if (t.role === 'base' || t.rule === 'time.present' || (t.unit === 'none' && firstDated !== -1 && firstDated < i)) return;
      const paren = parenOf(fc.model, t.start);
      if (paren === undefined) outside.push([i, t]);
      else {
        const own = inside.get(paren.start);
        if (own) own.push([i, t]);
        else inside.set(paren.start, [[i, t]]);
      }
    });
    cached = { times: fc.times, outside, inside, byParen: new Map() };
    usableOf.set(fc.model, cached);
  }
  const key = fc.figure.paren?.start ?? -1;
  let times = cached.byParen.get(key);
  if (times === undefined) {
    times = mergeInOrder(cached.outside, fc.figure.paren === null ? [] : (cached.inside.get(key) ?? []));
    cached.byParen.set(key, times);
  }
  return times;
}

/** Two lists of times, each in sentence order, merged in that order. */
function mergeInOrder(a: readonly Indexed[], b: readonly Indexed[]): ResolvedTime[] {
  const out: ResolvedTime[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]![0] < b[j]![0])) out.push(a[i++]![1]);
    else out.push(b[j++]![1]);
  }
  return out;
}

/** The "cùng kỳ" comparison bases of a sentence's times, and whether they stand in order without overlapping (else the search is a plain scan of them). */
const samePeriodOf = new WeakMap<readonly ResolvedTime[], { readonly sames: readonly ResolvedTime[]; readonly inOrder: boolean }>();

function samePeriodTimes(fc: FigureContext): { readonly sames: readonly ResolvedTime[]; readonly inOrder: boolean } {
  let cached = samePeriodOf.get(fc.times);
  if (cached === undefined) {
    const sames = fc.times.filter((t) => t.role === 'base' && t.rule === 'time.same-period');
    cached = { sames, inOrder: sames.every((t, i) => t.start < t.end && (i === 0 || sames[i - 1]!.end <= t.start)) };
    samePeriodOf.set(fc.times, cached);
  }
  return cached;
}

/** The figures of a sentence by where they end, with the latest start among those ending at or before each. */
const figureEndsOf = new WeakMap<SentenceModel, { readonly ends: readonly number[]; readonly latestStart: readonly number[] }>();

/** The start of the last figure of the sentence that ends at or before `pos` (a figure between a time and `pos` keeps the time from it); -1 for none. */
function lastFigureStartBefore(model: SentenceModel, pos: number): number {
  let cached = figureEndsOf.get(model);
  if (cached === undefined) {
    const spans = model.figures.map((g) => g.quantity.span).sort((a, b) => a.end - b.end);
    let latest = -1;
    cached = { ends: spans.map((x) => x.end), latestStart: spans.map((x) => (latest = Math.max(latest, x.start))) };
    figureEndsOf.set(model, cached);
  }
  const { ends, latestStart } = cached;
  const n = partitionPoint(ends.length, (i) => ends[i]! <= pos);
  return n === 0 ? -1 : latestStart[n - 1]!;
}

/** The governing times of each usable list, kept with it. */
const governingOf = new WeakMap<readonly ResolvedTime[], ResolvedTime[]>();

/** Times that date the figures around them (not a compared figure's, not an idiom). */
function governing(fc: FigureContext): ResolvedTime[] {
  const all = usable(fc);
  let times = governingOf.get(all);
  if (times === undefined) {
    times = all.filter((t) => t.role === 'frame');
    governingOf.set(all, times);
  }
  return times;
}

/**
 * The rules that give a figure its period, in order; when none applies, the
 * period carried from the sentences before.
 */
export const PERIOD_RULES: readonly Rule<PeriodChoice>[] = [
  {
    name: 'period.series',
    construction: 'each end of a "from … to …" series takes its own time: "tăng từ 38% năm 2015 lên 42% năm 2022"; the ends of a span ("từ tháng 1 đến tháng 6 … giảm từ 5% xuống 3%"); else the times of the last series that stated them',
    apply(fc) {
      const ends = seriesEnds(fc);
      if (!ends) return undefined;
      const link = fc.figure.series!;
      const own = link.role === 'from' ? ends.from : ends.to;
      if (own) return { value: { period: own.period, ownOnly: link.role === 'from' }, span: own.span };
      return undefined;
    },
  },
  {
    name: 'period.compared-in-brackets',
    construction: 'a figure compared in brackets, with no time of its own, is of the same period a year before its host\'s: "IMF dự báo Pháp tăng 0,9% (so với 1,1%)"',
    apply(fc) {
      const { figure, model } = fc;
      const paren = figure.paren;
      if (paren === null || figure.host === null) return undefined;
      const compare = model.mentions.markers.find((k) => k.word === 'so với' && k.start >= paren.start && k.end <= figure.quantity.span.start);
      if (!compare || fc.times.some((t) => t.start >= paren.start && t.end <= paren.end)) return undefined;
      // the brackets hold only the comparison and its figure: "(so với 45% của Trung ương)" compares parties, not years
      const m = model.mentions;
      const inside = (x: { start: number; end: number }): boolean => x.start >= paren.start && x.end <= paren.end;
      if (m.places.some(inside) || m.organisations.some(inside) || m.concepts.some(inside) || m.markers.some((k) => inside(k) && k.marker === 'of')) return undefined;
      if (model.figures.some((g) => g !== figure && inside(g.quantity.span))) return undefined;
      const host = fc.earlierPeriods.get(figure.host);
      if (host === undefined || host === null) return undefined;
      return { value: { period: shiftPeriod(host, 'previous_year'), ownOnly: true }, span: { start: compare.start, end: compare.end } };
    },
  },
  {
    name: 'period.right-after',
    construction: 'a time right after the figure in its clause: "tỷ lệ 42,8% năm 2018", "7,33% của bảy tháng năm 2022"',
    apply(fc) {
      const qe = fc.figure.quantity.span.end;
      // a compared figure's time is found by the structure; a frame time must stand within a few words
      const nextFigure = fc.model.figures.find((g) => g.quantity.span.start >= qe)?.quantity.span.start ?? Infinity;
      const t = usable(fc).find(
        (x) => x.start >= qe && x.start < nextFigure && inClause(fc, x) && (x.role === 'compared' || wordsBetween(fc.model, qe, x.start) <= 3) && x.unit !== 'none' && x.unit !== 'other',
      );
      return t ? { value: { period: t.period, ownOnly: t.role !== 'frame' }, span: span(t) } : undefined;
    },
  },
  {
    name: 'period.same-period-last-year',
    construction: 'a figure of "cùng kỳ" is last year\'s: "Ngành A tăng 7%, cùng kỳ có mức tăng 6,7%", "so với mức tăng 8% cùng kỳ năm trước"',
    apply(fc) {
      const { figure } = fc;
      const qs = figure.quantity.span.start;
      const qe = figure.quantity.span.end;
      const { sames, inOrder } = samePeriodTimes(fc);
      // a "cùng kỳ" before the figure is its own only with no figure between them, one after it only a word away: the
      // search starts after the last figure that ends before this one and stops past that word (a sentence of many
      // figures, each with its "cùng kỳ", no longer tests every one for every figure)
      const blocker = lastFigureStartBefore(fc.model, qs);
      let same: ResolvedTime | undefined;
      for (let k = inOrder ? partitionPoint(sames.length, (i) => sames[i]!.end <= blocker) : 0; k < sames.length && same === undefined; k++) {
        const t = sames[k]!;
        if (inOrder && t.start >= qe && wordsBetween(fc.model, qe, t.start) > 1) break;
        const ok = inClause(fc, t) &&
          ((t.end <= qs && !hasMarker(fc.model, ['compare', 'comparative'], figure.clause.start, t.start) && !hasMarker(fc.model, ['compare', 'comparative'], t.end, qs) && !hasFigure(fc.model, t.end, qs)) ||
            (t.start >= qe && wordsBetween(fc.model, qe, t.start) <= 1 && !hasMarker(fc.model, ['compare'], qe, t.start) && hasMarker(fc.model, ['compare', 'comparative'], figure.clause.start, qs)));
        if (ok) same = t;
      }
      if (!same) return undefined;
      const stated = fc.times.filter((t) => t.role === 'frame' && t.period !== null && t.end <= qs).at(-1);
      const now = stated ? stated.period : fc.doc.carriedPeriod ?? null;
      // "cùng kỳ năm 2016": the same period, in the year stated
      const then = now === null ? null : same.period !== null ? withYear(now, +same.period) : shiftPeriod(now, 'previous_year');
      return { value: { period: then, ownOnly: true }, span: span(same) };
    },
  },
  {
    name: 'period.before-in-clause',
    construction: 'the nearest time before the figure in its clause: "năm 2023, GRDP đạt 315.839 tỷ đồng"',
    apply(fc) {
      const t = governing(fc).filter((x) => x.end <= fc.figure.quantity.span.start && inClause(fc, x)).at(-1);
      return t ? { value: { period: t.period, ownOnly: false }, span: span(t) } : undefined;
    },
  },
  {
    name: 'period.before-in-sentence',
    construction: 'the nearest time before the figure in its sentence: "Trong 9 tháng, xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4 tỷ USD"; a day dates only its own clause ("… do điều chỉnh giá vào ngày 1/11; giá gas tăng 2%"), unless the sentence opens with it ("Kết thúc ngày 23/12, giá vàng …")',
    apply(fc) {
      const opening = fc.model.clauses[0]!;
      const t = governing(fc).filter((x) => x.end <= fc.figure.quantity.span.start && (x.rule !== 'time.day' || inClause(fc, x) || x.end <= opening.end)).at(-1);
      return t ? { value: { period: t.period, ownOnly: false }, span: span(t) } : undefined;
    },
  },
  {
    name: 'period.after-in-clause',
    construction: 'a time later in the clause with no other figure between: "đạt 0,7024, đứng thứ 3 trong bảng xếp hạng năm 2022"',
    apply(fc) {
      const { figure, model } = fc;
      const qe = figure.quantity.span.end;
      const t = governing(fc).find(
        (x) => x.start >= qe && inClause(fc, x) && wordsBetween(model, qe, x.start) <= 10 &&
          !model.mentions.numbers.some((n) => n.span.start >= qe && n.span.end <= x.start && n.kind !== 'ordinal' && n.quantity?.unit !== 'rank') &&
          !fc.times.some((y) => y !== x && y.start >= qe && y.end <= x.start),
      );
      return t ? { value: { period: t.period, ownOnly: false }, span: span(t) } : undefined;
    },
  },
  {
    name: 'period.opening-sentence',
    construction: 'the first sentence of a text, with nothing to carry over, takes its own period wherever it stands: "Xuất khẩu đạt 5 tỷ USD trong tháng 9"',
    apply(fc) {
      if (fc.doc.carriedPeriod !== undefined) return undefined;
      // in the figure's own part of the sentence: a time after the next ";" is another part's
      const segmentEnd = fc.model.mentions.markers.find((k) => k.marker === 'semicolon' && k.start > fc.figure.quantity.span.end)?.start ?? Infinity;
      const t = governing(fc).find((x) => x.start >= fc.figure.quantity.span.end && x.start < segmentEnd && x.unit !== 'none');
      return t ? { value: { period: t.period, ownOnly: false }, span: span(t) } : undefined;
    },
  },
  {
    name: 'period.present',
    construction: 'a figure of the present ("giá căn hộ hiện nay ở mức 50 triệu đồng/m2") is of the period the text speaks of, else of the month of publication',
    apply(fc) {
      const t = fc.times.find((x) => x.rule === 'time.present' && visibleTo(fc.model, fc.figure, x));
      if (!t) return undefined;
      return { value: { period: fc.doc.carriedPeriod ?? t.period, ownOnly: false }, span: span(t) };
    },
  },
  {
    name: 'period.carried',
    construction: 'no time in the sentence: the period of the sentences before ("Quý I, GRDP tăng 5%. Công nghiệp tăng 7%.")',
    apply: (fc) => ({ value: { period: fc.doc.carriedPeriod ?? null, ownOnly: false }, span: null }),
  },
];

/** What a refinement reads besides the figure's context: the period chosen and the figure's status. */
export interface PeriodRefinementInput {
  readonly period: string;
  readonly status: string | null;
  readonly base: ResolvedTime | undefined;
}

/** A named rule that narrows the period chosen for a figure, for a construction that says more. */
export interface PeriodRefinement {
  readonly name: string;
  readonly construction: string;
  refine(input: PeriodRefinementInput): string | undefined;
}

/**
 * Refinements of the chosen period, applied in order after the period
 * rules: each may replace the period and adds its name to the explanation.
 */
export const PERIOD_REFINEMENTS: readonly PeriodRefinement[] = [
  {
    name: 'period.plan-for-the-year',
    construction: 'a plan amount is for the whole year, not the year so far: "tính đến 20/9, thu đạt 3.000 tỷ đồng/dự toán 3.901 tỷ đồng"',
    refine: ({ period, status }) => (status === 'target' && /^(\d{4})-01-01\/\1-\d{2}-\d{2}$/.test(period) ? period.slice(0, 4) : undefined),
  },
  {
    name: 'period.month-on-month',
    construction: 'a change on the month before is a change of one month, the month that closes the period: "6 tháng … So với tháng trước, nhóm nhà ở tăng 0,53%"',
    refine: ({ period, base }) => (base?.relative === 'previous_month' && !/^\d{4}-\d{2}$/.test(period) ? lastMonthOf(period) ?? undefined : undefined),
  },
];

/** The last month a period covers ("2017-S1" → "2017-06"), null for a day or an unreadable period. */
function lastMonthOf(period: string): string | null {
  const days = periodInterval(period);
  if (!days || days.first === days.last) return null;
  const d = new Date(days.last * 86_400_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
