import { CURRENCIES } from '../../core/currencies.ts';
import type { ConceptMention } from '../../core/mentions.ts';
import { clauseAt } from '../../core/sentence-model.ts';
import { visibleTo, wordsBetween } from './model-lookups.ts';
import type { Span } from '../../core/records.ts';
import { firstDecision, type Applied, type FigureContext, type Rule } from './rule.ts';

/** A growth rate or a share: an indicator stated as a percentage, never as an amount. */
const isRate = (ind: { measure: string }): boolean => ind.measure === 'growth' || ind.measure === 'share';

/** A count of things (the unit table's kind "count"): its concept may follow it ("1.800 doanh nghiệp thành lập mới"). */
const counted = (q: { kind: string; unit: string }): boolean => q.kind === 'count' && !q.unit.includes('/');

/**
 * The rules that find the concept a figure states, in order. The concept's
 * candidate codes are then narrowed by {@link codeFor}.
 */
export const CONCEPT_RULES: readonly Rule<ConceptMention>[] = [
  {
    name: 'indicator.paired-concept',
    construction: 'figures after "lần lượt" go with the concepts named before it, in order: "xuất khẩu và nhập khẩu giảm lần lượt 2,3% và 6,9%"',
    apply(fc) {
      const i = fc.figure.pairedConcept;
      const c = i === null ? undefined : fc.model.mentions.concepts[i];
      return c ? { value: c, span: c } : undefined;
    },
  },
  {
    name: 'indicator.concept-after-share',
    construction: 'a share, rank or count names its concept right after it: "73% hồ sơ được giải quyết trực tuyến", "1.800 doanh nghiệp thành lập mới"',
    apply(fc) {
      const { figure, model } = fc;
      const q = figure.quantity;
      if (!(q.unit === '%' || q.unit === 'rank' || counted(q))) return undefined;
      // a rank may name its field after "về": "đứng thứ ba cả nước về thu hút vốn FDI"
      const about = q.unit === 'rank' && model.mentions.changes.some((c) => c.word === 'về' && c.start >= q.span.end && c.start < figure.clause.end && wordsBetween(model, q.span.end, c.start) <= 3);
      const reach = counted(q) ? 2 : about ? 7 : 3;
      const c = model.mentions.concepts.find(
        (a) => a.start >= q.numberSpan.end && a.end > q.span.end && a.start < figure.clause.end && wordsBetween(model, q.span.end, a.start) <= reach && a.codes.length > 0,
      );
      return c ? { value: c, span: c } : undefined;
    },
  },
  {
    name: 'indicator.concept-before',
    construction: 'the nearest concept before the figure in its part of the sentence: "Kim ngạch xuất khẩu đạt 34 tỷ USD; nhập khẩu đạt 30 tỷ USD"',
    apply(fc) {
      const { figure, model } = fc;
      const c = model.mentions.concepts.filter((a) => a.end <= figure.quantity.span.start && a.start >= figure.segmentStart).at(-1);
      return c ? { value: c, span: c } : undefined;
    },
  },
  {
    name: 'indicator.bracketed-beside-host',
    construction: 'a figure in brackets that names no concept of its own states the concept of the figure it stands beside: "GRDP tăng 8% (quý I tăng 7,1%; quý II tăng 8,2%)"',
    apply(fc) {
      const { figure, model } = fc;
      if (figure.host === null || figure.paren === null) return undefined;
      const paren = figure.paren;
      if (model.mentions.concepts.some((c) => c.start >= paren.start && c.end <= figure.quantity.span.start)) return undefined;
      const host = model.figures[figure.host]!;
      for (const rule of CONCEPT_RULES) {
        if (rule.name === 'indicator.bracketed-beside-host') continue;
        const d = rule.apply({ ...fc, figure: host });
        if (d) return d;
      }
      return undefined;
    },
  },
  {
    name: 'indicator.label-before-colon',
    construction: 'a figure right after a colon is the value of the label before it: "cơ cấu kinh tế dịch vụ: 46 - 47%; công nghiệp - xây dựng: 34 - 35%"',
    apply(fc) {
      const { figure, model } = fc;
      const colon = model.mentions.markers.find((k) => k.marker === 'colon' && k.end === figure.segmentStart);
      if (!colon || wordsBetween(model, colon.end, figure.quantity.span.start) > 1) return undefined;
      const previous = Math.max(0, ...model.mentions.markers.filter((k) => (k.marker === 'semicolon' || k.marker === 'colon') && k.end <= colon.start).map((k) => k.end));
      const c = model.mentions.concepts.filter((a) => a.end <= colon.start && a.start >= previous).at(-1);
      return c ? { value: c, span: c } : undefined;
    },
  },
  {
    name: 'indicator.region-led-part',
    construction: 'a part of a sentence that opens with a region states the same concept for it: "tăng trưởng cả nước đạt 6%; Hà Nội tăng 7%"',
    apply(fc) {
      const { figure, model } = fc;
      const seg = figure.segmentStart;
      const led = seg > 0 && model.mentions.places.some((p) => p.use === 'subject' && p.region !== null && p.start >= seg && p.end <= figure.quantity.span.start);
      if (!led) return undefined;
      const c = model.mentions.concepts.filter((a) => a.end <= seg).at(-1);
      return c ? { value: c, span: c } : undefined;
    },
  },
  {
    name: 'indicator.carried-concept',
    construction: 'a sentence of the same paragraph that names no concept before its figure goes on with the concept the one before ended on: "Xuất khẩu đạt 5 tỷ USD. Ngoài ra, … tăng 3%", "GRDP quý I tăng 7%. Tính theo giá so sánh đạt 197 nghìn tỷ đồng"',
    apply(fc) {
      const c = fc.doc.carriedConcept;
      if (!c) return undefined;
      // a sentence that names any concept of its own (a part, a product) is not elliptical
      const own = fc.model.mentions.concepts.length > 0;
      return fc.doc.continues || !own ? { value: { ...c, start: 0, end: 0 }, span: null } : undefined;
    },
  },
];

