import { describe, expect, it } from 'vitest';
import { exactScaledValue, parseDigitNumber, scaledValue } from '../../../src/stages/extract/parse-digit-number.ts';
import { detectNumberConvention } from '../../../src/stages/extract/detect-number-convention.ts';

const value = (raw: string, c: 'vi' | 'en' | 'mixed') => {
  const n = parseDigitNumber(raw, c);
  return n === null ? null : scaledValue(n, 0);
};

describe('parseDigitNumber', () => {
  it.each([
    ['315.839', 'vi', 315839],
    ['42,8', 'vi', 42.8],
    ['3.271,09', 'vi', 3271.09],
    ['1.200.000', 'vi', 1200000],
    ['1,236.10', 'vi', 1236.1],
    ['585,000,000', 'vi', 585000000],
    ['37.36', 'vi', 37.36],
    ['0,7024', 'vi', 0.7024],
    ['5,245', 'vi', 5.245],
    ['5,245', 'en', 5245],
    ['1.234', 'en', 1.234],
    ['2,189', 'mixed', 2189],
    ['02', 'vi', 2],
  ] as const)('%s (%s) = %d', (raw, convention, expected) => {
    expect(value(raw, convention)).toBe(expected);
  });

  it('records how an ambiguous separator was read', () => {
    expect(parseDigitNumber('5,245', 'vi')?.reading).toMatch(/decimal/);
    expect(parseDigitNumber('42,8', 'vi')?.reading).toBeNull();
  });

  it('refuses uneven groups', () => {
    expect(parseDigitNumber('1.23.4', 'vi')).toBeNull();
    expect(parseDigitNumber('1.234,5.6', 'vi')).toBeNull();
  });

  it('keeps scaled values exact', () => {
    expect(scaledValue({ int: '5', frac: '245' }, 9)).toBe(5245000000);
    expect(scaledValue({ int: '1', frac: '3' }, 15)).toBe(1.3e15);
  });
});

describe('detectNumberConvention', () => {
  it.each([
    ['đạt 315.839 tỷ đồng, tăng 7,5%', 'vi'],
    ['đạt 123.7 nghìn tỷ, tăng 37.36%, lãi suất 4.95%', 'en'],
    ['702,04 điểm (+0.02%), 85,29 điểm (+0.08%)', 'mixed'],
    ['không có số nào', 'vi'],
  ] as const)('%s → %s', (text, convention) => {
    expect(detectNumberConvention(text).convention).toBe(convention);
  });
});

describe('exactScaledValue', () => {
  it('gives the exact decimal text of a value with more than 15 significant digits, and null for one a double holds', () => {
    expect(exactScaledValue({ int: '1234567890123456789', frac: '' }, 0, 1)).toBe('1234567890123456789');
    expect(exactScaledValue({ int: '12345678', frac: '90123456' }, 9, -1)).toBe('-12345678901234560');
    expect(exactScaledValue({ int: '315', frac: '839' }, 12, 1)).toBeNull();
    expect(exactScaledValue({ int: '100000000000000000000', frac: '' }, 0, 1)).toBeNull();
  });
});
