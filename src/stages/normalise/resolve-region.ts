import type { Sentence, SourceDocument } from '../../core/records.ts';
import type { RegionTable } from '../../taxonomy/region-table.ts';
import { matchKey } from '../../core/match-key.ts';

/** A region a sentence names; null when two are named as a pair. */
export interface ValidRegionMention {
  readonly region: string | null;
  readonly start: number;
  readonly end: number;
  /** Named as the other side of a comparison ("cao hơn Hà Nội"): it owns only a figure right after it. */
  readonly compared: boolean;
}

/** Words before "cả nước" that make it a yardstick, not the subject ("cao nhất cả nước"). */
const YARDSTICK = /(?:nhất|đầu|chung|bình quân|trung bình|so với|hơn|trong|thứ \d+|địa phương|tỉnh|thành|mức)\s+(?:của\s+|trong\s+|so với\s+)?$/u;
/** Words before a region that make it a comparison, not the subject. */
const COMPARED = /(?:so với|hơn|bằng|như|sau|trước|gấp)\s+(?:các\s+|tỉnh\s+|thành phố\s+|tp\.?\s*)?$/u;
/** A region inside the name of a road, bridge or port ("cao tốc Nội Bài - Lào Cai") is no subject. */
const IN_A_NAME = /(?:cao tốc|tuyến|đường|quốc lộ|cầu|sân bay|cảng|nhà ga|ga|đèo|sông)(?:\s+[^\s,;.]+){0,3}?\s*(?:[-–—]\s*)?$/u;

/**
 * The regions a sentence names. "cả nước" as a yardstick ("đi đầu cả
 * nước", "bình quân chung của cả nước") is left out; regions after "so
 * với"/"hơn" are marked as compared; two regions named as a pair ("cao tốc
 * Tuyên Quang - Phú Thọ") become one mention with no region, since the
 * figure belongs to neither alone.
 *
 * @example
 * validRegionMentions('Quảng Ninh đứng thứ 3 cả nước', table, null).map((m) => m.region) // → ['Quảng Ninh']
 */
export function validRegionMentions(sentence: string, table: RegionTable, asOf: string | null): ValidRegionMention[] {
  const key = matchKey(sentence);
  const found = table
    .find(sentence, asOf)
    .filter((m) => !(m.region === 'Việt Nam' && YARDSTICK.test(key.slice(Math.max(0, m.start - 30), m.start))))
    .filter((m) => !IN_A_NAME.test(key.slice(Math.max(0, m.start - 40), m.start)))
    // "Tập đoàn Điện lực Việt Nam": the country inside an organisation's name
    .filter((m) => !(m.region === 'Việt Nam' && /\p{Lu}[\p{L}]*\s+$/u.test(sentence.slice(Math.max(0, m.start - 20), m.start)) && m.start > 0))
    // "họp báo … sáng 29/6 tại Hà Nội": where an event took place, unless the clause opens with it
    .filter((m) => !/[^,;:(\s][^,;:(]*\s(?:tại|ở)\s+(?:thủ đô\s+|thành phố\s+|tỉnh\s+|tp\.?\s*)?$/u.test(key.slice(Math.max(0, m.start - 60), m.start)))
    .map((m) => ({ ...m, compared: COMPARED.test(key.slice(Math.max(0, m.start - 30), m.start)) }));
  const out: ValidRegionMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const next = found[i + 1];
    if (next && next.region !== m.region && /^\s*(?:-|–|—|và|,)\s*$/.test(key.slice(m.end, next.start))) {
      // a pair named together: the figure belongs to neither alone
      out.push({ region: null, start: m.start, end: next.end, compared: m.compared });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The document's main region: the one named most (the title and first
 * paragraph count double), when it clearly leads; "Việt Nam" for national
 * texts; null when two regions share the lead or none is named.
 *
 * @example
 * mainRegion(seedReport, sentences, table) // → 'Quảng Ninh'
 */
export function mainRegion(doc: SourceDocument, sentences: readonly Sentence[], table: RegionTable): string | null {
  const score = new Map<string, number>();
  const add = (text: string, weight: number): void => {
    for (const m of validRegionMentions(text, table, doc.meta.published)) {
      if (m.region !== null) score.set(m.region, (score.get(m.region) ?? 0) + weight);
    }
  };
  if (doc.meta.title) add(doc.meta.title, 3);
  for (const s of sentences) add(s.text, s.paragraph <= 1 ? 2 : 1);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // Naming no place at all, a Vietnamese report speaks of the country.
  if (!first) return 'Việt Nam';
  const provinces = ranked.filter(([r]) => r !== 'Việt Nam');
  const [p1, p2] = provinces;
  // A province that clearly leads is the subject even where the text compares it with the country.
  if (p1 && (!p2 || p1[1] >= 2 * p2[1]) && (first[0] !== 'Việt Nam' || p1[1] * 2 >= first[1])) return p1[0];
  if (first[0] === 'Việt Nam' && (!second || first[1] >= 2 * second[1])) return 'Việt Nam';
  return null;
}