/**
 * Whether the item names a coded concept of its own after its breakdown
 * marker ("…, trong đó xuất khẩu đạt 5 tỷ USD"): then it is that
 * indicator, not a part of the total.
 */
function ownConceptAfterMarker(fc: FigureContext, alias: ConceptMention): boolean {
  const { figure, model } = fc;
  const breakdown = figure.breakdown!;
  const from = breakdown.marker === null ? figure.segmentStart : Math.max(model.mentions.markers[breakdown.marker]!.end, figure.segmentStart);
  if (alias.start < from || alias.codes.length === 0) return false;
  if (model.mentions.concepts.some((c) => c.codes.length === 0 && c.start >= from && c.end <= figure.quantity.span.start)) return false;
  // the total's own concept named again ("Trong đó, vùng A có 2.142 doanh nghiệp thành lập mới") is the part's, not another indicator
  const total = breakdown.total === null ? fc.doc.carriedConcept : model.mentions.concepts.filter((c) => c.end <= model.figures[breakdown.total!]!.quantity.span.start).at(-1) ?? null;
  return !(total !== null && total.codes.some((c) => alias.codes.includes(c)));
}

/** Whether the figure's period is compared with a period other than a year before (the growth codes are year on year). */
export type ShortBase = boolean;

/** What an exclusion reads: the figure's context, the concept found for it and the period and region given to it. */
export interface ExclusionInput {
  readonly fc: FigureContext;
  readonly concept: ConceptMention;
  readonly period: string | null;
  readonly region: string | null;
}

/** A named construction that makes a figure no indicator of its concept; it returns the span that shows it. */
export interface IndicatorExclusion {
  readonly name: string;
  readonly construction: string;
  applies(input: ExclusionInput): Span | undefined;
}

/**
 * The constructions that leave a figure unclassified although its sentence
 * names a concept, in order: a wrong code is worse than none.
 */
