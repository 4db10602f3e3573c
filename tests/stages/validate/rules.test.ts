import { describe, expect, it } from 'vitest';
import type { DocumentWork } from '../../../src/core/document-work.ts';
import type { Observation } from '../../../src/core/records.ts';
import { extractFromText } from '../../../src/pipeline/extract-text.ts';
import { validateDocument } from '../../../src/stages/validate/validate-observations.ts';
import pipeline from '../../../pipelines/reports.ts';
import { ctx } from '../../helpers/taxonomy.ts';

/** The document as normalised, before validation. */
function normalised(text: string): DocumentWork {
  const r = extractFromText(text, pipeline.stages, ctx, { name: 'rules.txt', published: '2024-10-06' }, 'normalise');
  if (!r.work) throw new Error(`no work for "${text}"`);
  return r.work;
}

/** A document whose figure `at` (0 by default) is changed as a wrong extraction would change it. */
function altered(text: string, change: Partial<Observation>, at = 0): DocumentWork {
  const work = normalised(text);
  return { ...work, observations: work.observations.map((o, i) => (i === at ? { ...o, ...change } : o)) };
}

/** The rule codes that find something in a document, with the texts they are about: `CODE severity "text"`. */
function found(work: DocumentWork, off: string | null = null, strict = false): string[] {
  const rules = ctx.rules.map((r) => (r.code === off ? { ...r, severity: 'off' as const } : r));
  const result = validateDocument(work, { rules, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions, strict });
  return result.findings.map((f) => `${f.rule} ${f.severity} "${work.observations[f.observation]!.text}"`);
}

const GROWTH = 'Tăng trưởng GRDP năm 2023 của tỉnh Hà Tĩnh đạt 8,5%.';

/**
 * One document per built-in rule that breaks it, and the finding it must
 * give. Every rule of rules.csv has one: the test below fails for a rule
 * without a case, and for a rule whose case is still caught with the rule
 * switched off.
 */
const CASES: Readonly<Record<string, { readonly work: () => DocumentWork; readonly finding: string }>> = {
  VALUE_NOT_FINITE: { work: () => altered(GROWTH, { value: Number.NaN }), finding: 'VALUE_NOT_FINITE error "8,5%"' },
  UNIT_UNKNOWN: { work: () => altered(GROWTH, { unit: 'furlong' }), finding: 'UNIT_UNKNOWN error "8,5%"' },
  VALUE_MAGNITUDE: { work: () => normalised('Doanh thu của tập đoàn đạt 1234567890123456789012345678901234 EUR.'), finding: 'VALUE_MAGNITUDE error "1234567890123456789012345678901234 EUR"' },
  RANGE_INVERTED: { work: () => altered('Năm 2024, tỉnh Hà Tĩnh phấn đấu tăng trưởng GRDP đạt 8-9%.', { value: 9, valueHigh: 8 }), finding: 'RANGE_INVERTED error "8-9%"' },
  PERIOD_MALFORMED: { work: () => normalised('Tăng trưởng GRDP quý V năm 2024 của tỉnh Hà Tĩnh đạt 8,5%.'), finding: 'PERIOD_MALFORMED error "8,5%"' },
  VALUE_SCHEMA: { work: () => altered(GROWTH, { region: 'Atlantis' }), finding: 'VALUE_SCHEMA error "8,5%"' },
  INDICATOR_UNKNOWN: { work: () => altered(GROWTH, { indicator: 'gdp.speed' }), finding: 'INDICATOR_UNKNOWN error "8,5%"' },
  UNIT_MISMATCH: { work: () => altered(GROWTH, { unit: 'VND', value: 8.5e12, text: '8,5 nghìn tỷ đồng' }), finding: 'UNIT_MISMATCH error "8,5 nghìn tỷ đồng"' },
  SHARE_OUT_OF_RANGE: { work: () => normalised('Năm 2023, tỷ trọng ngành công nghiệp chiếm 146% GRDP của tỉnh Hà Tĩnh.'), finding: 'SHARE_OUT_OF_RANGE error "146%"' },
  // the normaliser gives no indicator to a figure outside its range ("đạt 85%" is no GRDP growth): a wrong classification is what this rule stops
  VALUE_OUT_OF_RANGE: { work: () => altered(GROWTH, { value: 85 }), finding: 'VALUE_OUT_OF_RANGE error "8,5%"' },
  RANK_OUT_OF_RANGE: { work: () => altered('Năm 2023, chỉ số PCI của tỉnh Hà Tĩnh xếp thứ 70.', { indicator: 'index.pci.rank' }), finding: 'RANK_OUT_OF_RANGE error "thứ 70"' },
  GDP_GROWTH_UNUSUAL: { work: () => normalised('Tăng trưởng GRDP năm 2023 của tỉnh Hà Tĩnh đạt 25%.'), finding: 'GDP_GROWTH_UNUSUAL warning "25%"' },
  CPI_GROWTH_UNUSUAL: { work: () => altered(GROWTH, { indicator: 'cpi.growth', value: 31 }), finding: 'CPI_GROWTH_UNUSUAL warning "8,5%"' },
  UNEMPLOYMENT_UNUSUAL: { work: () => altered(GROWTH, { indicator: 'unemployment.rate', value: 18 }), finding: 'UNEMPLOYMENT_UNUSUAL warning "8,5%"' },
  // the document's own cross-checks (each has its own tests in cross-checks/)
  FRACTION_PERCENT_MISMATCH: { work: () => normalised('Năm 2024, tỉnh Hà Tĩnh đã hoàn thành 06/15 mục tiêu, đạt 60%.'), finding: 'FRACTION_PERCENT_MISMATCH error "60%"' },
  EQUIVALENT_MISMATCH: { work: () => normalised('Năm 2022, kim ngạch xuất khẩu của tỉnh Hà Tĩnh đạt 1,5 tỷ USD, tương đương 3.500 tỷ đồng.'), finding: 'EQUIVALENT_MISMATCH error "3.500 tỷ đồng"' },
  PART_EXCEEDS_WHOLE: { work: () => normalised('Năm 2024, tổng thu ngân sách của tỉnh Hà Tĩnh đạt 21.300 tỷ đồng, trong đó thu nội địa đạt 23.100 tỷ đồng.'), finding: 'PART_EXCEEDS_WHOLE error "23.100 tỷ đồng"' },
  SHARES_EXCEED_WHOLE: { work: () => normalised('Năm 2024, tổng vốn đầu tư của tỉnh Hà Tĩnh đạt 48.000 tỷ đồng, trong đó vốn nhà nước chiếm 45%, vốn ngoài nhà nước chiếm 50%, vốn FDI chiếm 20%.'), finding: 'SHARES_EXCEED_WHOLE warning "20%"' },
  GROWTH_LEVELS_MISMATCH: { work: () => normalised('Kim ngạch nhập khẩu của tỉnh Hà Tĩnh tăng từ 400 triệu USD năm 2023 lên 500 triệu USD năm 2024, tức tăng 35%.'), finding: 'GROWTH_LEVELS_MISMATCH warning "35%"' },
  // "1,250" in a report that writes decimal commas: read as 1,25 tỷ, the whole is smaller than its part; read as thousands, it is not
  READING_CHOSEN: { work: () => normalised('Năm 2024, tổng thu ngân sách của tỉnh Hà Tĩnh đạt 1,250 tỷ đồng, trong đó thu nội địa đạt 980,5 tỷ đồng.'), finding: 'READING_CHOSEN warning "1,250 tỷ đồng"' },
  SERIES_CONFLICT: { work: () => normalised('Tổng thu ngân sách năm 2024 của tỉnh Hà Tĩnh đạt 21.300 tỷ đồng.\nTính chung cả năm 2024, tổng thu ngân sách của tỉnh Hà Tĩnh đạt 25.000 tỷ đồng.'), finding: 'SERIES_CONFLICT warning "25.000 tỷ đồng"' },
};

