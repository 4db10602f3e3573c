import type { DenominatorMention, NumberReading, OrganisationMention, SentenceMentions, TimeMention } from '../../core/mentions.ts';
import type { Quantity, Sentence, SourceDocument } from '../../core/records.ts';
import { isSpaceCode, isWordCode } from '../../core/key-words.ts';
import { matchKey } from '../../core/match-key.ts';
import type { Taxonomy } from '../../taxonomy/load-taxonomy.ts';
import { detectNumberConvention } from './detect-number-convention.ts';
import { findChanges } from './find-changes.ts';
import { findDenominators } from './find-denominators.ts';
import { findMarkers } from './find-markers.ts';
import { findOrganisations } from './find-organisations.ts';
import { findPlaces } from './find-places.ts';
import { findStatus } from './find-status.ts';
import { findTimes } from './find-times.ts';
import type { NumberConvention } from './parse-digit-number.ts';
import { readNumbers } from './read-numbers.ts';

/** Options of the extract stage. */
export interface ExtractOptions {
  readonly taxonomy: Taxonomy;
  /** Force a number convention instead of detecting it per document. */
  readonly convention?: NumberConvention;
}

/**
 * The extract stage: every mention of every sentence of a document. Numbers
 * are read by the document's own digit convention; times are resolved
 * against the document's publication date; places are read as of that date
 * ("Huế" in 2024 is Thừa Thiên Huế).
 *
 * @example
 * extractMentions(doc, sentences, { taxonomy })[0].numbers.map((n) => n.kind) // → ['year', 'quantity']
 */
export function extractMentions(doc: SourceDocument, sentences: readonly Sentence[], options: ExtractOptions): SentenceMentions[] {
  const { taxonomy } = options;
  const convention = options.convention ?? detectNumberConvention(doc.text).convention;
  const published = doc.meta.published;
  return sentences.map((sentence) => mentionsOf(sentence, { convention, taxonomy, published }));
}

/**
 * The longest title read, in characters. A plain text's title is its first
 * line, which may be a whole paragraph or a megabyte of one-line dump; a
 * heading is far shorter (the longest development title has 460), so only
 * the title's first 1000 characters, cut at a space, are read as the title.
 */
export const MAX_TITLE_CHARS = 1000;

/**
 * The mentions of a document's title (from its metadata), read as a sentence
 * of its own (at most {@link MAX_TITLE_CHARS} of it); null when it has none.
 *
 * @example
 * titleMentions(doc, { taxonomy })?.places.map((p) => p.region) // → ['Quảng Ninh']
 */
export function titleMentions(doc: SourceDocument, options: ExtractOptions): SentenceMentions | null {
  const title = headOf(doc.meta.title ?? '', MAX_TITLE_CHARS);
  if (!title) return null;
  const convention = options.convention ?? detectNumberConvention(doc.text).convention;
  const sentence: Sentence = { index: -1, paragraph: -1, span: { start: 0, end: 0 }, text: title };
  return mentionsOf(sentence, { convention, taxonomy: options.taxonomy, published: doc.meta.published });
}

/**
 * Every mention of one sentence.
 *
 * @example
 * mentionsOf(sentence, { convention: 'vi', taxonomy, published: null }).times[0].period // → '2023'
 */
