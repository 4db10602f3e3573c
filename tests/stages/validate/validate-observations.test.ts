import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../src/pipeline/extract-text.ts';
import pipeline from '../../../pipelines/reports.ts';
import { ctx } from '../../helpers/taxonomy.ts';

/** What validation made of each figure the pipeline read in a text: accepted, or the code it was refused with. */
function verdicts(text: string): Array<[string, string]> {
  const r = extractFromText(text, pipeline.stages, ctx, { name: 'v.txt', published: '2024-10-06' });
  return [
    ...r.accepted.map((o): [string, string] => [o.text, 'accepted']),
    ...r.rejected.filter((x) => x.stage === 'validate').map((x): [string, string] => [x.text ?? '', x.code]),
  ];
}

describe('validateObservations: magnitudes', () => {
  it('refuses a figure beyond any real one of its unit, and keeps the largest real ones', () => {
    expect(verdicts('Doanh thu đạt 1234567890123456789012345678901234 EUR.')).toEqual([['1234567890123456789012345678901234 EUR', 'VALUE_MAGNITUDE']]);
    expect(verdicts('Dân số đạt 12345678901234567 người.')).toEqual([['12345678901234567 người', 'VALUE_MAGNITUDE']]);
    expect(verdicts('Tổng tài sản của hệ thống ngân hàng đạt 21,5 triệu tỷ đồng.')).toEqual([['21,5 triệu tỷ đồng', 'accepted']]);
  });

  it('keeps a value with more digits than a double holds, its exact digits beside the rounded number', () => {
    const r = extractFromText('Quy mô đạt 1.234.567.890.123.456.789 đồng, giảm 0,5 tỷ đồng so với năm trước.', pipeline.stages, ctx, { name: 'v.txt', published: '2024-10-06' });
    expect(r.rejected.filter((x) => x.stage === 'validate')).toEqual([]);
    const big = r.accepted.find((o) => o.unit === 'VND' && o.value > 1e18)!;
    expect(big.valueExact).toBe('1234567890123456789');
    expect(big.value).toBe(1234567890123456789);
    // a value a double holds has no exact text: "0,5 tỷ" is 500000000 exactly
    expect(r.accepted.find((o) => o.value === -500000000)).not.toHaveProperty('valueExact');
  });
});

describe('validateDocument: the reading of an ambiguous separator that passes the rules', () => {
  const values = (text: string, rules = ctx.rules) => {
    const r = extractFromText(text, pipeline.stages, { ...ctx, rules }, { name: 'v.txt', published: '2024-10-06' });
    return { accepted: r.accepted.map((o) => [o.text, o.value]), rejected: r.rejected.map((x) => x.code), findings: (r.work?.findings ?? []).map((f) => f.rule) };
  };
  // a report writing decimal commas ("980,5"): "2,400" is 2,4 by its convention, or 2.400 by the other
  const WHOLE = 'Năm 2023, tổng vốn đầu tư của tỉnh Yên Bái đạt 2,400 tỷ đồng, trong đó vốn nhà nước đạt 1.150,5 tỷ đồng.';

  it('takes the other reading when the one taken makes a part larger than its whole, and says which rule decided', () => {
    expect(values(WHOLE)).toEqual({ accepted: [['2,400 tỷ đồng', 2400e9], ['1.150,5 tỷ đồng', 1150.5e9]], rejected: [], findings: ['READING_CHOSEN'] });
  });

  it('keeps the reading taken where the other would break a rule too, or where the choice is off', () => {
    // read as 2.400 tỷ, the whole is still smaller than its part of 3.150,5 tỷ: no reading passes, the part is quarantined
    expect(values(WHOLE.replace('1.150,5', '3.150,5')).rejected).toEqual(['PART_EXCEEDS_WHOLE']);
    expect(values(WHOLE.replace('1.150,5', '3.150,5')).accepted).toContainEqual(['2,400 tỷ đồng', 2.4e9]);
    const off = ctx.rules.map((r) => (r.code === 'READING_CHOSEN' ? { ...r, severity: 'off' as const } : r));
    expect(values(WHOLE, off)).toEqual({ accepted: [['2,400 tỷ đồng', 2.4e9]], rejected: ['PART_EXCEEDS_WHOLE'], findings: ['PART_EXCEEDS_WHOLE'] });
  });
});
