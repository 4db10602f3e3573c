import { describe, expect, it } from 'vitest';
import pipeline from '../../../pipelines/reports.ts';
import type { ExplainedAttribute, Observation } from '../../../src/core/records.ts';
import { extractFromText } from '../../../src/pipeline/extract-text.ts';
import { CONCEPT_RULES, EQUIVALENT_AMOUNT, INDICATOR_EXCLUSIONS, UNIT_MISFIT } from '../../../src/stages/normalise/indicator-rules.ts';
import { PERIOD_REFINEMENTS, PERIOD_RULES } from '../../../src/stages/normalise/period-rules.ts';
import { REGION_RULES } from '../../../src/stages/normalise/region-rules.ts';
import { STATUS_RULES } from '../../../src/stages/normalise/status-rules.ts';
import { ctx } from '../../helpers/taxonomy.ts';

/**
 * Every named rule of normalise, each on a sentence invented for the
 * construction it handles: the figure `text` gets `value` for `attribute`,
 * and the explanation names the rule.
 */
const observe = (text: string, published = '2024-10-15'): Observation[] =>
  extractFromText(text, pipeline.stages, ctx, { name: 't', published }, 'normalise').work!.observations as Observation[];

const FIELD: Record<ExplainedAttribute, keyof Observation> = { period: 'period', basePeriod: 'basePeriod', region: 'region', indicator: 'indicator', status: 'status' };

type Case = readonly [rule: string, attribute: ExplainedAttribute, sentence: string, figure: string, value: string | null];

