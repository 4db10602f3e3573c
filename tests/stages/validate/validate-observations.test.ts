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

  it('refuses a value a double cannot hold as written, rather than keep other digits', () => {
    expect(verdicts('Quy mô đạt 1.234.567.890.123.456.789 đồng.')).toEqual([['1.234.567.890.123.456.789 đồng', 'VALUE_MAGNITUDE']]);
  });
});
