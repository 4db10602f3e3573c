import { isForeign } from '../../core/mentions.ts';
import { visibleTo } from './model-lookups.ts';
import type { FigureContext, Rule } from './rule.ts';

/** Words that may stand between a compared region and its own figure: "cao hơn Hà Nội (3,98%)", "so với Đà Nẵng là 5%". */
const TO_OWN_FIGURE = new Set(['với', 'là', 'đạt', 'tăng', 'giảm']);

/** Places before the figure that may name its region. */
function namedBefore(fc: FigureContext) {
  const { model, figure } = fc;
  const qs = figure.quantity.span.start;
  const m = model.mentions;
  return m.places
    .map((p, i) => ({ p, role: model.placeRoles[i]! }))
    .filter(({ p, role }) => {
      if (p.end > qs || (p.use !== 'subject' && p.use !== 'pair') || role === 'partner' || !visibleTo(model, figure, p)) return false;
      // a foreign economy is the subject of its own part of the sentence only ("do tình hình thế giới …: Loa ước đạt 38,7 triệu cái")
      if (isForeign(p) && p.start < figure.segmentStart) return false;
      if (role !== 'compared') return true;
      // a compared region owns only the figure right after it, with at most its verb between
      const words = m.words.filter((w) => w.start >= p.end && w.end <= qs);
      return words.length <= 1 && words.every((w) => m.changes.some((c) => c.start === w.start && TO_OWN_FIGURE.has(c.word)));
    })
    .map(({ p }) => p);
}

/**
 * The rules that give a figure its region, in order. A pair of regions
 * named together ("Tuyên Quang - Phú Thọ") gives null: the figure is
 * neither's alone.
 */
export const REGION_RULES: readonly Rule<string | null>[] = [
  {
    name: 'region.business',
    construction: 'a business named before the figure in its part of the sentence, nearer than any place, states its own figure, not a region\'s: "Tại Hà Nội, Công ty Cổ phần X lỗ 50 tỷ đồng", "các mã tăng gồm VNM (+0,07%)"; after a ";" or ":" the business is a speaker or another part\'s subject',
    apply(fc) {
      const { figure, model } = fc;
      const qs = figure.quantity.span.start;
      const business = model.mentions.organisations.filter((o) => o.end <= qs && o.start >= figure.segmentStart && visibleTo(model, figure, o)).at(-1);
      if (!business) return undefined;
      const place = namedBefore(fc).at(-1);
      return place && place.start > business.start ? undefined : { value: null, span: { start: business.start, end: business.end } };
    },
  },
  {
    name: 'region.named-in-clause',
    construction: 'a region named before the figure in its clause: "tại Hà Nội, giá căn hộ tăng 5%"',
    apply(fc) {
      const p = namedBefore(fc).filter((x) => x.start >= fc.figure.clause.start).at(-1);
      return p ? { value: p.region, span: { start: p.start, end: p.end } } : undefined;
    },
  },
  {
    name: 'region.named-in-sentence',
    construction: 'a region named before the figure in its sentence: "Quảng Ninh có GRDP tăng 11%, đứng đầu"',
    apply(fc) {
      const p = namedBefore(fc).at(-1);
      return p ? { value: p.region, span: { start: p.start, end: p.end } } : undefined;
    },
  },
  {
    name: 'region.paragraph-subject',
    construction: 'the region an earlier sentence of the paragraph is about',
    apply: (fc) => (fc.doc.paragraphRegion !== undefined ? { value: fc.doc.paragraphRegion, span: null } : undefined),
  },
  {
    name: 'region.section-subject',
    construction: 'the region named at the head of an earlier paragraph, for the section it opens',
    apply: (fc) => (fc.doc.sectionRegion !== undefined ? { value: fc.doc.sectionRegion, span: null } : undefined),
  },
  {
    name: 'region.document',
    construction: 'the region the document is about (named most, the title counting most); Việt Nam for a text naming no place',
    apply: (fc) => ({ value: fc.doc.mainRegion, span: null }),
  },
];
