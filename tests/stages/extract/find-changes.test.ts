import { describe, expect, it } from 'vitest';
import { findChanges } from '../../../src/stages/extract/find-changes.ts';

const changes = (s: string) => findChanges(s).map((c) => [c.word, c.direction]);

describe('findChanges', () => {
  it.each([
    ['Kim ngạch xuất khẩu đạt 300 tỷ USD, tăng 15%', [['đạt', 'level'], ['tăng', 'up']]],
    ['Chỉ số sản xuất công nghiệp giảm 2,1%', [['giảm', 'down']]],
    ['Dư nợ tín dụng thấp hơn năm trước 2%', [['thấp hơn', 'down']]],
    ['Tỷ lệ hộ nghèo giảm từ 5% xuống còn 3%', [['giảm', 'down'], ['từ', 'level'], ['xuống', 'level'], ['còn', 'level']]],
    ['Khu vực dịch vụ chiếm 42%', [['chiếm', 'level']]],
    ['Cán cân thương mại nhập siêu 1,2 tỷ USD', [['nhập siêu', 'deficit']]],
    ['Khối ngoại bán ròng 300 tỷ đồng', [['bán ròng', 'deficit']]],
    ['Khối ngoại mua ròng 300 tỷ đồng, xuất siêu 2 tỷ USD', [['mua ròng', 'level'], ['xuất siêu', 'level']]],
    ['Doanh nghiệp thua lỗ 5 tỷ đồng, ngân sách bội chi 4%', [['thua lỗ', 'level'], ['bội chi', 'level']]],
    ['Tốc độ tăng GRDP đạt 7%, lạm phát 3,5%', [['tốc độ', 'rate'], ['tăng', 'up'], ['đạt', 'level'], ['lạm phát', 'rate']]],
  ])('"%s"', (sentence, expected) => {
    expect(changes(sentence)).toEqual(expected);
  });

  it.each([
    ['Lượng khách sụt giảm 4%', [['sụt giảm', 'down']]],
    ['Tổng cầu suy giảm 2%', [['suy giảm', 'down']]],
    ['Chính sách làm giảm thu 2.000 tỷ đồng', [['giảm thu', 'down']]],
    ['Ngân sách tăng thu 500 tỷ đồng', [['tăng thu', 'up']]],
    ['Dư nợ tăng thêm 3%', [['tăng thêm', 'up']]],
    ['Lợi nhuận ở mức 20 tỷ đồng', [['ở mức', 'level']]],
    ['Ngân hàng lỗ ròng 10 tỷ đồng', [['lỗ ròng', 'level']]],
    ['Điều chỉnh tăng/giảm vốn 30 lượt dự án', [['tăng/giảm', 'level']]],
    ['Giá cả tăng, giảm đan xen', [['tăng, giảm', 'level']]],
  ])('reads the longest words as one: "%s"', (sentence, expected) => {
    expect(changes(sentence)).toEqual(expected);
  });

  it('reads "âm" after a word of increase as the nearer, negative, word', () => {
    expect(changes('GDP tăng trưởng âm 2%').at(-1)).toEqual(['âm', 'down']);
  });

  it.each([
    ['Giảm thuế nhập khẩu 2%', [['giảm', 'down']]],
    ['Tăng thuế tiêu thụ đặc biệt', [['tăng', 'up']]],
    ['Kim ngạch thương mại đạt 700 tỷ USD', [['đạt', 'level']]],
    ['Khắc phục lỗi kỹ thuật', []],
    ['Giá vàng trong nước', []],
  ])('finds no word of change inside a longer word: "%s"', (sentence, expected) => {
    expect(changes(sentence)).toEqual(expected);
  });

  it('gives spans in the sentence, whatever the case of its letters', () => {
    const s = 'Giảm 3%, sau đó Tăng 2%';
    expect(findChanges(s).map((c) => [c.word, s.slice(c.start, c.end)])).toEqual([
      ['giảm', 'Giảm'],
      ['tăng', 'Tăng'],
    ]);
  });
});
