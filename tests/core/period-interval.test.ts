import { describe, expect, it } from 'vitest';
import { periodInterval, samePeriod } from '../../src/core/period-interval.ts';

describe('periodInterval', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-S1', '2024-01-01', '2024-06-30'],
    ['2023-S2', '2023-07-01', '2023-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-10-31', '2024-10-31', '2024-10-31'],
    ['2018/2023', '2018-01-01', '2023-12-31'],
    ['2024-01/2024-09', '2024-01-01', '2024-09-30'],
    ['2024-12-16/2024-12-31', '2024-12-16', '2024-12-31'],
  ])('%s covers %s to %s', (period, first, last) => {
    const days = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    expect(periodInterval(period)).toEqual({ first: days(first), last: days(last) });
  });

  it.each(['2024-Q5', '2024-S3', '2024-13', '2023-02-29', '2024-02-30', '2024-10-00', '2024/2020', 'năm 2024', ''])('%s is no period', (period) => {
    expect(periodInterval(period)).toBeNull();
  });
});

describe('samePeriod', () => {
  it.each([
    ['2024-01/2024-02', '2024-01-01/2024-02-29', true],
    ['2024-S1', '2024-01/2024-06', true],
    ['2024', '2024-01/2024-12', true],
    ['2024-Q3', '2024-07/2024-09', true],
    ['2024-Q3', '2024-09', false],
    ['2024-01/2024-09', '2024-01-01/2024-09-20', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(samePeriod(a, b)).toBe(same);
  });
});
