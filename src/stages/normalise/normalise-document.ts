import { isDomestic, type SentenceMentions } from '../../core/mentions.ts';
import { samePeriod } from '../../core/period-interval.ts';
import { fillYear, lastYearOf, parsePublished, shiftPeriod } from '../../core/periods.ts';
import type { Attribution, ExplainedAttribute, Observation, SourceDocument, Span, Status } from '../../core/records.ts';
import { clauseAt, type SentenceModel } from '../../core/sentence-model.ts';
import type { Taxonomy } from '../../taxonomy/load-taxonomy.ts';
import { codeFor } from './indicator-rules.ts';
import { mainRegion } from './main-region.ts';
import { PERIOD_REFINEMENTS, PERIOD_RULES, seriesEnds, withYear } from './period-rules.ts';
import { REGION_RULES } from './region-rules.ts';
import { firstDecision, type Applied, type DocumentContext, type FigureContext, type ResolvedTime } from './rule.ts';
import { STATUS_RULES } from './status-rules.ts';

/** Options of the normalise stage. */
export interface NormaliseOptions {
  readonly taxonomy: Taxonomy;
}

/**
 * The normalise stage: turns the figures of a document's sentence models
 * into observations. Each attribute comes from the first of its named rules
 * that applies (see `solieu extract --explain`), reading the sentence
 * structure and the document context: the period and status carried from
 * the sentences before, the concept a continued sentence ended on, the
 * region of the paragraph, the section and the document.
 *
 * @example
 * normaliseDocument(doc, models, null, { taxonomy })[0]
 * // → { text: 'trên 11%', value: 11, unit: '%', period: '2023', region: 'Quảng Ninh', indicator: 'gdp.growth', qualifier: 'over', … }
 */
