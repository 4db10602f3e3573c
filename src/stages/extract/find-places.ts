import { matchKey, toneKey } from '../../core/match-key.ts';
import type { PlaceMention, PlaceUse } from '../../core/mentions.ts';
import { isDomestic, type RegionTable } from '../../taxonomy/region-table.ts';

/** A named rule that tells how a place is used where it is named. */
interface PlaceUseRule {
  readonly name: string;
  readonly construction: string;
  readonly use: Exclude<PlaceUse, 'subject' | 'pair'>;
  /** Whether the rule applies to the place named at `[start, end)`, given the sentence and its key. */
  test(key: string, sentence: string, start: number, region: string, end: number): boolean;
}

/** Words before "cả nước" that make it a yardstick, not the subject ("cao nhất cả nước"). */
const YARDSTICK = /(?:nhất|đầu|chung|bình quân|trung bình|so với|hơn|trong|thứ \S+|địa phương|tỉnh|thành|mức)\s+(?:của\s+|trong\s+|so với\s+)?$/u;
/** An organisation's name before the country or the world: "Tập đoàn Điện lực Việt Nam", "Ngân hàng Thế giới", "Hiệp hội Dệt may Việt Nam". */
const ORGANISATION = /(?:Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Hiệp hội|Tổng cục|Cục|Bộ|Viện|Trung tâm|Quỹ|Liên đoàn|Phòng|Sở|Hãng|Hội|Tổ chức|Diễn đàn|Đài|Báo|Thông tấn xã)(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Ll}+)?){0,3}\s+$/u;
/** "lớn nhất của Việt Nam": the country as the owner of what is largest, not a yardstick. */
const OWNER = /của\s+việt nam$/u;
/** "các quốc gia trên thế giới": the world as where, not whose, the figure is. */
const IN_THE_WORLD = /(?:trên|khắp)\s+$/u;
/** A region inside the name of a road, bridge or port ("cao tốc Nội Bài - Lào Cai") is no subject. */
const IN_A_ROAD_NAME = /(?:cao tốc|tuyến|đường|quốc lộ|cầu|sân bay|cảng|nhà ga|ga|đèo|sông)(?:\s+[^\s,;.]+){0,3}?\s*(?:[-–—]\s*)?$/u;
/**
 * Where an event took place: an event noun ("họp báo … tại Hà Nội"), an
 * event verb ("diễn ra ở", "khai mạc tại") or a time of day with a date
 * ("sáng 29/6 tại Hà Nội") before "tại"/"ở".
 */
