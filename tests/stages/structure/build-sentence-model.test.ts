import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
const roles = (text: string) => {
  const m = model(text);
  return m.mentions.times.map((t, i) => [t.text, m.timeRoles[i]]);
};

describe('buildSentenceModel: the roles of times', () => {
  it.each([
    ['Doanh thu tăng 6% so với năm 2022', [['năm 2022', 'base']]],
    ['Diện tích giảm 3 nghìn ha so với vụ hè thu năm 2022', [['năm 2022', 'base']]],
    ['Giá trị gấp 2,5 lần năm 2015', [['năm 2015', 'base']]],
    ['Số khách chỉ bằng 70% năm 2019', [['năm 2019', 'base']]],
    ['Tăng 5%, thấp hơn so với 6,1% của quý II/2023', [['quý II/2023', 'compared']]],
    ['Tỷ lệ chiếm 40% của cả năm 2023', [['cả năm 2023', 'reference']]],
    ['Năm 2024 CPI tăng 3,5%, thấp hơn mức tăng 3,25% được công bố chính thức của năm 2023; giá vàng tăng 20%', [['Năm 2024', 'frame'], ['năm 2023', 'compared']]],
    ['Cao nhất từ trước đến nay', [['từ trước đến nay', 'idiom']]],
    ['Quý I/2024 GRDP tăng 6%', [['Quý I/2024', 'frame']]],
  ])('"%s"', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('buildSentenceModel: bases', () => {
  const baseOf = (text: string, figure: string) => {
    const m = model(text);
    const f = m.figures.find((x) => x.quantity.text === figure)!;
    return f.baseTime === null ? null : m.mentions.times[f.baseTime]!.text;
  };

  it.each([
    ['Xuất khẩu tăng 8% so với cùng kỳ năm trước', '8%', 'cùng kỳ năm trước'],
    ['So với tháng 12/2023, CPI tháng 9 tăng 2,1%', '2,1%', 'tháng 12/2023'],
    ['Giá vé, so với tháng trước, tăng 1,2%', '1,2%', 'tháng trước'],
    ['CPI tăng 0,3% và so với cùng kỳ năm trước tăng 3,5%', '0,3%', null],
    ['CPI tăng 0,3% và so với cùng kỳ năm trước tăng 3,5%', '3,5%', 'cùng kỳ năm trước'],
  ])('"%s": %s is compared with %s', (text, figure, base) => {
    expect(baseOf(text, figure)).toBe(base);
  });
});

describe('buildSentenceModel: places, breakdowns and series', () => {
  it('reads a foreign economy beside a Vietnamese party as a partner', () => {
    const m = model('Nhật Bản là nhà đầu tư lớn thứ hai của Việt Nam với 2 tỷ USD');
    expect(m.mentions.places.map((p, i) => [p.region, m.placeRoles[i]])).toEqual([['Nhật Bản', 'partner'], ['Việt Nam', 'subject']]);
  });

  it('reads a compared region', () => {
    const m = model('Tăng trưởng của Hải Phòng cao hơn Đà Nẵng');
    expect(m.placeRoles).toEqual(['subject', 'compared']);
  });

  it.each([
    ['Vốn đạt 10 tỷ USD, trong đó vốn đăng ký mới 6 tỷ USD', '6 tỷ USD', { total: 0, by: 'part' }],
    ['Doanh thu tăng 9%, trong đó Hà Nội tăng 11%', '11%', { total: 0, by: 'place' }],
    ['Tăng 7% (trong đó quý I tăng 5%)', '5%', { total: 0, by: 'period' }],
    ['Các tỉnh tăng mạnh: Hưng Yên tăng 12%; Bắc Giang tăng 10%', '10%', { total: null, by: 'place' }],
  ])('"%s": %s is an item', (text, figure, expected) => {
    const f = model(text).figures.find((x) => x.quantity.text === figure)!;
    expect(f.breakdown).toMatchObject(expected);
  });

  it('pairs the figures after "lần lượt" with the concepts before it, and finds restated amounts', () => {
    const m = model('Xuất khẩu và chỉ số sản xuất công nghiệp tăng lần lượt 8% và 6%, xuất siêu đạt 2 tỷ USD, tương đương 48.000 tỷ đồng');
    expect(m.figures.map((f) => [f.quantity.text, f.pairedConcept === null ? null : m.mentions.concepts[f.pairedConcept]!.codes[0], f.equivalentOf])).toEqual([
      ['8%', 'exports.value', null],
      ['6%', 'iip.growth', null],
      ['2 tỷ USD', null, null],
      ['48.000 tỷ đồng', null, 2],
    ]);
  });

  it('links the ends of a series, and a share in brackets to its end', () => {
    const m = model('Số doanh nghiệp tăng từ 500 doanh nghiệp (chiếm 20%) năm 2015 lên 900 doanh nghiệp năm 2020');
    expect(m.figures.map((f) => [f.quantity.text, f.series?.role])).toEqual([
      ['500 doanh nghiệp', 'from'],
      ['20%', 'from'],
      ['900 doanh nghiệp', 'to'],
    ]);
  });
});
