import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFew } from '../../src/core/sort-few.ts';

/** A mention-like record: where it starts and ends, and its place in the list before sorting (to see stability). */
const span = fc.record({ start: fc.integer({ min: 0, max: 12 }), end: fc.integer({ min: 0, max: 12 }), rank: fc.integer({ min: 0, max: 3 }) });

describe('sortFew', () => {
  it('sorts in place, keeping the order of equal items, and returns the list', () => {
    const items = [
      { start: 5, id: 'a' },
      { start: 1, id: 'b' },
      { start: 5, id: 'c' },
      { start: 0, id: 'd' },
    ];
    const sorted = sortFew(items, (x, y) => x.start - y.start);
    expect(sorted).toBe(items);
    expect(items.map((x) => x.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('puts any list in the order the engine sort gives, short lists and long ones alike', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (items) => {
        const tagged = items.map((x, i) => ({ ...x, i }));
        // longest first, then by rank and start: a comparator with ties, as the mention lists have
        const compare = (a: (typeof tagged)[number], b: (typeof tagged)[number]): number => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start;
        expect(sortFew([...tagged], compare).map((x) => x.i)).toEqual([...tagged].sort(compare).map((x) => x.i));
      }),
      { numRuns: 3000 },
    );
  });
});
