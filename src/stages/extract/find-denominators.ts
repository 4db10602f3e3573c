import { matchKey } from '../../core/match-key.ts';
import type { DenominatorMention } from '../../core/mentions.ts';
import type { UnitTable } from '../../taxonomy/unit-table.ts';

/** How many of a denominator's unit one figure is per: "1 km2", "1.000 dân", "10.000 người". */
const AMOUNT: Readonly<Record<string, number>> = { '1': 1, một: 1, '1.000': 1000, '1000': 1000, nghìn: 1000, 'một nghìn': 1000, ngàn: 1000, '10.000': 10000, vạn: 10000, '100.000': 100000 };
/** The units a figure may be per. */
const PER: Readonly<Record<string, string>> = {
  km2: 'km2', 'km²': 'km2', ha: 'ha', 'héc-ta': 'ha', người: 'person', dân: 'person', 'lao động': 'person', hộ: 'household',
  tháng: 'month', năm: 'year', ngày: 'day', quý: 'quarter',
};
/**
 * "tính trên 1 km2", "/1.000 dân", "bình quân 1 tháng", "mỗi tháng": what the
 * next figure is per. Written before the figure, so the unit of the figure
 * does not carry it.
 */
const DENOMINATOR = new RegExp(
  `(?:(?:tính|bình quân|trung bình)\\s+)?(?:(?:trên|cho|mỗi|/)\\s*(1|một|1\\.000|1000|nghìn|một nghìn|ngàn|10\\.000|vạn|100\\.000)?\\s*|(?:1|một)\\s+)(km2|km²|ha|héc-ta|người|dân|lao động|hộ|tháng|năm|ngày|quý)(?![\\p{L}\\d])`,
  'gu',
);
/** Counted nouns before "/1.000 dân": "số doanh nghiệp/1.000 dân đạt 7,5". */
const NUMERATOR = /([\p{L}]+(?:\s+[\p{L}]+)?)\s*$/u;

/**
 * The denominators a sentence states before its figures: per area ("Mật độ
 * kinh tế tính trên 1 km2 đạt 90 tỷ đồng"), per population ("số doanh
 * nghiệp/1.000 dân đạt 7,5"), per period ("thu nhập bình quân 1 tháng …",
 * "mỗi tháng xuất siêu 536 triệu USD"). A time word after "mỗi"/"1" is a
 * denominator only where a period word would not be the time itself.
 *
 * @example
 * findDenominators('Mật độ kinh tế tính trên 1 km2 đạt 90 tỷ đồng', units).map((d) => d.per) // → ['km2']
 */
export function findDenominators(sentence: string, units: UnitTable): DenominatorMention[] {
  const key = matchKey(sentence);
  const out: DenominatorMention[] = [];
  DENOMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DENOMINATOR.exec(key)) !== null) {
    const text = m[0];
    const noun = m[2]!;
    const per = PER[noun]!;
    const period = per === 'month' || per === 'year' || per === 'day' || per === 'quarter';
    const slash = /^\s*\//u.test(text) || /\/\s*$/u.test(key.slice(Math.max(0, m.index - 1), m.index + 1));
    const amount = m[1] ? AMOUNT[m[1]]! : 1;
    // a period is per only after "mỗi" or "bình quân 1": "bình quân 1 tháng", "mỗi tháng" ("sau 1 tháng" is a duration);
    // an area or a population after "trên", "cho", "mỗi" or "/": "trên 1 km2", "/1.000 dân"
    if (period ? !/mỗi|^(?:bình quân|trung bình)/u.test(text) : !/(?:trên|cho|mỗi|\/)/u.test(text)) continue;
    // "/ha" with no amount is part of a unit ("57,6 tạ/ha"), read with its number
    if (!period && !m[1]) continue;
    const numerator = slash ? numeratorOf(key.slice(0, m.index + text.indexOf('/')), units) : null;
    out.push({ start: m.index, end: m.index + text.length, text: sentence.slice(m.index, m.index + text.length), per: amount === 1 ? per : `${amount} ${per}`, numerator });
  }
  return out;
}

/** The unit of the counted noun right before a "/": "doanh nghiệp" → enterprise. */
function numeratorOf(before: string, units: UnitTable): string | null {
  const words = NUMERATOR.exec(before)?.[1];
  if (!words) return null;
  for (const candidate of [words, words.split(/\s+/).at(-1)!]) {
    const entry = units.units.find((u) => u.phrase === candidate);
    if (entry) return entry.unit;
  }
  return null;
}
