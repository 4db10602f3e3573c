import { describe, expect, it } from 'vitest';
import type { NumberKind } from '../../../src/core/mentions.ts';
import { readNumbers } from '../../../src/stages/extract/read-numbers.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const read = (s: string, convention: 'vi' | 'en' | 'mixed' = 'vi') => readNumbers(s, { convention, units: taxonomy.units });
const quantities = (s: string, convention: 'vi' | 'en' | 'mixed' = 'vi') =>
  read(s, convention).flatMap((n) => (n.quantity ? [[n.quantity.text, n.quantity.value, n.quantity.unit, n.quantity.qualifier, n.quantity.valueHigh]] : []));
const kinds = (s: string): Array<[string, NumberKind]> => read(s).map((n) => [n.text, n.kind]);

describe('readNumbers: scores of the taxonomy\'s score indices', () => {
  const scored = (s: string) =>
    readNumbers(s, { convention: 'vi', units: taxonomy.units, scoreNames: taxonomy.indicators.scoreNames }).flatMap((n) => (n.quantity ? [[n.quantity.text, n.quantity.unit]] : []));
  it('reads "điểm" as a score where the sentence names a score index, as a point elsewhere', () => {
    expect(scored('Chỉ số PAPI của tỉnh đạt 44,2 điểm')).toEqual([['44,2 điểm', 'index']]);
    expect(scored('VN-Index tăng 12,5 điểm')).toEqual([['12,5 điểm', 'point']]);
  });
});