describe('the built-in rules', () => {
  it.each(ctx.rules.map((r) => [r.code]))('%s: its case is caught, and no longer caught with the rule off', (code) => {
    const c = CASES[code];
    if (!c) throw new Error(`expected a case for rule ${code} in CASES`);
    const work = c.work();
    expect(found(work)).toContain(c.finding);
    expect(found(work, code)).not.toContain(c.finding);
  });

  it('finds nothing in ordinary sentences', () => {
    for (const text of [
      GROWTH,
      'Năm 2024, tỉnh Hà Tĩnh phấn đấu tăng trưởng GRDP đạt 8-9%.',
      'Năm 2023, khu vực dịch vụ chiếm 46,2% GRDP của tỉnh Hà Tĩnh, tăng 8,1%.',
      'Chỉ số giá tiêu dùng (CPI) bình quân năm 2023 của tỉnh Hà Tĩnh tăng 3,2%.',
      'Tổng thu ngân sách nhà nước trên địa bàn tỉnh Hà Tĩnh quý IV năm 2024 ước đạt 5.210 tỷ đồng.',
    ]) {
      expect(found(normalised(text)), text).toEqual([]);
    }
  });

  it('quarantines a figure with an error, keeps one with a warning, and with strict quarantines both', () => {
    const base = normalised('Tăng trưởng GRDP năm 2023 của tỉnh Hà Tĩnh đạt 8,5%, của tỉnh Nghệ An đạt 25%.');
    expect(base.observations.map((o) => [o.text, o.indicator])).toEqual([['8,5%', 'gdp.growth'], ['25%', 'gdp.growth']]);
    const work = { ...base, observations: base.observations.map((o, i) => (i === 0 ? { ...o, value: 85, text: '85%' } : o)) };
    const opts = { rules: ctx.rules, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions };
    const lenient = validateDocument(work, { ...opts, strict: false });
    expect(lenient.accepted.map((o) => o.text)).toEqual(['25%']);
    expect(lenient.rejected.map((r) => [r.code, r.text, r.evidence?.values])).toEqual([['VALUE_OUT_OF_RANGE', '85%', [85]]]);
    const strict = validateDocument(work, { ...opts, strict: true });
    expect(strict.accepted).toEqual([]);
    expect(strict.rejected.map((r) => r.code)).toEqual(['VALUE_OUT_OF_RANGE', 'GDP_GROWTH_UNUSUAL']);
    expect(strict.findings.every((f) => f.severity === 'error')).toBe(true);
  });
});
