import { matchKey } from '../../core/match-key.ts';
import type { PlaceMention, PlaceUse } from '../../core/mentions.ts';
import type { RegionTable } from '../../taxonomy/region-table.ts';

/** A named rule that tells how a place is used where it is named. */
interface PlaceUseRule {
  readonly name: string;
  readonly construction: string;
  readonly use: Exclude<PlaceUse, 'subject' | 'pair'>;
  /** Whether the rule applies to the place named at `start`, given the sentence and its key. */
  test(key: string, sentence: string, start: number, region: string): boolean;
}

/** Words before "cả nước" that make it a yardstick, not the subject ("cao nhất cả nước"). */
const YARDSTICK = /(?:nhất|đầu|chung|bình quân|trung bình|so với|hơn|trong|thứ \d+|địa phương|tỉnh|thành|mức)\s+(?:của\s+|trong\s+|so với\s+)?$/u;
/** A region inside the name of a road, bridge or port ("cao tốc Nội Bài - Lào Cai") is no subject. */
const IN_A_ROAD_NAME = /(?:cao tốc|tuyến|đường|quốc lộ|cầu|sân bay|cảng|nhà ga|ga|đèo|sông)(?:\s+[^\s,;.]+){0,3}?\s*(?:[-–—]\s*)?$/u;
/** "họp báo … sáng 29/6 tại Hà Nội": where an event took place, unless the clause opens with it. */
const VENUE = /[^,;:(\s][^,;:(]*\s(?:tại|ở)\s+(?:thủ đô\s+|thành phố\s+|tỉnh\s+|tp\.?\s*)?$/u;

/** The rules, in order; the first that applies gives the use, else the place is a subject. */
export const PLACE_USE_RULES: readonly PlaceUseRule[] = [
  {
    name: 'place.yardstick',
    construction: '"cả nước" as a yardstick: "cao nhất cả nước", "bình quân chung của cả nước", "đứng thứ 3 cả nước"',
    use: 'yardstick',
    test: (key, _s, start, region) => region === 'Việt Nam' && YARDSTICK.test(key.slice(Math.max(0, start - 30), start)),
  },
  {
    name: 'place.road-name',
    construction: 'a place in the name of a road, bridge, port or station: "cao tốc Nội Bài - Lào Cai", "cảng Hải Phòng"',
    use: 'in_name',
    test: (key, _s, start) => IN_A_ROAD_NAME.test(key.slice(Math.max(0, start - 40), start)),
  },
  {
    name: 'place.organisation-name',
    construction: 'the country inside a capitalised name: "Tập đoàn Điện lực Việt Nam", "Ngân hàng Nhà nước Việt Nam"',
    use: 'in_name',
    test: (_k, sentence, start, region) => region === 'Việt Nam' && start > 0 && /\p{Lu}[\p{L}]*\s+$/u.test(sentence.slice(Math.max(0, start - 20), start)),
  },
  {
    name: 'place.venue',
    construction: 'where an event took place, after the clause has begun: "họp báo … sáng 29/6 tại Hà Nội"',
    use: 'venue',
    test: (key, _s, start) => VENUE.test(key.slice(Math.max(0, start - 60), start)),
  },
];

/**
 * The places a sentence names, with how each is used: a subject, a
 * yardstick ("cao nhất cả nước"), part of a name ("cao tốc Nội Bài - Lào
 * Cai"), a venue, or one of two named as a pair ("Tuyên Quang - Phú Thọ",
 * which becomes one mention with no region, since a figure after it belongs
 * to neither alone).
 *
 * @example
 * findPlaces('Quảng Ninh đứng thứ 3 cả nước', table, null).map((m) => [m.region, m.use])
 * // → [['Quảng Ninh', 'subject'], ['Việt Nam', 'yardstick']]
 */
export function findPlaces(sentence: string, table: RegionTable, asOf: string | null): PlaceMention[] {
  const key = matchKey(sentence);
  const found = table.find(sentence, asOf).map((m): PlaceMention => {
    const rule = PLACE_USE_RULES.find((r) => r.test(key, sentence, m.start, m.region));
    const region = table.regions.get(m.region);
    return {
      start: m.start,
      end: m.end,
      text: sentence.slice(m.start, m.end),
      region: m.region,
      scope: region?.kind ?? 'province',
      use: rule ? rule.use : 'subject',
      former: false,
    };
  });
  const out: PlaceMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const next = found[i + 1];
    if (m.use === 'subject' && next && next.use === 'subject' && next.region !== m.region && /^\s*(?:-|–|—|và|,)\s*$/.test(key.slice(m.end, next.start))) {
      // a pair named together: the figure belongs to neither alone
      out.push({ ...m, end: next.end, text: sentence.slice(m.start, next.end), region: null, use: 'pair' });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}
