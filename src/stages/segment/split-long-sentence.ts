import type { Span } from '../../core/records.ts';

/**
 * Boundaries to cut a long sentence at, best first: a semicolon closes a
 * clause; a comma followed by no digit closes a phrase (the comma of
 * "7,5" or "1,234" is part of a number); whitespace ends a word.
 */
const BOUNDARIES: ReadonlyArray<(text: string, i: number) => number | null> = [
  (text, i) => (text[i] === ';' ? i + 1 : null),
  (text, i) => (text[i] === ',' && !/\d/.test(text[i + 1] ?? '') ? i + 1 : null),
  (text, i) => (/\s/.test(text[i]!) ? i : null),
];

/**
 * The pieces of a sentence longer than `maxChars`, as spans of `text`, each
 * at most `maxChars` long and trimmed of whitespace. Each piece ends at the
 * best boundary before the limit: the last semicolon, else the last comma
 * that is not inside a number, else the last whitespace, looked for in the
 * back half of the window first so no piece is needlessly short; only a
 * window with none of them is cut hard (never inside a surrogate pair). A
 * span no longer than the limit is its own single piece.
 *
 * @example
 * splitLongSentence('GRDP tăng 7,5%; CPI tăng 3,2%', { start: 0, end: 29 }, 20)
 *   .map((s) => 'GRDP tăng 7,5%; CPI tăng 3,2%'.slice(s.start, s.end))
 * // → ['GRDP tăng 7,5%;', 'CPI tăng 3,2%']
 */
export function splitLongSentence(text: string, span: Span, maxChars: number): Span[] {
  if (span.end - span.start <= maxChars) return [span];
  const pieces: Span[] = [];
  let pos = skipSpace(text, span.start, span.end);
  while (span.end - pos > maxChars) {
    const cut = cutBefore(text, pos, pos + maxChars);
    const end = trimSpace(text, pos, cut);
    if (end > pos) pieces.push({ start: pos, end });
    pos = skipSpace(text, cut, span.end);
  }
  const end = trimSpace(text, pos, span.end);
  if (end > pos) pieces.push({ start: pos, end });
  return pieces;
}

/** Where to end the piece that starts at `start` and may reach `limit`: always after `start`. */
function cutBefore(text: string, start: number, limit: number): number {
  const half = start + Math.floor((limit - start) / 2);
  let latest: number | null = null;
  for (const boundary of BOUNDARIES) {
    const cut = lastBoundary(text, start, limit, boundary);
    if (cut === null) continue;
    if (cut >= half) return cut;
    latest = Math.max(latest ?? cut, cut);
  }
  if (latest !== null) return latest;
  // no boundary at all: a hard cut, moved off the middle of a surrogate pair
  return isLowSurrogate(text.charCodeAt(limit)) && isHighSurrogate(text.charCodeAt(limit - 1)) && limit - 1 > start ? limit - 1 : limit;
}

/** The last cut `boundary` allows that leaves a non-empty piece of at most `limit - start` characters (a space right at `limit` ends a full piece). */
function lastBoundary(text: string, start: number, limit: number, boundary: (text: string, i: number) => number | null): number | null {
  for (let i = Math.min(limit, text.length - 1); i >= start; i--) {
    const cut = boundary(text, i);
    if (cut !== null && cut > start && cut <= limit) return cut;
  }
  return null;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimSpace(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