const CASES: readonly Case[] = [
  // period
  ['period.series', 'period', 'Số hộ nghèo giảm từ 12.000 hộ (chiếm 5,1%) năm 2016 xuống 4.000 hộ năm 2021.', '5,1%', '2016'],
  ['period.series', 'period', 'Số hộ nghèo giảm từ 12.000 hộ (chiếm 5,1%) năm 2016 xuống 4.000 hộ năm 2021.', '4.000 hộ', '2021'],
  ['period.series', 'period', 'Từ tháng 3 đến tháng 8 năm 2019, lãi suất giảm từ mức 9% xuống mức 7,5%.', '9%', '2019-03'],
  ['period.series', 'period', 'Vốn tăng từ 5 tỷ đồng năm 2015 lên 9 tỷ đồng năm 2020. Lao động tăng từ 200 người lên 350 người.', '200 người', '2015'],
  ['period.same-period-last-year', 'period', 'Năm 2023 ngành dệt tăng 7%, cùng kỳ có mức tăng 6,7%.', '6,7%', '2022'],
  ['period.same-period-last-year', 'period', 'Tính chung 7 tháng năm 2021, doanh thu tăng 6%, thấp hơn mức tăng 8% của cùng kỳ năm 2019.', '8%', '2019-01/2019-07'],
  ['period.compared-in-brackets', 'period', 'Năm 2024, kinh tế Đức dự kiến tăng 0,8% (so với 0,3%).', '0,3%', '2023'],
  ['period.right-after', 'period', 'Quý II, tỷ lệ hộ nghèo là 3,5% năm 2022 và 2,9% năm 2023.', '3,5%', '2022'],
  ['period.before-in-clause', 'period', 'Doanh thu du lịch năm 2022 đạt 1.200 tỷ đồng.', '1.200 tỷ đồng', '2022'],
  ['period.before-in-clause', 'period', 'Năm 2024, GRDP tăng 7%. Năm 2023, GRDP quý II tăng 5%.', '5%', '2023-Q2'],
  ['period.before-in-sentence', 'period', 'Trong quý III/2023, xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4 tỷ USD.', '4 tỷ USD', '2023-Q3'],
  ['period.after-in-clause', 'period', 'Chỉ số đạt 68,5 điểm, xếp thứ 9 trong bảng xếp hạng năm 2022.', 'thứ 9', '2022'],
  ['period.opening-sentence', 'period', 'Xuất khẩu rau quả đạt 3 tỷ USD, tăng mạnh trong 9 tháng năm 2023.', '3 tỷ USD', '2023-01/2023-09'],
  ['period.present', 'period', 'Giá nhà phố hiện nay ở mức 150 triệu đồng/m2.', '150 triệu đồng/m2', '2024-10'],
  ['period.present', 'period', 'Quý III/2024, giá thuê văn phòng tăng 3%. Giá thuê hiện nay đạt 25 USD/m2.', '25 USD/m2', '2024-Q3'],
  ['period.plan-for-the-year', 'period', 'Tính đến ngày 15/9/2024, thu ngân sách đạt 800 tỷ đồng, dự toán 1.200 tỷ đồng.', '1.200 tỷ đồng', '2024'],
  ['period.month-on-month', 'period', 'Trong quý III/2024, so với tháng trước, giá nhóm giáo dục tăng 0,4%.', '0,4%', '2024-09'],
  ['period.carried', 'period', 'Năm 2021, GRDP tăng 6%. Ngành xây dựng tăng 8%.', '8%', '2021'],
  // region
  ['region.business', 'region', 'Tại Đà Nẵng, Công ty Cổ phần Thép Miền Trung lãi 45 tỷ đồng.', '45 tỷ đồng', null],
  ['region.named-in-sentence', 'region', 'Tại Đà Nẵng, Công ty Cổ phần Thép Miền Trung cho biết: sản lượng thép toàn thành phố đạt 2 triệu tấn.', '2 triệu tấn', 'Đà Nẵng'],
  ['region.named-in-clause', 'region', 'Giá căn hộ tại Cần Thơ tăng 5%.', '5%', 'Cần Thơ'],
  ['region.named-in-sentence', 'region', 'Lâm Đồng có diện tích cà phê lớn, sản lượng đạt 300 nghìn tấn.', '300 nghìn tấn', 'Lâm Đồng'],
  ['region.paragraph-subject', 'region', 'Bắc Ninh dẫn đầu về thu hút đầu tư. Vốn đăng ký đạt 2 tỷ USD.', '2 tỷ USD', 'Bắc Ninh'],
  ['region.section-subject', 'region', 'Quảng Nam đẩy mạnh thu hút đầu tư.\nVốn đăng ký mới đạt 5 tỷ USD.', '5 tỷ USD', 'Quảng Nam'],
  ['region.document', 'region', 'Sản lượng lúa đạt 43 triệu tấn.', '43 triệu tấn', 'Việt Nam'],
  // status
  ['status.target-noun', 'status', 'Thu ngân sách đạt 900 tỷ đồng, dự toán 1.000 tỷ đồng.', '1.000 tỷ đồng', 'target'],
  ['status.verb-before', 'status', 'Năm 2024 ước tính GRDP tăng 7,5%.', '7,5%', 'estimate'],
  ['status.carried-into-breakdown', 'status', 'Xuất khẩu tháng 9 ước đạt 30 tỷ USD. Trong đó, khu vực FDI đạt 22 tỷ USD.', '22 tỷ USD', 'estimate'],
  ['status.release', 'status', 'Theo số liệu thống kê sơ bộ của Tổng cục Hải quan, nửa đầu tháng 9 xuất khẩu đạt 15 tỷ USD. Nhập khẩu đạt 14 tỷ USD.', '14 tỷ USD', 'preliminary'],
  // indicator
  ['indicator.paired-concept', 'indicator', 'Năm 2022, xuất khẩu đạt 30 tỷ USD, nhập khẩu đạt 25 tỷ USD, tăng lần lượt 12% và 9% so với năm 2021.', '12%', 'exports.growth'],
  ['indicator.bracketed-beside-host', 'indicator', 'GRDP 6 tháng năm 2023 tăng 7% (quý I tăng 6,5%; quý II tăng 7,4%).', '7,4%', 'gdp.growth'],
  ['indicator.equivalent-amount', 'indicator', 'Năm 2023, vốn FDI đăng ký đạt 3 tỷ USD, tương đương 72.000 tỷ đồng.', '72.000 tỷ đồng', 'fdi.registered'],
  ['indicator.concept-after-share', 'indicator', 'Có 45% hồ sơ thủ tục hành chính được giải quyết trực tuyến.', '45%', 'digital.dossiers_online_share'],
  ['indicator.concept-before', 'indicator', 'Năm 2023, kim ngạch xuất khẩu đạt 12 tỷ USD.', '12 tỷ USD', 'exports.value'],
  ['indicator.concept-before', 'indicator', 'Chín tháng năm 2024, GRDP tăng 7% so với cùng kỳ năm 2023.', '7%', 'gdp.growth'],
  ['indicator.concept-before', 'indicator', 'Chín tháng năm 2024, GRDP tăng 7% so với cùng kỳ năm 2019.', '7%', null],
  ['indicator.concept-before', 'indicator', 'Kim ngạch xuất khẩu đạt 30 tỷ USD, trong đó khu vực FDI đạt 20 tỷ USD; kim ngạch nhập khẩu đạt 25 tỷ USD.', '25 tỷ USD', 'imports.value'],
  ['indicator.concept-after-share', 'indicator', 'Bội chi ngân sách bằng 3,6% GDP.', '3,6%', null],
  ['indicator.region-led-part', 'indicator', 'Tăng trưởng GRDP cả nước đạt 6%; Hải Dương tăng 9%.', '9%', 'gdp.growth'],
  ['indicator.carried-concept', 'indicator', 'Kim ngạch xuất khẩu đạt 20 tỷ USD. Đồng thời, tăng 8% so với cùng kỳ năm trước.', '8%', 'exports.growth'],
  ['indicator.label-before-colon', 'indicator', 'Năm 2025, cơ cấu kinh tế dịch vụ: 45%; công nghiệp - xây dựng: 40%.', '40%', 'gdp.share.industry'],
  ['indicator.stock-to-date', 'indicator', 'Lũy kế đến nay, tỉnh thu hút 900 dự án FDI với tổng vốn FDI 12 tỷ USD.', '12 tỷ USD', null],
  ['indicator.average-per-unit', 'indicator', 'Năm 2023, vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt 9 tỷ đồng.', '9 tỷ đồng', null],
  ['indicator.group-threshold', 'indicator', 'Năm 2023 có 6 tỉnh có GRDP trên 250 nghìn tỷ đồng.', 'trên 250 nghìn tỷ đồng', null],
  ['indicator.group-of-places', 'indicator', 'Chỉ số sản xuất công nghiệp của Nam Định, Thái Bình tăng dưới 5%.', 'dưới 5%', null],
  ['indicator.macro-region', 'indicator', 'Năm 2023, vùng Tây Nguyên có 1.300 doanh nghiệp thành lập mới.', '1.300 doanh nghiệp', null],
  ['indicator.concept-without-code', 'indicator', 'Dư nợ tín dụng tăng 9%.', '9%', null],
  ['indicator.part-named', 'indicator', 'Khu vực kinh tế trong nước xuất khẩu đạt 30 tỷ USD.', '30 tỷ USD', null],
  ['indicator.partner-named', 'indicator', 'Kim ngạch xuất khẩu sang Canada đạt 2 tỷ USD.', '2 tỷ USD', null],
  ['indicator.breakdown-part', 'indicator', 'Kim ngạch xuất khẩu đạt 20 tỷ USD. Trong đó, doanh nghiệp nhỏ và vừa đạt 15 tỷ USD.', '15 tỷ USD', null],
  ['indicator.breakdown-part', 'indicator', 'Chỉ số IIP tăng 6%, trong đó ngành dệt tăng 2%.', '2%', null],
  // a growth rate stated as money keeps its code, for validation's unit rule to quarantine; a count or a duration of the subject does not
  ['indicator.unit-misfit', 'indicator', 'Năm 2024, tốc độ tăng trưởng kinh tế của tỉnh Phú Yên đạt 8.400 tỷ đồng.', '8.400 tỷ đồng', 'gdp.growth'],
  ['indicator.no-code-fits', 'indicator', 'Năm 2024, tăng trưởng GRDP của tỉnh Phú Yên đứng đầu khu vực 5 năm liền.', '5 năm', null],
];

describe('the named rules of normalise', () => {
  it.each(CASES)('%s sets %s: "%s" → %s is %s', (rule, attribute, sentence, figure, value) => {
    const o = observe(sentence).find((x) => x.text === figure);
    expect(o, `no figure "${figure}"`).toBeDefined();
    expect(o![FIELD[attribute]]).toBe(value);
    expect(o!.explain[attribute]?.rule.split('+')).toContain(rule);
  });

  it('has a case for every rule', () => {
    const names = [...PERIOD_RULES, ...PERIOD_REFINEMENTS, ...REGION_RULES, ...STATUS_RULES, ...CONCEPT_RULES, ...INDICATOR_EXCLUSIONS].map((r) => r.name).concat(EQUIVALENT_AMOUNT, UNIT_MISFIT);
    expect(names.filter((n) => !CASES.some(([rule]) => rule === n))).toEqual([]);
  });
});