describe('readNumbers: quantities in sentences of real reports', () => {
  it.each([
    ['Tăng trưởng GRDP năm 2023 đạt trên 11%, là năm thứ 9 liên tiếp đạt mức hai con số.', [['trên 11%', 11, '%', 'over', null]]],
    ['Ước tính đến hết năm 2023, quy mô nền kinh tế đạt 315.839 tỷ đồng, GRDP bình quân đầu người của tỉnh đạt khoảng 9.500 USD, gấp đôi mức bình quân chung của cả nước.', [
      ['315.839 tỷ đồng', 315839e9, 'VND', null, null],
      ['khoảng 9.500 USD', 9500, 'USD', 'approx', null],
      ['gấp đôi', 2, 'times', null, null],
    ]],
    ['Năng suất lao động ngành công nghiệp đạt 450,5 triệu đồng/người năm 2018', [['450,5 triệu đồng/người', 450.5e6, 'VND/person', null, null]]],
    ['FDI đạt trên 5,245 tỷ USD tương đương 125.890 tỷ đồng.', [['trên 5,245 tỷ USD', 5.245e9, 'USD', 'over', null], ['125.890 tỷ đồng', 125890e9, 'VND', null, null]]],
    ['số vốn đăng ký đạt 1,3 triệu tỷ đồng', [['1,3 triệu tỷ đồng', 1.3e15, 'VND', null, null]]],
    ['Hà Nội phấn đấu tăng từ 8,5-9% GRDP', [['từ 8,5-9%', 8.5, '%', 'range', 9]]],
    ['giá khoảng 43-45 triệu đồng/m2', [['khoảng 43-45 triệu đồng/m2', 43e6, 'VND/m2', 'range', 45e6]]],
    ['xuất khẩu và nhập khẩu giảm lần lượt 2,27% và 6,91%', [['2,27%', -2.27, '%', null, null], ['6,91%', -6.91, '%', null, null]]],
    ['cả năm nhập siêu ước đạt 1,2 tỷ USD', [['1,2 tỷ USD', -1.2e9, 'USD', null, null]]],
    ['giảm từ 15,4% xuống còn 8,3%', [['15,4%', 15.4, '%', null, null], ['8,3%', 8.3, '%', null, null]]],
    ['thu ngân sách tăng gấp 2,3 lần', [['gấp 2,3 lần', 2.3, 'times', null, null]]],
    ['Quảng Ninh đứng vị trí trong thứ 3 các địa phương', [['thứ 3', 3, 'rank', null, null]]],
    ['Tỉnh đứng thứ hai cả nước về thu hút FDI', [['thứ hai', 2, 'rank', null, null]]],
    ['Tỉnh xếp vị trí thứ 20/63 tỉnh, thành phố', [['thứ 20/63', 20, 'rank', null, null]]],
    ['Ngành xây dựng đóng góp 0,8 điểm vào mức tăng chung', [['0,8 điểm', 0.8, 'pp', null, null]]],
    ['Có đến 12/18 nhóm hàng tăng giá', [['12/18 nhóm', 12, 'count', null, null]]],
    ['Doanh nghiệp điều chỉnh tăng/giảm vốn 25 lượt dự án', [['25 lượt dự án', 25, 'project', null, null]]],
    ['Chính sách làm giảm thu khoảng 1.500 tỷ đồng', [['khoảng 1.500 tỷ đồng', -1.5e12, 'VND', 'approx', null]]],
    ['Công ty lỗ 1.200 tỷ đồng', [['1.200 tỷ đồng', 1.2e12, 'VND', null, null]]],
    ['Giá vàng trồi sụt quanh mốc 1.900 USD/ounce', [['quanh mốc 1.900 USD/ounce', 1900, 'USD/ounce', 'approx', null]]],
    ['Công suất nhà ga đạt 25 triệu hành khách/năm', [['25 triệu hành khách/năm', 25e6, 'passenger/year', null, null]]],
    ['Lãi suất bình quân 6%/năm', [['6%/năm', 6, '%', null, null]]],
    ['Hiệp định được ký hai lần', []],
    ['dài 40,2km, vận tốc tối đa 100km/h', [['40,2km', 40.2, 'km', null, null], ['tối đa 100km/h', 100, 'km/h', 'at_most', null]]],
    ['đạt 702,04 điểm (+0.02%)', [['702,04 điểm', 702.04, 'point', null, null], ['+0.02%', 0.02, '%', null, null]]],
    ['giá trị đạt 2,189 tỉ đồng (-22.46%)', [['2,189 tỉ đồng', 2.189e12, 'VND', null, null], ['-22.46%', -22.46, '%', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(quantities(sentence, sentence.includes('(+0.02%)') || sentence.includes('-22.46%') ? 'mixed' : 'vi')).toEqual(expected);
  });

  it.each([
    // a currency before the number, glued or a symbol with a space
    ['FDI đạt US$1,5 tỷ trong quý', [['US$1,5 tỷ', 1.5e9, 'USD', null, null]]],
    ['giá bán ít nhất $1,42 mỗi đơn vị', [['ít nhất $1,42', 1.42, 'USD', 'at_least', null]]],
    ['vé vào cửa EUR29,99', [['EUR29,99', 29.99, 'EUR', null, null]]],
    // "giữa … và …" is a range; a negated comparative is a bound
    ['giá dao động giữa 1.000 và 2.000 đồng', [['giữa 1.000 và 2.000 đồng', 1000, 'VND', 'range', 2000]]],
    ['giá không cao hơn 7.000 đồng', [['không cao hơn 7.000 đồng', 7000, 'VND', 'at_most', null]]],
    ['lãi suất không thấp hơn 5%', [['không thấp hơn 5%', 5, '%', 'at_least', null]]],
    // "rưỡi" after the scale or the unit adds half of it
    ['vốn đầu tư khoảng 2 tỷ rưỡi USD', [['khoảng 2 tỷ rưỡi USD', 2.5e9, 'USD', 'approx', null]]],
    ['mỗi vé hai đô rưỡi', [['hai đô rưỡi', 2.5, 'USD', null, null]]],
    // spelled-out numbers with their sign, and units spelled out
    ['lợi nhuận trừ hai phẩy năm phần trăm', [['trừ hai phẩy năm phần trăm', -2.5, '%', null, null]]],
    ['tăng một phần trăm', [['một phần trăm', 1, '%', null, null]]],
    ['xây dựng 42.259 mét vuông nhà ở', [['42.259 mét vuông', 42259, 'm2', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(quantities(sentence)).toEqual(expected);
  });

  it.each([
    ['phấn đấu tăng trưởng GRDP từ 9-10%', [['từ 9-10%', 9, '%', 'range', 10]]],
    ['có 22/27 ngành sản xuất tăng', [['22/27 ngành', 22, 'count', null, null]]],
    ['giá xăng được điều chỉnh tăng 3 lần, giảm 5 lần', [['3 lần', 3, 'times', null, null], ['5 lần', 5, 'times', null, null]]],
    ['lượng khách ước đạt gần 1,8 triệu lượt', [['gần 1,8 triệu lượt', 1.8e6, 'count', 'approx', null]]],
    ['khối lượng luân chuyển đạt 131,8 tỷ tấn.km', [['131,8 tỷ tấn.km', 131.8e9, 'tonne-km', null, null]]],
    ['chi đầu tư phát triển 33,448.222 triệu đồng', [['33,448.222 triệu đồng', 33448222e6, 'VND', null, null]]],
    ['thu ngân sách vượt 9% dự toán', [['9%', 9, '%', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(quantities(sentence)).toEqual(expected);
  });

  it('reads a word-segmented text with a space before the percent sign', () => {
    expect(quantities('GRDP TP. HCM quý I / 2018 tăng kỷ_lục 7,64 %')).toEqual([['7,64 %', 7.64, '%', null, null]]);
  });
});

describe('readNumbers: numbers that are not figures', () => {
  it('tells document numbers, dates and years from figures', () => {
    expect(kinds('Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng đến năm 2030')).toEqual([
      ['23', 'document_number'],
      ['22/3/2018', 'date'],
      ['2030', 'year'],
    ]);
  });

  it('reads "nghị quyết 52 và 23" as two document numbers', () => {
    expect(kinds('tình hình thực hiện nghị quyết 52 và 23 cho biết')).toEqual([['52', 'document_number'], ['23', 'document_number']]);
  });

  it('reads list markers and an ordinal inside a name', () => {
    expect(kinds('(1) 100% dịch vụ công được cung cấp trực tuyến').map(([, k]) => k)).toEqual(['list_marker', 'quantity']);
    expect(kinds('cuộc Cách mạng công nghiệp lần thứ tư')).toEqual([]);
  });

  it('reads "03/12 mục tiêu" as a count, never a date, and "Chiều 25/12" as a date', () => {
    expect(quantities('đã có 03/12 mục tiêu hoàn thành')).toEqual([['03/12 mục', 3, 'count', null, null]]);
    expect(kinds('Chiều 25/12, tỉnh tổ chức họp báo')).toEqual([['25/12', 'date']]);
  });

  it('reads "09/12 chỉ tiêu" and "18/20 chỉ số" as counts of a compound noun, and "ngày 03/12 chỉ có" as a date', () => {
    expect(quantities('tỉnh hoàn thành 09/12 chỉ tiêu chủ yếu')).toEqual([['09/12 chỉ tiêu', 9, 'count', null, null]]);
    expect(quantities('có 18/20 chỉ số thành phần tăng điểm')).toEqual([['18/20 chỉ số', 18, 'count', null, null]]);
    expect(kinds('ngày 03/12 chỉ có 5 doanh nghiệp đăng ký')).toEqual([['03/12', 'date'], ['5', 'quantity']]);
  });

  it('reads holidays and ranges of days as dates, and "Một điểm" as no figure', () => {
    expect(kinds('giá tăng dịp 30/4 và 1/5 nên')).toEqual([['30/4', 'date'], ['1/5', 'date']]);
    expect(kinds('triển lãm từ 20-30/4')).toEqual([['20-30/4', 'date']]);
    expect(quantities('Một điểm đáng lưu ý là')).toEqual([]);
  });

  it.each([
    ['Công nghiệp 4.0', 'name'],
    ['mạng 5G', 'name'],
    ['dịch COVID-19', 'name'],
    ['Điện thoại: 080 43162', 'phone'],
    ['Hotline 1900 1234', 'phone'],
    ['theo Điều 5 của Luật', 'document_number'],
    ['lúc 10h30 sáng', 'time'],
    ['tháng 3/2024', 'period'],
  ])('"%s" is a %s', (text, kind) => {
    expect(read(text).map((n) => n.kind)).toEqual([kind]);
  });

  it.each([
    // a bare number keeps its scale and its sign
    ['khoảng 5 nghìn', [['5 nghìn', 5000, 'bare']]],
    ['âm 1.200.000', [['âm 1.200.000', -1200000, 'bare']]],
    ['mức -1937', [['-1937', -1937, 'bare']]],
    // a run of number words holds as many numbers as it reads
    ['ba nghìn năm lịch sử', [['ba nghìn', 3000, 'bare']]],
    ['hai mươi năm qua', [['hai mươi', 20, 'bare']]],
    ['năm năm', []],
    ['một trăm một', [['một trăm', 100, 'bare'], ['một', 1, 'bare']]],
    ['bốn lăm phần hai trăm mốt', [['bốn lăm', 45, 'bare'], ['hai trăm mốt', 210, 'bare']]],
    ['âm không phẩy năm', [['âm không phẩy năm', -0.5, 'bare']]],
  ])('"%s" reads as %j', (text, expected) => {
    expect(read(text).map((n) => [n.text, n.value, n.kind])).toEqual(expected);
  });

  it('never throws, whatever the input', () => {
    for (const s of ['', '....', '1.2.3.4.5', '%%%', '9'.repeat(400), 'tỷ tỷ tỷ', '(((1)))', '-', '1,,2', 'gấp']) {
      expect(() => read(s)).not.toThrow();
    }
  });
});
