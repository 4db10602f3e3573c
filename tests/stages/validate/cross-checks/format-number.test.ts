import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../src/stages/validate/cross-checks/format-number.ts';

describe('formatNumber', () => {
  it.each([
    [24002.5, '24.003'],
    [76.4706, '76,47'],
    [-20, '-20'],
    [0.255, '0,26'],
    [125890, '125.890'],
  ])('writes %d as a Vietnamese text does: %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});
