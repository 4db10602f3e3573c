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

  it('joins a quarter or month with the year stated a few words later', () => {
    expect(periods('trong quý 3 của tỉnh này năm 2024 ước tính đạt')).toEqual([['2024-Q3', false]]);
  });

  it('reads "cộng dồn đến cuối tháng 9" as the year so far and "từ đầu năm" against the publication date', () => {
    expect(periods('sản xuất cộng dồn đến cuối tháng 9 năm 2024')).toEqual([['2024-01/2024-09', false]]);
    expect(periods('Lũy kế từ đầu năm đến nay', null, '2025-07-31')).toEqual([['2025-S1', false]]);
  });

  it('marks the period of a compared figure, and reads no period into idioms', () => {
    const found = findPeriods('thấp hơn so với 7,33% của bảy tháng năm 2022', { year: 2024, published: null });
    expect(found.map((p) => [p.period, p.comparative])).toEqual([['2022-01/2022-07', true]]);
    expect(findPeriods('cao nhất từ trước đến nay, tăng cao nhất từ năm 2010 đến nay', { year: 2022, published: null }).every((p) => p.comparative)).toBe(true);
    expect(findPeriods('gấp 3,2 lần năm 2021', { year: 2022, published: null }).map((p) => p.base)).toEqual([true]);
  });

  it('does not take a duration for a period', () => {
    expect(periods('dừng thi công khoảng 19 tháng')).toEqual([]);
  });
});
