import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../src/stages/normalise/find-periods.ts';

const periods = (s: string, year: number | null = null, published: string | null = null) =>
  findPeriods(s, { year, published }).map((p) => [p.period, p.base]);

describe('findPeriods', () => {
  it.each([
    ['năm 2023', [['2023', false]]],
    ['quý I năm 2024', [['2024-Q1', false]]],
    ['quý I/2024', [['2024-Q1', false]]],
    ['quý 3/2024', [['2024-Q3', false]]],
    ['quý I / 2018', [['2018-Q1', false]]],
    ['tháng 10/2024', [['2024-10', false]]],
    ['tháng 10 năm 2024', [['2024-10', false]]],
    ['6 tháng đầu năm 2024', [['2024-S1', false]]],
    ['9 tháng năm 2024', [['2024-01/2024-09', false]]],
    ['11 tháng năm 2024', [['2024-01/2024-11', false]]],
    ['nửa đầu năm 2019', [['2019-S1', false]]],
    ['giai đoạn 2018 – 2023', [['2018/2023', false]]],
    ['(2017 - 2023)', [['2017/2023', false]]],
    ['hết năm 2023', [['2023', false]]],
    ['tính đến ngày 30/11/2022', [['2022-01-01/2022-11-30', false]]],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it('resolves year-less and relative expressions from the context', () => {
    expect(periods('quý II', 2024)).toEqual([['2024-Q2', false]]);
    expect(periods('tháng Chín', 2024)).toEqual([['2024-09', false]]);
    expect(periods('năm nay', null, '2024-10-06')).toEqual([['2024', false]]);
    expect(periods('so với tháng trước', null, '2024-10-06')).toEqual([['2024-09', true]]);
  });

  it('marks comparison bases', () => {
    expect(periods('tăng 5,2% so với cùng kỳ năm trước')).toEqual([[null, true]]);
    expect(periods('tăng 10,6% so với quý II/2024')).toEqual([['2024-Q2', true]]);
  });

  it('gives each figure of a list its own period', () => {
    expect(periods('từ 42,8% năm 2018, đạt 46,6% năm 2023, quý I năm 2024 đạt 48,3%')).toEqual([
      ['2018', false],
      ['2023', false],
      ['2024-Q1', false],
    ]);
  });

  it('does not take a duration for a period', () => {
    expect(periods('dừng thi công khoảng 19 tháng')).toEqual([]);
  });
});
