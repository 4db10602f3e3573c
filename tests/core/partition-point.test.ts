import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/core/partition-point.ts';

describe('partitionPoint', () => {
  it('gives the length of the leading run that passes, at the ends too', () => {
    const starts = [2, 5, 5, 9];
    expect(partitionPoint(starts.length, (i) => starts[i]! < 5)).toBe(1);
    expect(partitionPoint(starts.length, (i) => starts[i]! <= 5)).toBe(3);
    expect(partitionPoint(starts.length, (i) => starts[i]! < 0)).toBe(0);
    expect(partitionPoint(starts.length, (i) => starts[i]! < 100)).toBe(4);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
