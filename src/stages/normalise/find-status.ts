import type { Status } from '../../pipeline/records.ts';
import { matchKey } from '../extract/match-key.ts';

/** A status word in a sentence. */
export interface StatusMention {
  readonly status: Status | null;
  readonly start: number;
  readonly end: number;
}

/**
 * Status words, longest first. "thực hiện"/"thực tế" mark a reported figure
 * again after a target ("kế hoạch 10%, thực tế đạt 12%").
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
  ['được giao', 'target'],
  ['đặt ra', 'target'],
  ['dự kiến', 'forecast'],
  ['dự báo', 'forecast'],
  ['kỳ vọng', 'forecast'],
  ['thực tế', null],
  ['thực hiện được', null],
  ['chính thức', null],
];

/** "ước" in other words: "ước mơ" (dream), "hiệp ước" (treaty), "ước chừng" (about). */
const NOT_STATUS_AFTER = /^\s*(?:mơ|muốn|nguyện|vọng|lượng|chừng|tính sơ bộ)(?![\p{L}])/u;
const NOT_STATUS_BEFORE = /(?:hiệp|công|quy|điều|mong|giao|khế|cam|lời|thề)\s*$/u;

/**
 * Finds the status words of a sentence ("ước tính", "sơ bộ", "mục tiêu",
 * "dự kiến" …). A word that names the base of a comparison ("đạt 102% kế
 * hoạch", "so với dự toán") is not a status and is left out.
 *
 * @example
 * findStatus('Ước tính năm 2023 GRDP đạt 315.839 tỷ đồng').map((s) => s.status) // → ['estimate']
 * findStatus('thu ngân sách đạt 102% dự toán').length // → 0
 */
export function findStatus(sentence: string): StatusMention[] {
  const key = matchKey(sentence);
  const out: StatusMention[] = [];
  for (const [word, status] of STATUS_WORDS) {
    let from = 0;
    for (;;) {
      const i = key.indexOf(word, from);
      if (i === -1) break;
      from = i + word.length;
      const end = i + word.length;
      if ((i > 0 && /[\p{L}]/u.test(key[i - 1]!)) || /[\p{L}]/u.test(key[end] ?? '')) continue;
      if (out.some((o) => i < o.end && o.start < end)) continue;
      // "03/12 mục tiêu": a counted noun, not the status of what follows
      if (status === 'target' && /(?<![\d.,])(?!(?:19|20)\d\d\s*$)\d{1,3}\s*$/.test(key.slice(Math.max(0, i - 8), i))) continue;
      if (word === 'ước' && (NOT_STATUS_AFTER.test(key.slice(end)) || NOT_STATUS_BEFORE.test(key.slice(0, i)))) continue;
      // "102% kế hoạch", "so với dự toán", "vượt kế hoạch": a comparison base
      const before = key.slice(Math.max(0, i - 20), i);
      if (status === 'target' && /(?:\d\s*%|so với|vượt|hoàn thành|bằng|của|theo|với)\s*$/u.test(before)) continue;
      out.push({ status, start: i, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