export function mentionsOf(
  sentence: Sentence,
  ctx: { readonly convention: NumberConvention; readonly taxonomy: Taxonomy; readonly published: string | null },
): SentenceMentions {
  const text = sentence.text;
  const concepts = ctx.taxonomy.indicators.findAliases(text).map((a) => ({ start: a.start, end: a.end, alias: a.alias, codes: a.codes }));
  const found = findPlaces(text, ctx.taxonomy.regions, ctx.published);
  // a ticker that is also a concept or a place ("CPI (+0,3%)", "ASEAN (12%)") is that, not a business
  const overlaps = (a: { start: number; end: number }) => (b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const organisations = findOrganisations(text).filter((o) => o.kind !== 'ticker' || !(concepts.some(overlaps(o)) || found.some(overlaps(o))));
  const times = findTimes(text, ctx.published);
  // a place inside a business's name is part of the name ("Xi măng Hạ Long", "Tổng công ty Lâm nghiệp Việt Nam")
  const places = found.map((p) =>
    p.use === 'subject' && organisations.some((o) => p.start >= o.start && p.end <= o.end) ? { ...p, use: 'in_name' as const } : p,
  );
  return {
    sentence,
    words: wordsOf(text),
    numbers: seriesEndsInUnit(
      perDenominator(
        readNumbers(text, { convention: ctx.convention, units: ctx.taxonomy.units, scoreNames: ctx.taxonomy.indicators.scoreNames }).map((n) => reconcile(n, organisations, times)),
        findDenominators(text, ctx.taxonomy.units),
        text,
      ),
      text,
    ),
    times,
    places,
    organisations,
    concepts,
    statuses: findStatus(text),
    changes: findChanges(text),
    markers: findMarkers(text),
  };
}

/**
 * A figure the other readers show to be none: a number inside a business's
 * name ("Tổng công ty 15") is part of the name; a duration that the time
 * reader reads as a period ("GDP 9 tháng đạt 2,12%") names the period.
 */
function reconcile(n: NumberReading, organisations: readonly OrganisationMention[], times: readonly TimeMention[]): NumberReading {
  if (!n.quantity) return n;
  const inside = (s: { start: number; end: number }): boolean => n.span.start >= s.start && n.span.end <= s.end;
  if (organisations.some(inside)) return { value: n.value, text: n.text, span: n.span, kind: 'name', reason: 'part of the name of a business' };
  if (n.quantity.kind === 'duration' && times.some((t) => t.period !== null || t.template !== null ? inside(t) : false)) {
    return { value: n.value, text: n.text, span: n.span, kind: 'period', reason: `"${n.quantity.text}" names a period, not a duration` };
  }
  return n;
}

/**
 * Figures stated per a denominator written before them ("tính trên 1 km2
 * đạt 90 tỷ đồng", "số doanh nghiệp/1.000 dân đạt 7,5"): the number of the
 * denominator is no figure, and the next figure after it is per it (VND/km2,
 * enterprise/1000 person, VND/month). A yearly or monthly rate stays in %.
 */
function perDenominator(numbers: readonly NumberReading[], denominators: readonly DenominatorMention[], text: string): NumberReading[] {
  // a denominator inside a figure already read ("97,5 triệu đồng/ha") is that figure's unit
  const stated = denominators.filter((d) => !numbers.some((n) => n.quantity && n.quantity.span.start < d.end && d.start < n.quantity.span.end && !(n.span.start >= d.start && n.span.end <= d.end)));
  if (stated.length === 0) return [...numbers];
  const out = numbers.map((n) => {
    const inside = stated.some((d) => n.span.start >= d.start && n.span.end <= d.end);
    return inside ? { value: n.value, text: n.text, span: n.span, kind: 'denominator' as const, reason: 'the denominator of the figure after it ("trên 1 km2", "/1.000 dân")' } : n;
  });
  for (const d of stated) {
    const i = out.findIndex((n) => n.span.start >= d.end && (n.kind === 'quantity' || n.kind === 'bare'));
    const n = out[i];
    if (!n) continue;
    const q = n.quantity;
    if (q) {
      if (q.unit.includes('/') || q.unit === '%' || q.kind === 'count' || q.kind === 'ratio' || q.kind === 'rank') continue;
      // the figures after it in the same part of the sentence, in the same unit, are per it too ("tăng từ 3.420 nghìn đồng lên 10.200 nghìn đồng")
      const segmentEnd = text.indexOf(';', n.span.end) === -1 ? text.length : text.indexOf(';', n.span.end);
      for (let j = i; j < out.length; j++) {
        const o = out[j]!;
        if (o.quantity && o.quantity.unit === q.unit && o.span.start < segmentEnd) out[j] = { ...o, quantity: { ...o.quantity, unit: `${q.unit}/${d.per}` } };
      }
    } else if (d.numerator !== null && n.value !== null) {
      // "số doanh nghiệp/1.000 dân đạt 7,5": the counted noun before the "/" is the unit
      const quantity: Quantity = {
        span: n.span, text: n.text, value: n.value, valueHigh: null, unit: `${d.numerator}/${d.per}`, unitMult: 0, qualifier: null,
        numberSpan: n.span, signFromWord: false, reading: null, kind: 'measure',
      };
      out[i] = { ...n, kind: 'quantity', reason: `per ${d.per}`, quantity };
    }
  }
  return out;
}

/**
 * "tăng từ 1,2 triệu sản phẩm (2021) lên 1,8 triệu (2022)": the end of a
 * series written without its unit is in the unit of its start.
 */
function seriesEndsInUnit(numbers: readonly NumberReading[], text: string): NumberReading[] {
  const key = matchKey(text);
  return numbers.map((n, i) => {
    if (n.kind !== 'bare' || n.value === null || !/(?:^|[^\p{L}])(?:lên|xuống|xuống còn)(?:\s+mức)?\s*$/u.test(key.slice(Math.max(0, n.span.start - 16), n.span.start))) return n;
    const from = numbers.slice(0, i).reverse().find((x) => x.quantity && /(?:^|[^\p{L}])từ(?:\s+mức)?\s*$/u.test(key.slice(Math.max(0, x.quantity.span.start - 12), x.quantity.span.start)));
    const q = from?.quantity;
    if (!q || q.unitMult === 0 || text.slice(q.span.end, n.span.start).includes(';')) return n;
    const quantity: Quantity = { ...q, span: n.span, text: n.text, value: n.value, valueHigh: null, qualifier: null, numberSpan: n.span, reading: null };
    return { ...n, kind: 'quantity', reason: `the end of a series from ${q.text}, in its unit`, quantity };
  });
}

/** The text, or its first `max` characters cut at the last space (a hard cut, off any surrogate pair, when there is none). */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  if (space > 0) return text.slice(0, space).trimEnd();
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The sentence's words: runs of non-space characters with a letter or digit in them (read by character code: a sentence has dozens). */
function wordsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let lettered = false;
    for (; i < text.length && !isSpaceCode(text.charCodeAt(i)); i++) lettered ||= isWordCode(text, i);
    if (lettered) out.push({ start, end: i });
  }
  return out;
}