export const INDICATOR_EXCLUSIONS: readonly IndicatorExclusion[] = [
  {
    name: 'indicator.stock-to-date',
    construction: 'an amount or count accumulated since inception is no indicator of a period: "Lũy kế đến nay, tỉnh có 900 dự án với tổng vốn 12 tỷ USD"',
    applies({ fc, period }) {
      if (period !== null || fc.figure.quantity.unit === '%') return undefined;
      const t = fc.times.find((x) => x.open === 'to_date' && visibleTo(fc.model, fc.figure, x) && x.end <= fc.figure.quantity.span.start);
      return t ? { start: t.start, end: t.end } : undefined;
    },
  },
  {
    name: 'indicator.macro-region',
    construction: 'the indicators are the country\'s and the provinces\': a socio-economic region\'s figure has none ("vùng Đông Nam Bộ có 21.144 doanh nghiệp thành lập mới")',
    applies: ({ fc, region }) => (region !== null && fc.taxonomy.regions.regions.get(region)?.kind === 'macro' ? fc.figure.quantity.span : undefined),
  },
  {
    name: 'indicator.concept-without-code',
    construction: 'a concept the taxonomy knows has no code of its own: "tín dụng tăng 9%", "chỉ số giá nhóm … tăng 1%"',
    applies: ({ concept }) => (concept.codes.length === 0 ? { start: concept.start, end: concept.end } : undefined),
  },
  {
    name: 'indicator.breakdown-part',
    construction: 'an item of a breakdown by sector, product or market is a part of the total: "IIP tăng 6%, trong đó ngành dệt tăng 2%"',
    applies: ({ fc, concept }) => (fc.figure.breakdown?.by === 'part' && !ownConceptAfterMarker(fc, concept) ? { start: concept.start, end: concept.end } : undefined),
  },
  {
    name: 'indicator.average-per-unit',
    construction: 'an average per unit is not the total: "vốn đăng ký bình quân một doanh nghiệp đạt 10,9 tỷ đồng", "thu nhập trung bình mỗi hộ"',
    applies({ fc, concept }) {
      const { figure, model } = fc;
      const k = model.mentions.markers.find((x) => x.marker === 'per_unit' && x.start >= Math.min(concept.start, figure.clause.start) && x.end <= figure.quantity.span.start && x.start >= figure.segmentStart);
      return k ? { start: k.start, end: k.end } : undefined;
    },
  },
  {
    name: 'indicator.group-threshold',
    construction: 'a bound that picks a group is not a figure of the indicator: "có 6 tỉnh có GRDP trên 250 nghìn tỷ đồng", "120 doanh nghiệp có doanh thu dưới 10 tỷ đồng"',
    applies({ fc, concept }) {
      const { figure, model } = fc;
      const q = figure.quantity;
      if (q.qualifier === null || q.qualifier === 'approx' || q.qualifier === 'range') return undefined;
      const counted = model.figures.find((g) => g.quantity.kind === 'count' && g.quantity.span.end <= concept.start && g.quantity.span.start >= figure.clause.start);
      if (!counted) return undefined;
      const has = model.mentions.changes.find((c) => c.word === 'có' && c.start >= counted.quantity.span.end && c.end <= concept.start);
      return has ? { start: counted.quantity.span.start, end: q.span.end } : undefined;
    },
  },
  {
    name: 'indicator.group-of-places',
    construction: 'a figure of several places named together is a group, not one region\'s indicator: "Hà Nội, Bình Dương, Đồng Nai ở mức tăng dưới 10%"',
    applies({ fc }) {
      const { figure, model } = fc;
      const qs = figure.quantity.span.start;
      const i = model.mentions.places.findLastIndex((x) => x.end <= qs && x.start >= figure.segmentStart);
      const p = model.mentions.places[i];
      if (!p || p.use !== 'pair' || model.placeRoles[i] === 'compared') return undefined;
      // the places name this figure's group only when no other figure stands between
      return model.figures.some((g) => g.quantity.span.start > p.end && g.quantity.span.end <= qs) ? undefined : { start: p.start, end: p.end };
    },
  },
  {
    name: 'indicator.part-named',
    construction: 'a part, a product or a market named in the figure\'s clause, or after the concept in its part of the sentence: "xuất khẩu rau quả đạt 230 triệu USD", "khu vực FDI xuất khẩu …"',
    applies({ fc, concept }) {
      const { figure, model } = fc;
      const qs = figure.quantity.span.start;
      const part = model.mentions.concepts.find((a) => a.codes.length === 0 && a.end <= qs && (a.start >= Math.max(figure.segmentStart, concept.start) || a.start >= figure.clause.start));
      return part ? { start: part.start, end: part.end } : undefined;
    },
  },
  {
    name: 'indicator.partner-named',
    construction: 'one partner\'s share of a total: "xuất khẩu sang Hoa Kỳ đạt 89 tỷ USD", "Hoa Kỳ là thị trường lớn nhất … với 3,3 tỷ USD"',
    applies({ fc }) {
      const { figure, model } = fc;
      const p = model.mentions.places.find((x, i) => (model.placeRoles[i] === 'partner' || x.use === 'partner') && x.start >= figure.segmentStart && x.end <= figure.quantity.span.start);
      return p ? { start: p.start, end: p.end } : undefined;
    },
  },
];

/** The name given when an amount restates an earlier one and takes its code. */
export const EQUIVALENT_AMOUNT = 'indicator.equivalent-amount';

/** The name given when the concept's codes all fail the figure's unit, range, prices or measure. */
export const NO_CODE_FITS = 'indicator.no-code-fits';

/** The name given when the concept the figure is stated of fits it in all but its unit: the code is kept for validation to judge. */
export const UNIT_MISFIT = 'indicator.unit-misfit';

/**
 * The indicator code of a figure: the concept its sentence states (by
 * {@link CONCEPT_RULES}), unless one of {@link INDICATOR_EXCLUSIONS}
 * applies, narrowed to the codes whose unit family, plausible range,
 * prices and measure fit the figure (a growth code needs a year-on-year
 * change, and where the indicator says so a word of change). When no code
 * is left, the figure stays unclassified, since a wrong code is worse than
 * none.
 *
 * @example
 * codeFor(fc, false, '2023', 'Quảng Ninh') // → { value: 'gdp.growth', rule: 'indicator.concept-before', span: … }
 */
