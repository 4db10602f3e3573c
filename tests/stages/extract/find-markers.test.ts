import { describe, expect, it } from 'vitest';
import { findMarkers, MARKER_WORDS } from '../../../src/stages/extract/find-markers.ts';

const markers = (s: string) => findMarkers(s).map((m) => [m.word, m.marker]);

describe('findMarkers: words', () => {
  it.each([
    ['Kim ngạch xuất khẩu đạt 300 tỷ USD, trong đó khu vực FDI đạt 220 tỷ USD', [[',', 'comma'], ['trong đó', 'breakdown']]],
    ['Trong số đó, vốn ODA giải ngân 2 tỷ USD', [['trong số đó', 'breakdown'], [',', 'comma']]],
    ['Sản lượng gồm có cá và tôm', [['gồm có', 'breakdown']]],
    ['Xuất khẩu và nhập khẩu tăng lần lượt 10% và 8%', [['lần lượt', 'respectively']]],
    ['Xuất siêu 2 tỷ USD, tương đương 50.000 tỷ đồng', [[',', 'comma'], ['tương đương', 'equivalent']]],
    ['Doanh thu tăng 15% so với năm 2023', [['so với', 'compare']]],
    ['Giải ngân đạt 60% so với kế hoạch', [['so với kế hoạch', 'reference']]],
    ['Tăng trưởng cao hơn mức bình quân', [['cao hơn', 'comparative'], ['mức', 'filler']]],
    ['Giá trị sản xuất gấp 1,5 lần năm 2020', [['gấp', 'multiple']]],
    ['Khu vực dịch vụ chiếm tỷ trọng lớn nhất', [['chiếm', 'share'], ['tỷ trọng', 'share']]],
    ['GRDP theo giá so sánh tăng 6,2%', [['theo giá so sánh', 'constant_prices']]],
    ['Bên cạnh đó, du lịch phục hồi mạnh', [['bên cạnh đó', 'continuation'], [',', 'comma'], ['mạnh', 'degree']]],
    ['Thu ngân sách đạt 102% dự toán của cả năm', [['dự toán', 'reference'], ['của', 'of'], ['cả', 'whole']]],
    ['Vốn bình quân một doanh nghiệp đạt 10 tỷ đồng', [['bình quân một', 'per_unit']]],
    ['So với năm 2023 thì giảm 0,2%', [['so với', 'compare'], ['thì', 'topic']]],
    ['Xuất khẩu sang Hoa Kỳ tăng mạnh', [['sang', 'preposition'], ['mạnh', 'degree']]],
    ['CPI so với tháng trước tăng nhẹ 0,2%', [['so với', 'compare'], ['trước', 'comparative'], ['nhẹ', 'degree']]],
  ])('"%s"', (sentence, expected) => {
    expect(markers(sentence)).toEqual(expected);
  });

  it.each(MARKER_WORDS.flatMap(([marker, words]) => words.map((word) => [word, marker] as const)))('reads "%s" alone as one %s marker', (word, marker) => {
    expect(markers(word)).toEqual([[word, marker]]);
  });

  it('gives spans in the sentence, whatever the case of its letters', () => {
    const s = 'Trong đó, KH năm 2024 là 100 tỷ đồng';
    expect(findMarkers(s).map((m) => [m.word, s.slice(m.start, m.end)])).toEqual([
      ['trong đó', 'Trong đó'],
      [',', ','],
      ['kh', 'KH'],
    ]);
  });

  it.each([
    'Theo Sở Công Thương, cảng biển và cải cách thủ tục',
    'Số liệu KH2024 đã công bố',
    'Giá trị hàng hóa thuộc nhóm sovico',
  ])('finds no marker inside a longer word: "%s"', (sentence) => {
    expect(findMarkers(sentence).filter((m) => !['preposition', 'comma'].includes(m.marker))).toEqual([]);
  });
});

describe('findMarkers: punctuation', () => {
  it.each([
    ['IIP tăng 5,4%; trong đó ngành dệt tăng 12,1%', [[';', 'semicolon'], ['trong đó', 'breakdown']]],
    ['Các tỉnh tăng mạnh: Hưng Yên tăng 12%', [['mạnh', 'degree'], [':', 'colon']]],
    ['Vốn đạt 5 tỷ USD (tăng 8%) – cao nhất 5 năm', [['(', 'open_paren'], [')', 'close_paren'], ['–', 'dash']]],
    ['Chương trình “Người Việt dùng hàng Việt” lan tỏa', [['“', 'quote'], ['”', 'quote']]],
    ['Tăng 4,2% — thấp nhất ba năm', [['—', 'dash']]],
  ])('"%s"', (sentence, expected) => {
    expect(markers(sentence)).toEqual(expected);
  });

  it.each([
    ['a decimal comma', 'GDP tăng 42,8 điểm'],
    ['a comma between digits', 'năm 2022,2023'],
    ['a dash inside a span of years', 'giai đoạn 2021–2025'],
    ['a hyphen', 'quý I-II'],
  ])('reads %s as no clause mark: "%s"', (_, sentence) => {
    expect(findMarkers(sentence)).toEqual([]);
  });

  it('reads a comma after a figure as a clause mark', () => {
    expect(findMarkers('Thủy sản tăng 3,5%, chăn nuôi tăng 4%').map((m) => [m.marker, m.start])).toEqual([['comma', 18]]);
  });
});
