import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetterCode, isSpaceCode, isWordCode, keyWords } from '../../src/core/key-words.ts';

/** Characters of Vietnamese reports and of what is pasted into them: letters with marks, digits, signs, spaces of every kind, astral letters and emoji. */
const CHARS = ['a', 'Z', 'đ', 'Ư', 'ệ', 'ỹ', '5', '٣', '²', ' ', '\u00a0', '\t', '\n', '\u3000', ',', '.', '%', '/', '-', '(', '😀', '𝐀', '\ud800'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((cs) => cs.join(''));

describe('keyWords', () => {
  it('finds the runs of letters and digits, with their ends', () => {
    const w = keyWords('Tăng 5,2% (cùng kỳ)');
    expect([...w.starts]).toEqual([0, 5, 7, 11, 16]);
    expect([...w.ends]).toEqual([4, 6, 8, 15, 18]);
  });

  it('gives what the regex [\\p{L}\\p{N}]+ gives, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const w = keyWords(t);
        const runs = [...t.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
        expect([...w.starts].map((s, i) => [s, w.ends[i]])).toEqual(runs);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a character as a Unicode regex does', () => {
    for (const c of CHARS) {
      if (c.length === 1) expect([c, isWordCode(c, 0), isLetterCode(c, 0)]).toEqual([c, /[\p{L}\p{N}]/u.test(c), /\p{L}/u.test(c)]);
      expect([c, isSpaceCode(c.charCodeAt(0))]).toEqual([c, /^\s$/u.test(c)]);
    }
    expect(isWordCode('𝐀', 0) && isWordCode('𝐀', 1) && isLetterCode('𝐀', 1)).toBe(true);
    expect(isWordCode('😀', 0) || isWordCode('😀', 1)).toBe(false);
  });
});
