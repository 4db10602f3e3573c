import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLongSentence } from '../../../src/stages/segment/split-long-sentence.ts';

const piecesOf = (text: string, max: number): string[] => splitLongSentence(text, { start: 0, end: text.length }, max).map((s) => text.slice(s.start, s.end));

describe('splitLongSentence', () => {
  it.each([
    ['a sentence within the limit is its own piece', 'GRDP tăng 7,5%', 20, ['GRDP tăng 7,5%']],
    ['a semicolon before a later comma', 'GRDP tăng 7,5%; CPI tăng 3,2%, ổn định', 30, ['GRDP tăng 7,5%;', 'CPI tăng 3,2%, ổn định']],
    ['a comma when there is no semicolon', 'xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4 tỷ USD', 30, ['xuất khẩu đạt 5 tỷ USD,', 'nhập khẩu đạt 4 tỷ USD']],
    ['never the comma inside a number', 'tăng 7,5 điểm và 12,75 điểm', 16, ['tăng 7,5 điểm và', '12,75 điểm']],
    ['whitespace when there is no punctuation', 'một hai ba bốn năm sáu bảy tám', 12, ['một hai ba', 'bốn năm sáu', 'bảy tám']],
    ['a hard cut when there is nothing else', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ])('%s', (_name, text, max, expected) => {
    expect(piecesOf(text, max)).toEqual(expected);
  });

  it('prefers a boundary in the back half of the window, so no piece is needlessly short', () => {
    // the semicolon at 2 is in the front half of the 20-character window; the space at 15 is in the back half
    expect(piecesOf('ab; cdefghijklm nopqrstu vwxyz', 20)).toEqual(['ab; cdefghijklm', 'nopqrstu vwxyz']);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = '𝟙𝟚𝟛𝟜𝟝';
    const pieces = piecesOf(text, 3);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('gives pieces of at most the limit, in order, inside the span, their text all the text but whitespace', () => {
    const chars = fc.constantFrom('a', 'ă', '1', ',', ';', ' ', ' ', '\t', '.', '%', '𝟙', '\uD800', '\uDC00');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 300 }).map((c) => c.join('')), fc.integer({ min: 2, max: 60 }), fc.nat(5), (body, max, pad) => {
        const text = `${'x'.repeat(pad)}${body}${'y'.repeat(pad)}`;
        const span = { start: pad, end: pad + body.length };
        const pieces = splitLongSentence(text, span, max);
        if (body.length <= max) {
          expect(pieces).toEqual([span]);
          return;
        }
        let at = span.start;
        for (const p of pieces) {
          expect(p.start).toBeGreaterThanOrEqual(at);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(span.end);
          expect(p.end - p.start).toBeLessThanOrEqual(max);
          expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
          at = p.end;
        }
        const kept = pieces.map((p) => text.slice(p.start, p.end)).join('');
        expect(kept.replace(/\s/g, '')).toBe(body.replace(/\s/g, ''));
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});
