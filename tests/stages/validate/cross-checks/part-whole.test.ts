import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { partWhole } from '../../../../src/stages/validate/cross-checks/part-whole.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const rule = (params: Record<string, number> = {}): ValidationRule => ({ code: 'PART_EXCEEDS_WHOLE', check: 'part_whole', severity: 'error', indicator: null, params, description: '' });

/** The figures the check flags in a text run through the pipeline up to normalise: the flagged figure's text and the texts it was compared with. */
function hits(text: string, params?: Record<string, number>): Array<[string, string[]]> {
  const work = extractFromText(text, pipeline.stages, ctx, { name: 'pw.txt', published: '2024-06-20' }, 'normalise').work!;
  return partWhole({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule(params)).map((h) => [work.observations[h.observation]!.text, h.others.map((i) => work.observations[i]!.text)]);
}

describe('partWhole', () => {
  it.each([
    // "trong đó" after the whole
    ['Năm 2023, tổng thu ngân sách của tỉnh Lam Sơn Thượng đạt 48.250 tỷ đồng, trong đó thu nội địa đạt 31.400 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 9.800 tỷ đồng.', []],
    ['Năm 2023, tổng thu ngân sách của tỉnh Lam Sơn Thượng đạt 48.250 tỷ đồng, trong đó thu nội địa đạt 51.400 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 9.800 tỷ đồng.', [['51.400 tỷ đồng', ['48.250 tỷ đồng']]]],
    // a ":"-list after "bao gồm"
    ['Sản lượng thủy sản của huyện Đông Khê đạt 320 nghìn tấn, bao gồm: cá 210 nghìn tấn; tôm 95 nghìn tấn.', []],
    ['Sản lượng thủy sản của huyện Đông Khê đạt 320 nghìn tấn, bao gồm: cá 210 nghìn tấn; tôm 395 nghìn tấn.', [['395 nghìn tấn', ['320 nghìn tấn']]]],
    // the breakdown in brackets
    ['Tổng vốn đầu tư đăng ký đạt 25 tỷ USD (trong đó vốn FDI 18 tỷ USD).', []],
    ['Tổng vốn đầu tư đăng ký đạt 25 tỷ USD (trong đó vốn FDI 28 tỷ USD).', [['28 tỷ USD', ['25 tỷ USD']]]],
    // two shares of one whole: the part's share is at most the whole's
    ['Tỷ trọng khu vực dịch vụ chiếm 42% GRDP, trong đó ngành thương mại chiếm 15%.', []],
    ['Tỷ trọng khu vực dịch vụ chiếm 42% GRDP, trong đó ngành thương mại chiếm 45%.', [['45%', ['42%']]]],
  ])('finds a part larger than its whole: "%s"', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('allows the rounding of the whole, within the tolerance', () => {
    expect(hits('Tổng thu ngân sách đạt 48.250 tỷ đồng, trong đó thu nội địa đạt 48.400 tỷ đồng.')).toEqual([]);
    expect(hits('Tổng thu ngân sách đạt 48.250 tỷ đồng, trong đó thu nội địa đạt 48.400 tỷ đồng.', { tolerance: 0 })).toEqual([['48.400 tỷ đồng', ['48.250 tỷ đồng']]]);
  });

  it.each([
    // another place: the same indicator of another region, not a part
    'Thu ngân sách cả vùng đạt 48.250 tỷ đồng, trong đó Hải Phòng đạt 50.000 tỷ đồng.',
    // growth rates: a sector may grow faster than the whole
    'Kim ngạch xuất khẩu đạt 12 tỷ USD, tăng 8%, trong đó khu vực FDI đạt 9 tỷ USD, tăng 15%.',
    // multiples do not add up
    'Lượng khách đạt 3 triệu lượt, gấp 2,1 lần năm trước, trong đó khách quốc tế đạt 400 nghìn lượt, gấp 5 lần.',
    // a lower bound for the whole
    'Tổng thu ngân sách đạt trên 48.000 tỷ đồng, trong đó thu nội địa đạt 48.300 tỷ đồng.',
    // a total in brackets is an aside, not the whole of the items after it
    'Nhập khẩu dịch vụ đạt 30 tỷ USD (trong đó phí vận tải là 6 tỷ USD), trong đó dịch vụ du lịch đạt 9 tỷ USD.',
    // the items of a ";"-list are siblings, even where a name holds a marker word ("sầu riêng")
    'Trong đó: nhãn có diện tích 20 nghìn ha, sản lượng đạt 210 nghìn tấn; sầu riêng có diện tích 15 nghìn ha, sản lượng đạt 260 nghìn tấn.',
  ])('leaves what is no part of a whole: "%s"', (text) => {
    expect(hits(text)).toEqual([]);
  });

  it('says what it expected and what it found', () => {
    const work = extractFromText('Tổng thu ngân sách đạt 175.825 tỷ đồng, trong đó thu nội địa đạt 180.000 tỷ đồng.', pipeline.stages, ctx, { name: 'pw.txt' }, 'normalise').work!;
    const [hit] = partWhole({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule());
    expect(hit!.message).toBe('expected a part of 175.825 tỷ đồng to be at most it (within 0,5%), got 180.000 tỷ đồng');
  });
});