export function normaliseDocument(
  doc: SourceDocument,
  models: readonly SentenceModel[],
  title: SentenceMentions | null,
  options: NormaliseOptions,
): Observation[] {
  const { taxonomy } = options;
  const pubYear = parsePublished(doc.meta.published)?.y ?? null;
  let ctx: DocumentContext = {
    mainRegion: mainRegion(title, models.map((m) => m.mentions)),
    carriedPeriod: undefined,
    carriedStatus: null,
    releaseStatus: null,
    carriedSeries: null,
    carriedConcept: null,
    paragraphRegion: undefined,
    sectionRegion: undefined,
    continues: false,
  };
  const out: Observation[] = [];
  let paragraph = -1;
  // the status of the last figure of the sentence before
  let lastStatus: Status | null = null;
  for (const model of models) {
    const sentence = model.mentions.sentence;
    const newParagraph = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    const continues = !newParagraph && model.opener !== null;
    // a breakdown that follows at once ("Trong đó, …", "Bao gồm …") takes the status of the figure it breaks down
    const breaksDown = continues && model.opener!.marker === 'breakdown';
    ctx = {
      ...ctx,
      continues,
      carriedStatus: breaksDown && lastStatus !== null ? lastStatus : continues ? ctx.carriedStatus : null,
      ...(newParagraph ? { paragraphRegion: undefined, carriedConcept: null } : {}),
    };
    const year = lastYearOf(ctx.carriedPeriod ?? null) ?? pubYear;
    // the last frame time before, in the sentence, that states its year
    let own: (typeof model.mentions.times)[number] | undefined;
    const times: ResolvedTime[] = model.mentions.times.map((t, index) => {
      // a time without its year takes the year its sentence stated before it ("Năm 2023, GRDP quý II tăng 5%"), else the text's
      const y = own?.statedYear ?? year;
      if (t.statedYear !== null && model.timeRoles[index] === 'frame') own = t;
      return {
        ...t,
        index,
        role: model.timeRoles[index]!,
        period: t.period ?? (t.template !== null && y !== null ? fillYear(t.template, y + t.yearOffset) : null),
      };
    });

    let carryFromFigures: string | null | undefined;
    let series: DocumentContext['carriedSeries'] = null;
    const earlierCodes = new Map<number, string | null>();
    const earlierPeriods = new Map<number, string | null>();
    for (const figure of model.figures) {
      const fc: FigureContext = { model, figure, times, doc: ctx, taxonomy, earlierCodes, earlierPeriods };
      const ends = seriesEnds(fc);
      if (ends?.stated && ends.from?.period && ends.to?.period) series = { from: ends.from.period, to: ends.to.period };
      const q = figure.quantity;
      const status = firstDecision(STATUS_RULES, fc) ?? { value: null, span: null, rule: 'status.reported' };
      const chosen = firstDecision(PERIOD_RULES, fc)!;
      const baseTime = figure.baseTime === null ? undefined : times[figure.baseTime];
      let period: Applied<string | null> = { ...chosen, value: chosen.value.period };
      for (const r of PERIOD_REFINEMENTS) {
        const refined = period.value === null ? undefined : r.refine({ period: period.value, status: status.value, base: baseTime });
        if (refined !== undefined) period = { ...period, value: refined, rule: `${period.rule}+${r.name}` };
      }
      if (!chosen.value.ownOnly) carryFromFigures = period.value;
      const region = firstDecision(REGION_RULES, fc)!;
      // a figure dated by its "cùng kỳ" is that period's own figure, not one compared with it
      const base = chosen.rule === 'period.same-period-last-year' ? undefined : baseTime;
      const basePeriod = basePeriodOf(base, period.value);
      const indicator = codeFor(fc, !isYearOnYear(base, period.value), period.value, region.value);
      earlierCodes.set(figure.index, indicator.value);
      earlierPeriods.set(figure.index, period.value);
      const at = sentence.span.start;
      const explain: Partial<Record<ExplainedAttribute, Attribution>> = {
        period: attribution(period, sentence.text, at),
        region: attribution(region, sentence.text, at),
        indicator: attribution(indicator, sentence.text, at),
        status: attribution(status, sentence.text, at),
        ...(base ? { basePeriod: attribution({ rule: figure.baseRule ?? 'base.comparison', span: base }, sentence.text, at) } : {}),
      };
      out.push({
        sourcePath: doc.sourcePath,
        docId: doc.docId,
        text: q.text,
        value: q.value,
        unit: q.unit,
        unitMult: q.unitMult,
        period: period.value,
        basePeriod,
        region: region.value,
        indicator: indicator.value,
        valueHigh: q.valueHigh,
        ...(q.valueExact === undefined ? {} : { valueExact: q.valueExact }),
        ...(q.valueHighExact === undefined ? {} : { valueHighExact: q.valueHighExact }),
        qualifier: q.qualifier,
        status: status.value as Status | null,
        sentence: sentence.text,
        span: { start: at + q.span.start, end: at + q.span.end },
        sentenceIndex: sentence.index,
        sentenceStart: sentence.span.start,
        explain,
      });
    }
    ctx = carryOn(ctx, model, times, carryFromFigures, newParagraph);
    if (series) ctx = { ...ctx, carriedSeries: series };
    const last = out.at(-1);
    lastStatus = last && last.sentenceIndex === sentence.index ? last.status : null;
  }
  return out;
}

/**
 * Kinds of region a paragraph or section can be about: the country and its
 * provinces. Foreign economies and socio-economic regions are named for the
 * figures of their own sentence (a list of markets, a breakdown by region).
 */

