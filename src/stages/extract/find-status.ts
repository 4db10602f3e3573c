import { matchKey } from '../../core/match-key.ts';
import type { StatusMention } from '../../core/mentions.ts';
import type { Status } from '../../core/records.ts';
import { phrasePresence } from '../../core/phrase-presence.ts';

/**
 * Status words, longest first. "thực tế", "thực hiện được" and "chính
 * thức" mark a reported figure again after a target or an estimate.
 */
const STATUS_WORDS: ReadonlyArray<readonly [string, Status | null]> = [
  ['ước tính', 'estimate'],
  ['ước đạt', 'estimate'],
  ['ước thực hiện', 'estimate'],
  ['ước thu', 'estimate'],
  ['ước', 'estimate'],
  ['sơ bộ', 'preliminary'],
  ['mục tiêu', 'target'],
  ['kế hoạch', 'target'],
  ['chỉ tiêu', 'target'],
  ['dự toán', 'target'],
  ['phấn đấu', 'target'],
  ['phải đạt', 'target'],
  ['được giao', 'target'],
  ['giao thu', 'target'],
  ['đặt ra', 'target'],
  ['dự kiến', 'forecast'],
  ['dự báo', 'forecast'],
  ['kỳ vọng', 'forecast'],
  ['thực tế', null],
  ['thực hiện được', null],
  ['chính thức', null],
];

/** Which status words a key holds, read once: most sentences hold none, and one scan per word read each of them 21 times. */
const statusWordsIn = phrasePresence(STATUS_WORDS.map(([w]) => w));

/** Nouns that name a planned amount: they qualify the figure right after them. */
const TARGET_NOUNS = new Set(['mục tiêu', 'kế hoạch', 'chỉ tiêu', 'dự toán']);

/** "ước" in other words: "ước mơ" (dream), "hiệp ước" (treaty), "ước chừng" (about). */
const NOT_STATUS_AFTER = /^\s*(?:mơ|muốn|nguyện|vọng|lượng|chừng|tính sơ bộ)(?![\p{L}])/u;
const NOT_STATUS_BEFORE = /(?:hiệp|công|quy|điều|mong|giao|khế|cam|lời|thề)\s*$/u;
/** "102% kế hoạch", "so với dự toán", "vượt kế hoạch": the base of a comparison, not a status. */
const COMPARISON_BEFORE = /(?:\d\s*%|so với|vượt|hoàn thành|bằng|của|theo|với)\s*$/u;
/** "số liệu (thống kê) sơ bộ", "theo số liệu ước tính": the status of the data a release reports, so of all its figures. */
const DATA_OF = /(?:số liệu|dữ liệu)(?:\s+thống kê)?\s+$/u;
/** Words between a target noun and its figure: "kế hoạch đề ra là 6,5%", "mục tiêu năm 2023 là 8%". */
const TO_FIGURE = /^\s*(?:(?:đề ra|đặt ra|giao|năm \d{4}|của năm \d{4}|cả năm|năm|là|đạt|ở mức|:)\s*){0,3}(?:từ\s+|trên\s+|dưới\s+|khoảng\s+|hơn\s+)?[\d(]/u;

/**
 * Finds the status words of a sentence ("ước tính", "sơ bộ", "mục tiêu",
 * "dự kiến" …). A word that names the base of a comparison ("đạt 102% kế
 * hoạch") or belongs to a proper name ("Bộ Kế hoạch và Đầu tư") is left
 * out; a target noun right before a figure is local to that figure.
 *
 * @example
 * findStatus('Ước tính năm 2023 GRDP đạt 315.839 tỷ đồng').map((s) => [s.status, s.scope]) // → [['estimate', 'wide']]
 * findStatus('thu ngân sách đạt 102% dự toán').length // → 0
 */
export function findStatus(sentence: string): StatusMention[] {
  const key = matchKey(sentence);
  const out: StatusMention[] = [];
  const present = statusWordsIn(key);
  for (let w = 0; w < STATUS_WORDS.length; w++) {
    if ((present & (1 << w)) === 0) continue;
    const [word, status] = STATUS_WORDS[w]!;
    let from = 0;
    for (;;) {
      const i = key.indexOf(word, from);
      if (i === -1) break;
      from = i + word.length;
      const end = i + word.length;
      if ((i > 0 && /[\p{L}]/u.test(key[i - 1]!)) || /[\p{L}]/u.test(key[end] ?? '')) continue;
      if (out.some((o) => i < o.end && o.start < end)) continue;
      // "Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch": a name, capitalised mid-sentence
      if (i > 0 && /\p{Lu}/u.test(sentence[i]!) && /\p{L}/u.test(sentence.slice(0, i).trimEnd().at(-1) ?? '')) continue;
      // "03/12 mục tiêu": a counted noun, not the status of what follows
      if (status === 'target' && /(?<![\d.,])(?!(?:19|20)\d\d\s*$)\d{1,3}\s*$/.test(key.slice(Math.max(0, i - 8), i))) continue;
      if (word === 'ước' && (NOT_STATUS_AFTER.test(key.slice(end)) || NOT_STATUS_BEFORE.test(key.slice(0, i)))) continue;
      // "được giao dịch", "giao thu hồi": "giao" of another word
      if ((word === 'được giao' || word === 'giao thu') && /^\s*(?:dịch|hồi|nhận|thông|lưu)(?![\p{L}])/u.test(key.slice(end))) continue;
      const local = TARGET_NOUNS.has(word) && TO_FIGURE.test(key.slice(end));
      if (status === 'target' && !local && COMPARISON_BEFORE.test(key.slice(Math.max(0, i - 20), i))) continue;
      const release = !local && DATA_OF.test(key.slice(Math.max(0, i - 30), i));
      out.push({ status, start: i, end, word, scope: local ? 'local' : release ? 'release' : 'wide' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
