import type { ConceptMention } from '../../core/mentions.ts';
import { wordsBetween } from '../../core/sentence-model.ts';
import type { Applied, FigureContext, Rule } from './rule.ts';

/** Units of counted things: their concept may follow them ("1.800 doanh nghiệp thành lập mới"). */
const COUNTED = new Set(['enterprise', 'project', 'visitor', 'person', 'household', 'count']);

/**
 * The rules that find the concept a figure states, in order. The concept's
 * candidate codes are then narrowed by {@link codeFor}.
 */
export const CONCEPT_RULES: readonly Rule<ConceptMention>[] = [
  {
    name: 'indicator.concept-after-share',
    construction: 'a share, rank or count names its concept right after it: "73% hồ sơ được giải quyết trực tuyến", "1.800 doanh nghiệp thành lập mới"',
    apply(fc) {
      const { figure, model } = fc;
      const q = figure.quantity;
      if (!(q.unit === '%' || q.unit === 'rank' || COUNTED.has(q.unit))) return undefined;
      const reach = COUNTED.has(q.unit) ? 2 : 3;
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
    construction: 'a sentence that goes on from the one before and names no concept takes the concept it ended on: "Xuất khẩu đạt 5 tỷ USD. Trong đó, … tăng 3%"',
    apply: (fc) => (fc.doc.continues && fc.doc.carriedConcept ? { value: { ...fc.doc.carriedConcept, start: 0, end: 0 }, span: null } : undefined),
  },
];

/**
 * Whether the item names a coded concept of its own after its breakdown
 * marker ("…, trong đó xuất khẩu đạt 5 tỷ USD"): then it is that
 * indicator, not a part of the total.
 */
function ownConceptAfterMarker(fc: FigureContext, alias: ConceptMention): boolean {
  const { figure, model } = fc;
  const marker = figure.breakdown?.marker;
  const from = marker === null || marker === undefined ? figure.segmentStart : model.mentions.markers[marker]!.end;
  return alias.start >= from && alias.end <= figure.quantity.span.start && alias.codes.length > 0 && !model.mentions.concepts.some((c) => c.codes.length === 0 && c.start >= from && c.end <= figure.quantity.span.start);
}

/** Whether the figure's period is compared with a period other than a year before (the growth codes are year on year). */
export type ShortBase = boolean;

/**
 * The indicator code of a figure: the concept its sentence states (by
 * {@link CONCEPT_RULES}), narrowed to the codes whose unit family and
 * plausible range fit the figure and, for growth codes, a year-on-year
 * change. A part named in the figure's clause (a market, a product, a
 * sector) makes it a breakdown, and a concept with no code or no code that
 * fits leaves it unclassified, since a wrong code is worse than none.
 *
 * @example
 * codeFor(fc, false) // → { value: 'gdp.growth', rule: 'indicator.concept-before', span: … }
 */
export function codeFor(fc: FigureContext, shortBase: ShortBase): Applied<string | null> {
  let concept: Applied<ConceptMention> | undefined;
  for (const rule of CONCEPT_RULES) {
    const d = rule.apply(fc);
    if (d !== undefined) {
      concept = { ...d, rule: rule.name };
      break;
    }
  }
  if (!concept) return { value: null, span: null, rule: 'indicator.no-concept' };
  const alias = concept.value;
  if (alias.codes.length === 0) return { value: null, span: concept.span, rule: `${concept.rule}+indicator.concept-without-code` };
  const { figure, model, taxonomy } = fc;
  const q = figure.quantity;
  const qs = q.span.start;
  const concepts = model.mentions.concepts;
  // an item of a breakdown by sector, product or market is a part of the total, not the total's indicator
  if (figure.breakdown?.by === 'part' && concept.rule !== 'indicator.concept-after-share' && !ownConceptAfterMarker(fc, alias)) {
    return { value: null, span: concept.span, rule: 'indicator.breakdown-part' };
  }
  // A part, a market or a partner named in the figure's clause, or after the
  // concept in its part of the sentence, makes the figure a breakdown.
  const part = concepts.find((a) => a.codes.length === 0 && a.end <= qs && (a.start >= Math.max(figure.segmentStart, alias.start) || a.start >= figure.clause.start));
  if (part) return { value: null, span: part, rule: 'indicator.part-named' };
  // one partner's share of a total: "xuất khẩu sang Hoa Kỳ đạt 89 tỷ USD", "Hoa Kỳ là thị trường lớn nhất … 3,3 tỷ USD"
  const partner = model.mentions.places.find((p, i) => (model.placeRoles[i] === 'partner' || p.use === 'partner') && p.start >= figure.segmentStart && p.end <= qs);
  if (partner) return { value: null, span: partner, rule: 'indicator.partner-named' };

  const change = figure.change === 'up' || figure.change === 'down';
  const leadStart = Math.max(0, Math.min(alias.start, qs) - 40);
  const leadEnd = Math.max(qs, alias.start);
  const inLead = (x: { start: number; end: number }): boolean => x.start >= leadStart && x.end <= leadEnd;
  const rateInLead = model.mentions.changes.some((c) => (c.direction === 'up' || c.direction === 'down' || c.direction === 'rate') && inLead(c));
  const shareInLead = model.mentions.markers.some((k) => k.marker === 'share' && (k.word === 'chiếm' || k.word === 'tỷ trọng') && inLead(k));
  const candidates = alias.codes.filter((code) => {
    const ind = taxonomy.indicators.indicators.get(code);
    if (!ind || !ind.units.includes(q.unit)) return false;
    if (q.valueHigh === null && ((ind.min !== null && q.value < ind.min) || (ind.max !== null && q.value > ind.max))) return false;
    if (code.endsWith('.growth')) {
      if (figure.percentOf || figure.share) return false;
      if (shortBase) return false;
      // a percentage of GDP or of the CPI is its growth unless it is a share ("chiếm 20% GRDP")
      if (code === 'gdp.growth' || code === 'cpi.growth') return !shareInLead;
      return rateInLead;
    }
    if (q.unit !== '%' && q.unit !== 'rank' && q.unit !== 'index' && change) return false;
    // GDP is at current prices: a level "theo giá so sánh" has no code
    if (code === 'gdp' && figure.constantPrices) return false;
    // disbursement is stated as a share of the plan ("đạt 85% kế hoạch")
    if (q.unit === '%' && figure.percentOf && code !== 'public_investment.disbursed') return false;
    return true;
  });
  const code = candidates[0] ?? null;
  return { value: code, span: concept.span, rule: code === null ? `${concept.rule}+indicator.no-code-fits` : concept.rule };
}
