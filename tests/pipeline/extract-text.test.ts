import { describe, expect, it } from 'vitest';
import { extractFromText, numbersInText } from '../../src/pipeline/extract-text.ts';
import pipeline from '../../pipelines/reports.ts';
import { ctx } from '../helpers/taxonomy.ts';

const TEXT = 'Theo Nghị quyết số 23-NQ/TW, GRDP tăng 7%. Xuất khẩu năm 2023 đạt 5,2 tỷ USD.';

describe('numbersInText', () => {
  it('gives every span, the number\'s and its quantity\'s, in offsets of the whole text', () => {
    const numbers = numbersInText(TEXT, pipeline.stages, ctx);
    const money = numbers.find((n) => n.quantity?.unit === 'USD')!;
    expect(TEXT.slice(money.span.start, money.span.end)).toBe('5,2');
    expect(TEXT.slice(money.quantity!.span.start, money.quantity!.span.end)).toBe('5,2 tỷ USD');
    expect(TEXT.slice(money.quantity!.numberSpan.start, money.quantity!.numberSpan.end)).toBe('5,2');
    expect(numbers.map((n) => n.kind)).toContain('document_number');
  });
});

describe('extractFromText', () => {
  it('reads the observations of a text through the pipeline\'s stages', () => {
    const { accepted } = extractFromText(TEXT, pipeline.stages, ctx, { name: 'note.txt' });
    expect(accepted.map((o) => [o.text, o.value, o.period])).toEqual([
      ['7%', 7, null],
      ['5,2 tỷ USD', 5.2e9, '2023'],
    ]);
  });
});
