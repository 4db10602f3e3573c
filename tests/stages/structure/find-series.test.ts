import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
/** Each figure of the sentence with its series link: role, the other end's text, the head's text. */
const links = (text: string) => {
  const m = model(text);
  const at = (i: number) => m.figures[i]!.quantity.text;
  return m.figures.map((f) => [f.quantity.text, f.series === null ? null : [f.series.role, at(f.series.other), at(f.series.head)]]);
};

describe('findSeries', () => {
  it.each([
    ['Tỷ lệ đô thị hóa tăng từ 38,5% năm 2019 lên 42,6% năm 2024', [['38,5%', ['from', '42,6%', '38,5%']], ['42,6%', ['to', '38,5%', '42,6%']]]],
    ['Lãi suất cho vay giảm từ mức 9,5% xuống mức 8,2%', [['9,5%', ['from', '8,2%', '9,5%']], ['8,2%', ['to', '9,5%', '8,2%']]]],
    ['Lãi suất cho vay giảm từ 9,5% xuống còn 8,2%', [['9,5%', ['from', '8,2%', '9,5%']], ['8,2%', ['to', '9,5%', '8,2%']]]],
    ['Vốn tăng từ 2 tỷ USD năm 2020 đến 5 tỷ USD năm 2024', [['2 tỷ USD', ['from', '5 tỷ USD', '2 tỷ USD']], ['5 tỷ USD', ['to', '2 tỷ USD', '5 tỷ USD']]]],
  ])('links the ends of "từ … lên/xuống/đến …": "%s"', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('links ends counted in different nouns of people or things', () => {
    expect(links('Số khách tăng từ 2 triệu lượt lên 2,5 triệu người')).toEqual([
      ['2 triệu lượt', ['from', '2,5 triệu người', '2 triệu lượt']],
      ['2,5 triệu người', ['to', '2 triệu lượt', '2,5 triệu người']],
    ]);
  });

  it('links two series of one sentence each to its own ends', () => {
    expect(links('Giá lúa tăng từ 7.000 đồng/kg lên 8.500 đồng/kg, giá cà phê tăng từ 90.000 đồng/kg lên 120.000 đồng/kg')).toEqual([
      ['7.000 đồng/kg', ['from', '8.500 đồng/kg', '7.000 đồng/kg']],
      ['8.500 đồng/kg', ['to', '7.000 đồng/kg', '8.500 đồng/kg']],
      ['90.000 đồng/kg', ['from', '120.000 đồng/kg', '90.000 đồng/kg']],
      ['120.000 đồng/kg', ['to', '90.000 đồng/kg', '120.000 đồng/kg']],
    ]);
  });

  it('gives a share in brackets right after an end to that end', () => {
    expect(links('Số doanh nghiệp tăng từ 1.000 doanh nghiệp năm 2020 lên 1.600 doanh nghiệp (chiếm 25%) năm 2024')).toEqual([
      ['1.000 doanh nghiệp', ['from', '1.600 doanh nghiệp', '1.000 doanh nghiệp']],
      ['1.600 doanh nghiệp', ['to', '1.000 doanh nghiệp', '1.600 doanh nghiệp']],
      ['25%', ['to', '1.000 doanh nghiệp', '1.600 doanh nghiệp']],
    ]);
  });

  it.each([
    ['no end after "từ"', 'Doanh nghiệp có vốn từ 10 tỷ đồng chiếm 15%', [['10 tỷ đồng', null], ['15%', null]]],
    ['ends of different kinds', 'Lãi suất bình quân từ 9%, dư nợ tín dụng tăng lên 500 nghìn tỷ đồng', [['9%', null], ['500 nghìn tỷ đồng', null]]],
    ['ends in different parts of the sentence', 'Giá xăng có lúc từ 23.000 đồng/lít; giá dầu xuống 20.000 đồng/lít', [['23.000 đồng/lít', null], ['20.000 đồng/lít', null]]],
    ['no "từ"', 'Xuất khẩu tăng 8%, lên 30 tỷ USD', [['8%', null], ['30 tỷ USD', null]]],
  ])('links nothing with %s: "%s"', (_, text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});