const VENUE = /(?:^|[^\p{L}])(?:họp báo|hội nghị|hội thảo|diễn đàn|tọa đàm|lễ|sự kiện|triển lãm|cuộc họp|phiên họp|buổi làm việc|diễn ra|khai mạc|bế mạc|(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2})(?![\p{L}])[^,;:(]*\s(?:tại|ở)\s+(?:thủ đô\s+|thành phố\s+|tỉnh\s+|tp\.?\s*)?$/u;
/**
 * Words before a foreign economy that make it Việt Nam's partner: trade
 * "sang"/"từ"/"với" it, its market, its investors, its visitors.
 */
const PARTNER_BEFORE = /(?:^|[^\p{L}])(?:sang|từ|với|vào|tới|ra|đối tác|nhà đầu tư|doanh nghiệp|khách|du khách|hàng hóa|hàng|xuất xứ|nguồn gốc|bạn hàng)\s+(?:các\s+|thị trường\s+|nước\s+|khu vực\s+)?$|(?:^|[^\p{L}])thị trường\s+$|(?:^|[^\p{L}])theo(?:\s+[^\s,;:()]+){1,3}\s+$/u;
/** A sentence about markets ("thị trường xuất khẩu … gồm: Hoa Kỳ …"): the economies it names are Việt Nam's partners. */
const MARKET = /(?:^|[^\p{L}])(?:thị trường|bạn hàng|đối tác thương mại)(?![\p{L}])/u;
/** A single-word place name right after an honorific or a capitalised word is part of a person's or a place's name ("anh Đức", "Nguyễn Minh Đức"). */
const HONORIFIC = /(?:^|[^\p{L}])(?:anh|chị|ông|bà|em|cô|chú|bác|ngài|cụ)\s+$/u;

/** The rules, in order; the first that applies gives the use, else the place is a subject. */
export const PLACE_USE_RULES: readonly PlaceUseRule[] = [
  {
    name: 'place.yardstick',
    construction: 'the country or the world as a yardstick: "cao nhất cả nước", "bình quân chung của cả nước", "đứng thứ 3 thế giới"',
    use: 'yardstick',
    test: (key, _s, start, region, end) =>
      ((region === 'Việt Nam' || region === 'Thế giới') && YARDSTICK.test(key.slice(Math.max(0, start - 30), start)) && !OWNER.test(key.slice(Math.max(0, start - 5), end))) ||
      (region === 'Thế giới' && IN_THE_WORLD.test(key.slice(Math.max(0, start - 10), start))),
  },
  {
    name: 'place.road-name',
    construction: 'a place in the name of a road, bridge, port or station: "cao tốc Nội Bài - Lào Cai", "cảng Hải Phòng"',
    use: 'in_name',
    test: (key, _s, start) => IN_A_ROAD_NAME.test(key.slice(Math.max(0, start - 40), start)),
  },
  {
    name: 'place.organisation-name',
    construction: 'the country or the world inside a capitalised name: "Tập đoàn Điện lực Việt Nam", "Ngân hàng Thế giới"',
    use: 'in_name',
    test: (_k, sentence, start, region) => (region === 'Việt Nam' || region === 'Thế giới') && ORGANISATION.test(sentence.slice(Math.max(0, start - 40), start)),
  },
  {
    name: 'place.venue',
    construction: 'where an event took place: "họp báo … sáng 29/6 tại Hà Nội", "tại hội nghị ở Đà Nẵng"',
    use: 'venue',
    test: (key, _s, start) => VENUE.test(key.slice(Math.max(0, start - 60), start)),
  },
  {
    name: 'place.part-of-a-name',
    construction: 'a one-word name after an honorific or a capitalised word, or before one, belongs to a longer name: "anh Đức", "Nguyễn Minh Đức", "Mỹ Tho"',
    use: 'in_name',
    test: (key, sentence, start, _region, end) => partOfName(key, sentence, start, end),
  },
];

/**
 * Whether a one-word place name at `[start, end)` is part of a longer
 * proper name: after an honorific ("anh Đức"), after a capitalised word
 * that does not open the sentence ("Nguyễn Minh Đức"), or before a
 * capitalised word ("Mỹ Tho").
 */
function partOfName(key: string, sentence: string, start: number, end: number): boolean {
  if (/\s/u.test(sentence.slice(start, end).trim())) return false;
  if (HONORIFIC.test(key.slice(Math.max(0, start - 8), start))) return true;
  if (/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end, end + 4))) return true;
  const before = /(\S+)\s+$/u.exec(sentence.slice(0, start));
  if (!before || !/^\p{Lu}\p{Ll}*$/u.test(before[1]!)) return false;
  // the capitalised word is the sentence's first or follows a stop: an ordinary word
  const wordStart = start - before[0].length;
  return wordStart > 0 && !/[.!?:;(“"]\s*$/u.test(sentence.slice(0, wordStart));
}

/**
 * Whether a foreign economy named at `start` is Việt Nam's partner: traded
 * with ("xuất khẩu sang Hoa Kỳ", "nhập khẩu từ Trung Quốc"), its market
 * ("thị trường EU"), its investors or visitors ("nhà đầu tư Singapore",
 * "khách Hàn Quốc").
 */
const isPartner = (key: string, start: number, region: string): boolean =>
  PARTNER_BEFORE.test(key.slice(Math.max(0, start - 30), start)) && !(region === 'Thế giới' && /thị trường\s+$/u.test(key.slice(0, start)));

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
export function findPlaces(text: string, table: RegionTable, asOf: string | null): PlaceMention[] {
  const key = matchKey(text);
  // case kept, word-segmenter underscores read as spaces ("Phạm_Đức_Hải")
  const sentence = toneKey(text);
  const places = table.find(sentence, asOf);
  // read only where a place is named: most sentences name none
  const market = places.length > 0 && MARKET.test(key);
  const found = places.map((m): PlaceMention => {
    const region = table.regions.get(m.region);
    const scope = region?.kind ?? 'province';
    const rule = PLACE_USE_RULES.find((r) => r.test(key, sentence, m.start, m.region, m.end));
    const partner = !isDomestic(scope) && (isPartner(key, m.start, m.region) || (market && m.region !== 'Thế giới'));
    const use: PlaceUse = rule ? rule.use : partner ? 'partner' : 'subject';
    // "TP.HCM (cũ)", "Bình Dương cũ": the unit as it was before the 2025 merger
    const former = /^\s*(?:\(\s*cũ\s*\)|cũ(?![\p{L}]))/u.test(key.slice(m.end, m.end + 8));
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), region: m.region, scope, use, former };
  });
  const out: PlaceMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const next = found[i + 1];
    if (m.use === 'subject' && next && next.use === 'subject' && next.region !== m.region && /^\s*(?:-|–|—|và|,)\s*$/.test(key.slice(m.end, next.start))) {
      // a pair named together: the figure belongs to neither alone
      out.push({ ...m, end: next.end, text: text.slice(m.start, next.end), region: null, use: 'pair' });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}
