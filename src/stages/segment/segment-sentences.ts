import type { Sentence } from '../../core/records.ts';

/**
 * Words that end with a period without ending a sentence ("TP. Hồ Chí Minh",
 * "ThS. Nguyễn", "Q. 1"). Compared case-sensitively on the word before the dot.
 */
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'tp', 'TT', 'Tt', 'TX', 'Tx', 'ThS', 'Ths', 'TS', 'PGS', 'GS', 'BS', 'KS', 'CN', 'NCS', 'Q', 'P', 'H', 'X',
  'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'Inc', 'Co', 'Ltd', 'Corp', 'vs', 'tr', 'Tr', 'No', 'Nxb', 'NXB', 'Ths',
]);

/** Characters a new sentence may start with, after the space. */
const SENTENCE_START = /[\p{Lu}\p{N}"“‘'(\[«–—-]/u;

/**
 * Splits a document's text into sentences, keeping their exact spans.
 * Paragraphs (lines) never share a sentence. A sentence ends at `.`, `!`,
 * `?`, `…` or `./.` followed by a space and a capital letter, digit or
 * quote, except after abbreviations ("TP.", "ThS.") and initials; numbers
 * such as "315.839" or "42,8" never split because no space follows the dot.
 *
 * @example
 * segmentSentences('GRDP tăng 7,5%. TP. Hồ Chí Minh đạt 315.839 tỷ đồng./.')
 *   .map((s) => s.text)
 * // → ['GRDP tăng 7,5%.', 'TP. Hồ Chí Minh đạt 315.839 tỷ đồng./.']
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      for (const [s, e] of splitLine(text, lineStart, lineEnd)) {
        sentences.push({ index: sentences.length, paragraph, span: { start: s, end: e }, text: text.slice(s, e) });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = skipSpace(text, start, end);
  let i = s;
  while (i < end) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      // absorb runs of terminators and closing quotes/brackets: "…", "./.", '."'
      while (j < end && /[.!?…/"”’')\]»]/.test(text[j]!)) j++;
      // "cả nước.Cụ thể": a sentence glued to the next one (a lower-case word, a dot, a capitalised word)
      if (ch === '.' && j === i + 1 && j < end && /\p{Ll}/u.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[j]!) && /\p{Ll}/u.test(text[j + 1] ?? '')) {
        out.push([s, i + 1]);
        s = j;
        i = j;
        continue;
      }
      if (j < end && text[j] === ' ') {
        const next = skipSpace(text, j, end);
        if (next < end && SENTENCE_START.test(text[next]!) && !isAbbreviation(text, s, i, ch)) {
          out.push([s, trimEnd(text, s, j)]);
          s = next;
          i = next;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  const last = trimEnd(text, s, end);
  if (last > s) out.push([s, last]);
  return out;
}

/** True when the dot at `dot` closes an abbreviation or an initial, not a sentence. */
function isAbbreviation(text: string, lineStart: number, dot: number, ch: string): boolean {
  if (ch !== '.') return false;
  let k = dot;
  while (k > lineStart && /[\p{L}]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // a single capital letter: an initial ("Nguyễn V. A", "Ảnh: N.H")
  return word.length === 1 && /\p{Lu}/u.test(word);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && text[i] === ' ') i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === ' ') end--;
  return end;
}
