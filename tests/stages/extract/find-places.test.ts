import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlaces, PLACE_USE_RULES } from '../../../src/stages/extract/find-places.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const uses = (s: string) => findPlaces(s, taxonomy.regions, '2024-06-01').map((p) => [p.region, p.use]);

describe('findPlaces', () => {
  it.each([
    ['place.yardstick', 'Năng suất lao động của tỉnh cao nhất cả nước', [['Việt Nam', 'yardstick']]],
    ['place.yardstick', 'Chỉ số này đứng thứ hai thế giới', [['Thế giới', 'yardstick']]],
    ['place.road-name', 'Dự án cao tốc Nội Bài - Lào Cai dài 245 km', [['Lào Cai', 'in_name']]],
    ['place.organisation-name', 'Tập đoàn Điện lực Việt Nam lãi 900 tỷ đồng', [['Việt Nam', 'in_name']]],
    ['place.organisation-name', 'Theo Ngân hàng Thế giới, tăng trưởng đạt 6%', [['Thế giới', 'in_name']]],
    ['place.venue', 'Hội nghị xúc tiến đầu tư sáng 12/5 tại Đà Nẵng thu hút 300 đại biểu', [['Đà Nẵng', 'venue']]],
    ['place.venue', 'Theo báo cáo công bố (bản cập nhật) chiều 3/7 tại Hà Nội, GDP tăng 6%', [['Hà Nội', 'venue']]],
    ['place.venue', 'Phiên chợ diễn ra ở Cần Thơ với 200 gian hàng', [['Cần Thơ', 'venue']]],
    ['place.part-of-a-name', 'Theo ông Nguyễn Minh Đức, doanh thu tăng 5%', [['Đức', 'in_name']]],
    ['place.part-of-a-name', 'Giá thuê mặt bằng ở Mỹ Tho tăng 3%', [['Hoa Kỳ', 'in_name']]],
  ])('%s: "%s"', (rule, sentence, expected) => {
    expect(PLACE_USE_RULES.map((r) => r.name)).toContain(rule);
    expect(uses(sentence)).toEqual(expected);
  });

  it('reads a place after a bare date as where the figure is, not a venue', () => {
    expect(uses('Tính đến 30/6 tại Hà Nội có 5.000 doanh nghiệp')).toEqual([['Hà Nội', 'subject']]);
  });

  it('has a case for every rule', () => {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    expect(PLACE_USE_RULES.map((r) => r.name).filter((n) => !source.includes(`['${n}'`))).toEqual([]);
  });

  it('keeps the country as the owner, not a yardstick, after "của"', () => {
    expect(uses('Đây là mặt hàng xuất khẩu lớn nhất của Việt Nam')).toEqual([['Việt Nam', 'subject']]);
  });

  it.each([
    ['Hàng dệt may xuất khẩu sang Canada đạt 2 tỷ USD', [['Canada', 'partner']]],
    ['Nhập khẩu từ Thái Lan giảm 4%', [['Thái Lan', 'partner']]],
    ['Vốn của nhà đầu tư Nhật Bản đạt 1 tỷ USD', [['Nhật Bản', 'partner']]],
    ['Các thị trường chính gồm: Ấn Độ 300 triệu USD; Úc 120 triệu USD', [['Ấn Độ', 'partner'], ['Australia', 'partner']]],
    ['Ngân hàng trung ương dự báo kinh tế Đức tăng 0,8%', [['Đức', 'subject']]],
    ['Giá dầu trên thị trường thế giới giảm 2%', [['Thế giới', 'subject']]],
  ])('reads a foreign economy as a partner or a subject: "%s"', (sentence, expected) => {
    expect(uses(sentence)).toEqual(expected);
  });

  it('marks a unit named as it was before the 2025 merger', () => {
    expect(findPlaces('Bình Dương cũ có 40.000 doanh nghiệp, TP.HCM (cũ) có 300.000', taxonomy.regions, '2025-09-01').map((p) => [p.region, p.former])).toEqual([
      ['Bình Dương', true],
      ['Hồ Chí Minh', true],
    ]);
  });

  it('makes two regions named as a pair one mention with no region', () => {
    expect(uses('Hải Phòng - Quảng Ninh thu hút 5 tỷ USD')).toEqual([[null, 'pair']]);
  });
});
