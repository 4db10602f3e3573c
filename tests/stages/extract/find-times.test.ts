import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../src/core/match-key.ts';
import { findTimes, TIME_RULES } from '../../../src/stages/extract/find-times.ts';

const read = (s: string, published: string | null = null) => findTimes(s, published).map((t) => [t.rule, t.period ?? t.template, t.open]);

describe('findTimes', () => {
  it.each([
    ['time.no-period-idiom', 'mức cao nhất từ trước đến nay', [['time.no-period-idiom', null, 'since']]],
    ['time.no-period-idiom', 'tính theo giá so sánh 2010', [['time.no-period-idiom', null, 'prices']]],
    ['time.year-span', 'bình quân giai đoạn 2016 – 2020 tăng 6%', [['time.year-span', '2016/2020', null]]],
    ['time.day-span', 'từ ngày 1/3/2023 đến ngày 20/4/2023', [['time.day-span', '2023-03-01/2023-04-20', null]]],
    ['time.month-span', 'từ tháng 2 đến tháng 5 năm 2021', [['time.month-span', '2021-02/2021-05', null]]],
    ['time.half-month', 'trong nửa cuối tháng 2/2024', [['time.half-month', '2024-02-16/2024-02-29', null]]],
    ['time.half-month', 'so với kỳ 1 tháng 5', [['time.half-month', '????-05-01/????-05-15', null]]],
    ['time.previous-period', 'tăng 3% so với kỳ trước', [['time.previous-period', null, null]]],
    ['time.days-of-month', 'trong 15 ngày đầu tháng 3', [['time.days-of-month', '????-03-01/????-03-15', null]]],
    ['time.half-year', 'nửa cuối năm 2022', [['time.half-year', '2022-S2', null]]],
    ['time.months-of-year', '8 tháng đầu năm 2021', [['time.months-of-year', '2021-01/2021-08', null]]],
    ['time.months-of-year', '4 tháng cuối năm', [['time.months-of-year', '????-09/????-12', null]]],
    ['time.months-bare', 'tổng vốn 7 tháng đạt 3 tỷ USD', [['time.months-bare', '????-01/????-07', null]]],
    ['time.quarter', 'trong quý IV/2022', [['time.quarter', '2022-Q4', null]]],
    ['time.point-in-time', 'tồn kho tại thời điểm 01/6/2022 tăng 4%', [['time.point-in-time', '2022-06-01', null]]],
    ['time.same-period', 'so với cùng thời điểm năm trước', [['time.same-period', null, null]]],
    ['time.to-date', 'tính đến ngày 15/8/2021', [['time.to-date', '2021-01-01/2021-08-15', null]]],
    ['time.to-month-end', 'lũy kế đến hết tháng 5/2022', [['time.to-month-end', '2022-01/2022-05', null]]],
    ['time.to-month-end', 'đến cuối tháng 3/2022', [['time.to-month-end', '2022-03', null]]],
    ['time.month', 'riêng tháng Tám năm 2020', [['time.month', '2020-08', null]]],
    ['time.previous-quarter', 'so với quý trước', [['time.previous-quarter', null, null]]],
    ['time.same-period', 'so với cùng kỳ năm 2022', [['time.same-period', '2022', null]]],
    ['time.year', 'đến hết năm 2030', [['time.year', '2030', null]]],
    ['time.bare-year', 'thấp hơn (2019)', [['time.bare-year', '2019', null]]],
    ['time.to-now', 'lũy kế đến nay', [['time.to-now', null, 'to_date']]],
    ['time.day', 'phiên giao dịch ngày 3-11', [['time.day', '????-11-03', null]]],
    ['time.last-of-year', 'doanh số tháng cuối cùng của năm 2023 tăng mạnh', [['time.last-of-year', '2023-12', null]]],
    ['time.last-of-year', 'dự kiến quý cuối năm đạt 2 tỷ USD', [['time.last-of-year', '????-Q4', null]]],
  ])('%s: "%s"', (rule, sentence, expected) => {
    expect(TIME_RULES.map((r) => r.name)).toContain(rule);
    expect(read(sentence)).toEqual(expected);
  });

  it("scans a sentence by a rule only where one of the rule's words stands: every match, on the examples of every rule's construction, holds one", () => {
    const examples = TIME_RULES.flatMap((r) => [...r.construction.matchAll(/"([^"]+)"/g)].map((m) => matchKey(m[1]!)));
    expect(examples.length).toBeGreaterThan(60);
    const missed = TIME_RULES.flatMap((rule) =>
      examples.flatMap((key) => {
        const re = new RegExp(rule.re.source, rule.re.flags);
        return [...key.matchAll(re)].filter((m) => m[0].trim() !== '' && !rule.needs.some((w) => m[0].includes(w))).map((m) => `${rule.name}: "${m[0]}" in "${key}"`);
      }),
    );
    expect(missed).toEqual([]);
  });

  it('has a case for every rule', () => {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    expect(TIME_RULES.map((r) => r.name).filter((n) => !source.includes(`'${n}'`))).toEqual([]);
  });

  it('resolves times relative to the publication date', () => {
    expect(read('lũy kế từ đầu năm đến nay', '2023-08-10')).toEqual([['time.year-to-date', '2023-01/2023-07', null]]);
    expect(read('so với tháng trước', '2023-08-10')).toEqual([['time.relative-month', '2023-07', null]]);
    expect(read('trong năm nay', '2023-08-10')).toEqual([['time.relative-year', '2023', null]]);
    expect(read('trong năm nay')).toEqual([['time.relative-year', null, 'no_publication_date']]);
  });

  it('reads days and the present against the publication date', () => {
    expect(read('Chốt phiên hôm qua, giá vàng tăng', '2022-05-14')).toEqual([['time.relative-day', '2022-05-13', null]]);
    expect(read('sáng nay tỷ giá đi ngang', '2022-05-14')).toEqual([['time.relative-day', '2022-05-14', null]]);
    expect(read('giá căn hộ hiện nay ở mức cao', '2022-05-14')).toEqual([['time.present', '2022-05', null]]);
    expect(read('Kết thúc ngày 12/5, giá vàng giảm')).toEqual([['time.day', '????-05-12', null]]);
    expect(read('Theo Nghị quyết số 05 ngày 12/5/2021 của Hội đồng nhân dân')).toEqual([['time.day', null, 'document_date']]);
    expect(read('Giá điện tăng từ ngày 1/4/2023')).toEqual([['time.day', null, 'since']]);
    expect(read('Số doanh nghiệp đăng ký thành lập mới trong ngày 15/3/2024 là 500')).toEqual([['time.day', '2024-03-15', null]]);
  });

  it('joins a quarter or month with its year stated a few words later, not with a compared year', () => {
    expect(read('quý 2 của địa phương năm 2021')).toEqual([['time.quarter+time.year-later', '2021-Q2', null]]);
    expect(read('quý 2 so với năm 2020')).toEqual([['time.quarter', '????-Q2', null], ['time.year', '2020', null]]);
  });

  it.each(['khoảng 19 tháng', 'giảm 3 tháng liên tiếp', 'thời hạn 6 tháng', 'sau 9 tháng thi công', 'từ 3-6 tháng'])('keeps "%s" a duration', (s) => {
    expect(findTimes(s, null).filter((t) => t.rule === 'time.months-bare')).toEqual([]);
  });
});
