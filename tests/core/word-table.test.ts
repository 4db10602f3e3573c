import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/core/word-table.ts';

const word = fc.array(fc.constantFrom('a', 'ă', 'đ', 'ệ', 'n', 'g', '1', ' ', '😀'), { maxLength: 6 }).map((cs) => cs.join(''));

describe('WordTable', () => {
  it('finds a word where it stands in a text, and nothing where another stands', () => {
    const t = new WordTable([['giảm', 'down'], ['tăng', 'up']]);
    expect(t.get('xuất khẩu tăng 5%', 10, 14)).toBe('up');
    expect(t.get('xuất khẩu tăng 5%', 0, 4)).toBeUndefined();
    expect(t.get('tăng', 0, 3)).toBeUndefined();
  });

  it('keeps the value set last for a word set twice, and counts it once', () => {
    const t = new WordTable([['và', 1], ['và', 2]]);
    expect([t.get('và', 0, 2), t.size]).toEqual([2, 1]);
  });

  it('gives what a Map gives for the word cut out, for any words and any span', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.integer()), { maxLength: 40 }), word, word, (entries, before, probe) => {
        const table = new WordTable(entries);
        const map = new Map(entries);
        const text = `${before}${probe}`;
        expect(table.get(text, before.length, text.length)).toBe(map.get(probe));
        for (const [w] of entries) expect(table.get(`${before}${w}`, before.length, before.length + w.length)).toBe(map.get(w));
      }),
      { numRuns: 2000 },
    );
  });
});
