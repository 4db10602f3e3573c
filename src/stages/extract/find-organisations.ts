import { toneKey } from '../../core/match-key.ts';
import type { OrganisationMention } from '../../core/mentions.ts';

/** Words that open the name of a business ("Công ty Cổ phần Xi măng Hạ Long", "Tổng công ty Lâm nghiệp Việt Nam"). */
const HEAD = /(?<![\p{L}])(?:Tổng [Cc]ông ty|Công ty|Tập đoàn|Ngân hàng|Nhà máy|CTCP|Cty|Tổ hợp)(?![\p{L}])/gu;
/** A capitalised word: a name goes on while such words follow. */
const CAPITALISED = /^\p{Lu}/u;
/**
 * Words no business name holds, which end it: a place's preposition, a
 * possessive, a verb ("Tổng công ty Lâm nghiệp Việt Nam tại Gia Lai").
 * "và" stays in, as in "Ngân hàng Đầu tư và Phát triển Việt Nam".
 */
const ENDS_A_NAME = /^(?:tại|ở|của|thuộc|đạt|là|đã|có|được|trong)$/u;
/** How many words after the head a name may run before its last capitalised word. */
const NAME_WORDS = 9;
/** "ACB (24.8 nghìn tỷ đồng", "VNM (+0,07%)": a ticker, a figure in brackets after it. */
const TICKER = /(?<![\p{L}\d])([A-Z]{3,4})(?=\s*\(\s*[+\-−]?\s*\d)/gu;
/**
 * Capitalised abbreviations that are no business and that no taxonomy table
 * carries: currencies, public bodies, agreements, economists' ratios. Those
 * the taxonomy knows (GDP, CPI, FDI, PCI, TPHCM, ASEAN …) are dropped in
 * `mentionsOf`, where a ticker that is also a concept or a place yields.
 */
const NOT_TICKERS = new Set(['USD', 'VND', 'EUR', 'ODA', 'PMI', 'ICOR', 'HDI', 'UBND', 'HĐND', 'WTO', 'IMF', 'ADB', 'OECD', 'APEC', 'CPTPP', 'EVFTA', 'RCEP']);
/** A head used of no business in particular: "Ngân hàng Nhà nước" is the central bank, "Ngân hàng Thế giới" the World Bank. */
const PUBLIC_BODY = /^(?:Ngân hàng (?:Nhà nước|Thế giới|Phát triển Châu Á|Trung ương))/u;

/**
 * The businesses a sentence names: a head ("Công ty", "Tổng công ty",
 * "Tập đoàn", "Ngân hàng", "Nhà máy") and the capitalised words of its
 * name, and stock tickers with a figure in brackets ("VNM (+0,07%)"). A
 * figure a business states is its own, not a region's.
 *
 * @example
 * findOrganisations('Tại Vinataba, Công ty Thực phẩm Miền Bắc lỗ 1.066 tỷ đồng.').map((o) => o.text)
 * // → ['Công ty Thực phẩm Miền Bắc']
 */
export function findOrganisations(text: string): OrganisationMention[] {
  const cased = toneKey(text);
  const out: OrganisationMention[] = [];
  HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEAD.exec(cased)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    // the name runs to the last capitalised word among the next few, within the clause
    const rest = cased.slice(end);
    const words = /^(?:\s+[^\s,;:()“”]+)+/u.exec(rest)?.[0] ?? '';
    let offset = 0;
    let named = false;
    for (const [i, w] of words.split(/(?=\s+)/u).entries()) {
      if (i >= NAME_WORDS || ENDS_A_NAME.test(w.trim())) break;
      offset += w.length;
      // "Tổng công ty 15": a number right after the head is the name
      if (CAPITALISED.test(w.trim()) || (i === 0 && /^\d+$/u.test(w.trim()))) {
        end = start + m[0].length + offset;
        named = true;
      }
    }
    if (!named || PUBLIC_BODY.test(cased.slice(start))) continue;
    out.push({ start, end, text: text.slice(start, end), kind: 'business' });
    HEAD.lastIndex = end;
  }
  TICKER.lastIndex = 0;
  while ((m = TICKER.exec(cased)) !== null) {
    if (NOT_TICKERS.has(m[1]!) || out.some((o) => m!.index >= o.start && m!.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + m[1]!.length, text: m[1]!, kind: 'ticker' });
  }
  return out.sort((a, b) => a.start - b.start);
}
