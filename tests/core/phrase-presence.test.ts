import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASES, phrasePresence } from '../../src/core/phrase-presence.ts';

/** Syllables and signs that phrases and texts share, so that random texts hold random phrases often. */
const PIECES = ['tháng', 'từ', 'tới', 'năm', 'nay', 'quý', ' ', 'ước', 'tính', '19', '20', 'đ', 't', 'h', '/', 'ư', 'ớ'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join(''));

describe('phrasePresence', () => {
  it('sets the bit of each phrase the text holds', () => {
    const presence = phrasePresence(['quý', 'tháng', 'năm', 'từ tháng']);
    expect(presence('6 tháng đầu năm 2024')).toBe(0b0110);
    expect(presence('từ tháng 3')).toBe(0b1010);
    expect(presence('giá tiêu dùng')).toBe(0);
  });

  it('finds a phrase at the last position of the text and one that overlaps another', () => {
    const presence = phrasePresence(['t', 'tt', 'ttt']);
    expect(presence('at')).toBe(0b001);
    expect(presence('attt')).toBe(0b111);
  });

  it('counts an empty phrase as held by every text, the empty one too', () => {
    expect(phrasePresence(['', 'a'])('')).toBe(0b01);
  });

  it('gives what includes gives, for any phrases in any text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: MAX_PHRASES }), text, (phrases, t) => {
        const mask = phrasePresence(phrases)(t);
        expect(phrases.map((_, i) => ((mask >>> i) & 1) === 1)).toEqual(phrases.map((p) => t.includes(p)));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses more phrases than a mask holds', () => {
    expect(() => phrasePresence(Array.from({ length: MAX_PHRASES + 1 }, (_, i) => `w${i}`))).toThrow(/at most 31/);
  });
});
