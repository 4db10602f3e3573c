import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../src/pipeline/extract-text.ts';
import pipeline from '../../../pipelines/reports.ts';
import { ROOT } from '../../helpers/shared-corpus.ts';
import { ctx } from '../../helpers/taxonomy.ts';

/** The seed report of the project (dev document 000), a real provincial report. */
const SEED = readFileSync(path.join(ROOT, 'raw/000_730c65573414c71e.txt'), 'utf8');

/** Errors planted in the report's text, each as a wrong report would state it, with the rule that must catch it and the figure it quarantines. */
const PLANTED: ReadonlyArray<readonly [string, string, string]> = [
  ['Năm 2023, tỷ trọng khu vực dịch vụ chiếm 140% GRDP của tỉnh.', 'SHARE_OUT_OF_RANGE', '140%'],
  ['Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 1,5 tỷ USD, tương đương 35 tỷ đồng.', 'EQUIVALENT_MISMATCH', '35 tỷ đồng'],
  ['Năm 2023, tổng thu ngân sách trên địa bàn tỉnh đạt 52.340 tỷ đồng, trong đó thu nội địa đạt 61.200 tỷ đồng.', 'PART_EXCEEDS_WHOLE', '61.200 tỷ đồng'],
  ['Tăng trưởng GRDP quý V năm 2023 của tỉnh đạt 10,2%.', 'PERIOD_MALFORMED', '10,2%'],
  ['Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh đạt 9.870 tỷ đồng.', 'UNIT_MISMATCH', '9.870 tỷ đồng'],
  ['Đến hết năm 2023, tỉnh đã hoàn thành 09/12 mục tiêu của nghị quyết, đạt 45%.', 'FRACTION_PERCENT_MISMATCH', '45%'],
];

function quarantined(text: string): Array<[string, string]> {
  const r = extractFromText(text, pipeline.stages, ctx, { name: '000.txt', published: '2024-04-15' });
  return r.rejected.filter((x) => x.stage === 'validate').map((x) => [x.code, x.text ?? '']);
}

describe('errors planted in a real report', () => {
  it('the report as published has no figure quarantined', () => {
    expect(quarantined(SEED)).toEqual([]);
  });

  it('every planted error is caught with its code, and nothing else in the report is quarantined', () => {
    // planted after the report's first paragraph, where a reader would not look for them
    const [first, ...rest] = SEED.split('\n\n');
    const planted = [first, PLANTED.map(([sentence]) => sentence).join(' '), ...rest].join('\n\n');
    expect(quarantined(planted).sort()).toEqual(PLANTED.map(([, code, text]) => [code, text] as [string, string]).sort());
  });
});
