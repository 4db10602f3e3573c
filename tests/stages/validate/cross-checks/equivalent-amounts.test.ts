import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { equivalentAmounts, equivalentAmountsWith, rateBand, readRateBands } from '../../../../src/stages/validate/cross-checks/equivalent-amounts.ts';
import type { Check } from '../../../../src/stages/validate/check.ts';
import { BUILTIN_TAXONOMY_DIR } from '../../../../src/taxonomy/load-taxonomy.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const rule = (params: Record<string, number> = {}): ValidationRule => ({ code: 'EQUIVALENT_MISMATCH', check: 'equivalent_amounts', severity: 'error', indicator: null, params, description: '' });

/** The figures a check flags in a text run through the pipeline up to normalise: the flagged figure's text and the texts it was compared with. */
function hits(text: string, params?: Record<string, number>, check: Check = equivalentAmounts): Array<[string, string[]]> {
  const work = extractFromText(text, pipeline.stages, ctx, { name: 'eq.txt', published: '2024-06-20' }, 'normalise').work!;
  return check({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule(params)).map((h) => [work.observations[h.observation]!.text, h.others.map((i) => work.observations[i]!.text)]);
}

const bands = readRateBands(`${BUILTIN_TAXONOMY_DIR}/exchange-rates.csv`);

describe('equivalentAmounts', () => {
  it.each([
    // "tương đương" after the amount
    ['Năm 2023, doanh thu du lịch quốc tế của tỉnh Lam Sơn Thượng đạt 2,4 tỷ USD, tương đương 57.600 tỷ đồng.', []],
    ['Năm 2023, doanh thu du lịch quốc tế của tỉnh Lam Sơn Thượng đạt 2,4 tỷ USD, tương đương 37.600 tỷ đồng.', [['37.600 tỷ đồng', ['2,4 tỷ USD']]]],
    // the other currency in brackets: the đồng amount is flagged, wherever it stands
    ['Năm 2021, vốn ODA giải ngân của tỉnh đạt 3.450 tỷ đồng (khoảng 150 triệu USD).', []],
    ['Năm 2021, vốn ODA giải ngân của tỉnh đạt 3.450 tỷ đồng (khoảng 250 triệu USD).', [['3.450 tỷ đồng', ['khoảng 250 triệu USD']]]],
    // euros, at the year's band
    ['Năm 2019, kim ngạch nhập khẩu từ EU đạt 40 triệu EUR, tương đương 1.040 tỷ đồng.', []],
    ['Năm 2019, kim ngạch nhập khẩu từ EU đạt 40 triệu EUR, tương đương 1.400 tỷ đồng.', [['1.400 tỷ đồng', ['40 triệu EUR']]]],
    // one currency: equal within 1%
    ['Năm 2022, quỹ hỗ trợ nông dân đạt 800 tỷ đồng, tương đương 805 tỷ đồng.', []],
    ['Năm 2022, quỹ hỗ trợ nông dân đạt 800 tỷ đồng, tương đương 850 tỷ đồng.', [['850 tỷ đồng', ['800 tỷ đồng']]]],
  ])('compares amounts stated as equivalent: "%s"', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('skips a change restated as an amount: a percentage is no currency', () => {
    expect(hits('Năm 2023, xuất khẩu tăng 16%, tương đương tăng 320 triệu USD.')).toEqual([]);
  });

  it('takes the rate of the figure\'s year, the nearest year outside the table, and every year without a period', () => {
    // 2000: about 14.168 đồng per dollar, so 2,4 tỷ USD cannot be 57.600 tỷ đồng; a text without a year allows any year's rate
    expect(hits('Năm 2000, doanh thu du lịch quốc tế đạt 2,4 tỷ USD, tương đương 57.600 tỷ đồng.')).toEqual([['57.600 tỷ đồng', ['2,4 tỷ USD']]]);
    expect(rateBand(bands, 'USD', '2031')?.year).toBe(2026);
    expect(rateBand(bands, 'USD', '1995-Q2')?.year).toBe(2000);
    expect(rateBand(bands, 'USD', null)).toEqual({ band: { low: 13030, high: 28400 }, year: null });
    expect(rateBand(bands, 'THB', '2023')).toBeNull();
  });

  it('reads a table of bands given to it', () => {
    const narrow = new Map([['USD', new Map([[2023, { low: 24000, high: 24100 }]])]]);
    expect(hits('Năm 2023, doanh thu du lịch quốc tế của tỉnh Lam Sơn Thượng đạt 2,4 tỷ USD, tương đương 57.600 tỷ đồng.', {}, equivalentAmountsWith(narrow))).toEqual([]);
    expect(hits('Năm 2023, doanh thu du lịch quốc tế của tỉnh Lam Sơn Thượng đạt 2,4 tỷ USD, tương đương 60.000 tỷ đồng.', {}, equivalentAmountsWith(narrow))).toEqual([['60.000 tỷ đồng', ['2,4 tỷ USD']]]);
  });

  it('holds a band for each currency and year 2000-2026, low below high', () => {
    for (const currency of ['USD', 'EUR']) {
      const years = bands.get(currency)!;
      expect([...years.keys()].sort()).toEqual(Array.from({ length: 27 }, (_, i) => 2000 + i));
      for (const b of years.values()) expect(b.low).toBeLessThan(b.high);
    }
  });

  it('says what it expected and what it found, with the implied rate', () => {
    const work = extractFromText('Năm 2023, doanh thu du lịch quốc tế đạt 2 tỷ USD, tương đương 20.000 tỷ đồng.', pipeline.stages, ctx, { name: 'eq.txt' }, 'normalise').work!;
    const [hit] = equivalentAmounts({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule());
    expect(hit!.message).toBe('expected 2 tỷ USD to be 43.327–51.894 tỷ đồng (21.880–25.690 đồng/USD in 2023, widened by 1%), got 20.000 tỷ đồng (10.000 đồng/USD)');
  });
});