/** The document context after a sentence: what it hands on to the sentences after it. */
function carryOn(ctx: DocumentContext, model: SentenceModel, times: readonly ResolvedTime[], carryFromFigures: string | null | undefined, newParagraph: boolean): DocumentContext {
  const m = model.mentions;
  let { carriedPeriod, carriedStatus, carriedConcept, paragraphRegion, sectionRegion } = ctx;
  // A sentence without figures sets the period of what follows only when it
  // opens with it, before its first word of change or level ("Tính chung 9
  // tháng năm 2024, …", "Trong quý III, …"), not when it ends on a horizon
  // ("… phấn đấu đạt mục tiêu vào năm 2030").
  const firstVerb = m.changes[0]?.start ?? Infinity;
  const heading = times.find(
    (t) => t.role === 'frame' && t.unit !== 'none' && t.period !== null && (t.end <= model.clauses[0]!.end || t.end <= firstVerb) && t.rule !== 'time.day' && !(t.rule === 'time.present' && carriedPeriod !== undefined),
  );
  if (carryFromFigures !== undefined && carryFromFigures !== null) carriedPeriod = carryFromFigures;
  else if (carryFromFigures === undefined && heading) carriedPeriod = heading.period;
  // Only "sơ bộ" (the vintage of a whole release) carries into the breakdowns
  // that follow ("Trong đó, …"); "ước tăng" qualifies its own clause.
  const lastStatus = m.statuses.filter((s) => s.scope !== 'local').at(-1);
  if (lastStatus) carriedStatus = lastStatus.status === 'preliminary' ? 'preliminary' : null;
  // a release describes its own data at its head ("Theo số liệu thống kê sơ bộ …"), not in the middle of a story
  const release = m.sentence.paragraph <= 1 ? m.statuses.find((s) => s.scope === 'release') : undefined;
  const releaseStatus = release ? release.status : ctx.releaseStatus;
  if (m.concepts.length > 0) carriedConcept = m.concepts.at(-1)!;
  // The region a sentence is about, to carry to the sentences after it: a
  // Vietnamese place it names before its first figure, alone in its clause
  // (a list of provinces is a breakdown, not a topic), outside parentheses,
  // not compared, in a sentence that is not itself a breakdown. A foreign
  // economy is the subject of its own sentence only.
  const firstFigure = model.figures[0]?.quantity.span.start ?? Infinity;
  const subject = model.opener?.marker === 'breakdown' ? undefined : m.places.find((p, i) => {
    if (model.placeRoles[i] !== 'subject' || p.use !== 'subject' || p.region === null || !isDomestic(p)) return false;
    if (p.start >= firstFigure || model.parentheticals.some((r) => p.start >= r.start && p.start < r.end)) return false;
    const clause = clauseAt(model, p.start);
    return !m.places.some((o) => o !== p && o.use === 'subject' && o.region !== p.region && o.start >= clause.start && o.start < clause.end);
  });
  if (subject) {
    paragraphRegion = subject.region;
    // a paragraph whose first sentence opens with a place, before any word of change, level or status, is about it, and so is the section it heads
    const firstWord = Math.min(m.changes[0]?.start ?? Infinity, m.statuses[0]?.start ?? Infinity);
    if (newParagraph && subject.end <= firstWord) sectionRegion = subject.region;
  }
  return { ...ctx, carriedPeriod, carriedStatus, releaseStatus, carriedConcept, paragraphRegion, sectionRegion };
}

/** The base's period, resolved against the figure's own period when it is relative. */
function basePeriodOf(base: ResolvedTime | undefined, period: string | null): string | null {
  if (!base) return null;
  // "so với cùng kỳ năm 2019": the figure's period in that year
  if (base.rule === 'time.same-period' && base.period !== null && period !== null) return withYear(period, +base.period);
  if (base.relative) return period === null ? base.period : shiftPeriod(period, base.relative) ?? base.period;
  return base.period;
}

/** Whether a base makes the change year on year (the only change the growth indicators hold). */
function isYearOnYear(base: ResolvedTime | undefined, period: string | null): boolean {
  if (!base) return true;
  if (base.relative === 'previous_year') return true;
  const compared = basePeriodOf(base, period);
  const yearBefore = period === null ? null : shiftPeriod(period, 'previous_year');
  // "6 tháng đầu năm tăng 16,3% so với cùng kỳ năm 2023" in a 2023 text: the same period of the same year is a slip for the year before
  const slip = base.rule === 'time.same-period' && compared !== null && period !== null && samePeriod(compared, period);
  return slip || (compared !== null && yearBefore !== null && samePeriod(compared, yearBefore));
}

function attribution(d: { readonly rule: string; readonly span: Span | null }, sentence: string, at: number): Attribution {
  return d.span === null
    ? { rule: d.rule, span: null, text: null }
    : { rule: d.rule, span: { start: at + d.span.start, end: at + d.span.end }, text: sentence.slice(d.span.start, d.span.end) };
}