export function codeFor(fc: FigureContext, shortBase: ShortBase, period: string | null, region: string | null): Applied<string | null> {
  // "đạt 5,2 tỷ USD, tương đương 125.000 tỷ đồng": an amount restated is the indicator of the amount it restates
  const restated = fc.figure.equivalentOf === null ? undefined : fc.earlierCodes.get(fc.figure.equivalentOf);
  const restatedIndicator = restated ? fc.taxonomy.indicators.indicators.get(restated) : undefined;
  if (restated && restatedIndicator?.units.includes(fc.figure.quantity.unit)) {
    const of = fc.model.figures[fc.figure.equivalentOf!]!.quantity.span;
    return { value: restated, span: of, rule: EQUIVALENT_AMOUNT };
  }
  const concept = firstDecision(CONCEPT_RULES, fc);
  if (!concept) return { value: null, span: null, rule: 'indicator.no-concept' };
  const alias = concept.value;
  for (const exclusion of INDICATOR_EXCLUSIONS) {
    const span = exclusion.applies({ fc, concept: alias, period, region });
    if (span) return { value: null, span, rule: `${concept.rule}+${exclusion.name}` };
  }
  const { figure, model, taxonomy } = fc;
  const q = figure.quantity;
  const qs = q.span.start;
  const change = figure.change === 'up' || figure.change === 'down';
  // the words that say what the figure is: from the start of the concept's clause to the figure
  const leadStart = Math.min(clauseAt(model, alias.start).start, figure.clause.start);
  const leadEnd = Math.max(qs, alias.start);
  const inLead = (x: { start: number; end: number }): boolean => x.start >= leadStart && x.end <= leadEnd;
  const rateInLead = model.mentions.changes.some((c) => (c.direction === 'up' || c.direction === 'down' || c.direction === 'rate') && inLead(c));
  const shareInLead = model.mentions.markers.some((k) => k.marker === 'share' && (k.word === 'chiếm' || k.word === 'tỷ trọng') && inLead(k));
  const fits = (code: string, unitChecked: boolean): boolean => {
    const ind = taxonomy.indicators.indicators.get(code);
    if (!ind || (unitChecked && !ind.units.includes(q.unit))) return false;
    // the plausible range is in the indicator's units
    if (unitChecked && q.valueHigh === null && ((ind.min !== null && q.value < ind.min) || (ind.max !== null && q.value > ind.max))) return false;
    // a level at constant prices is not an indicator at current prices ("GRDP theo giá so sánh đạt …", "loại trừ yếu tố giá tăng 7,1%")
    if (ind.prices === 'current' && figure.constantPrices) return false;
    if (ind.measure === 'growth') {
      // a percentage of a plan or a share of a whole is no growth rate, nor is a change on the month or quarter before,
      // nor a percentage of the concept named right after it ("bội chi bằng 3,5% GDP", "chưa đến 5% GDP"), unless stated as its change ("tăng 8,5% GRDP")
      if (figure.percentOf || figure.share || shortBase || (alias.start >= q.span.end && !change)) return false;
      return ind.changeWord === 'required' ? rateInLead : !shareInLead;
    }
    if (q.unit !== '%' && q.unit !== 'rank' && q.unit !== 'index' && change) return false;
    // a percentage of a plan is the indicator only where the indicator is stated so ("giải ngân đạt 85% kế hoạch")
    if (q.unit === '%' && figure.percentOf && !ind.ofPlan) return false;
    return true;
  };
  const code = alias.codes.find((c) => fits(c, true)) ?? null;
  if (code !== null) return { value: code, span: concept.span, rule: concept.rule };
  // "tăng trưởng GRDP năm 2023 đạt 10,2 tỷ đồng": the concept is the subject the figure is stated of, in its own clause
  // (stated there, not carried from the sentence before),
  // and only the unit is wrong; the figure is that indicator stated wrongly, and validation's unit rule judges it
  // (a growth rate or share, which is a percentage, stated as an amount of money: what else the figure is stated of, a count, a
  // duration, an amount per month, names a concept of its own that the sentence's subject only qualifies)
  const governs = concept.span !== null && alias.start < qs && alias.start >= figure.clause.start && !change && figure.equivalentOf === null && CURRENCIES.has(q.unit);
  const misfit = governs ? (alias.codes.find((c) => fits(c, false) && isRate(taxonomy.indicators.indicators.get(c)!)) ?? null) : null;
  if (misfit !== null) return { value: misfit, span: concept.span, rule: `${concept.rule}+${UNIT_MISFIT}` };
  return { value: null, span: concept.span, rule: `${concept.rule}+${NO_CODE_FITS}` };
}
