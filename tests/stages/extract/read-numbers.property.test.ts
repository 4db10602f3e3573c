/**
 * Fuzz: the extractor never throws, whatever the string (any Unicode, and
 * mixes of Vietnamese letters in NFC and NFD, digits, separators, units,
 * number words and punctuation), and never even hits its own safety net:
 * no sentence is reported "not read", no document fails a stage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import pipeline from '../../../pipelines/reports.ts';
import { extractFromText, numbersInText } from '../../../src/pipeline/extract-text.ts';
import { readNumbers } from '../../../src/stages/extract/read-numbers.ts';
import { ctx, taxonomy } from '../../helpers/taxonomy.ts';

const RUNS = 1000;

/** Pieces of report text, some of them traps: number words, separators, units, dates, codes. */
const PIECES = [
  'một', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'mốt', 'mười', 'mươi', 'linh', 'lẻ', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ',
  'rưỡi', 'nửa', 'phẩy', 'chấm', 'âm', 'trừ', 'không', 'gấp', 'đôi', 'lần', 'khoảng', 'trên', 'dưới', 'hơn', 'từ', 'đến', 'giữa', 'và',
  'đồng', 'USD', 'US$', '$', '€', '£', '₩', '%', 'điểm %', 'km²', 'm2', 'tấn', 'ha', 'người', 'doanh nghiệp', 'năm 2023', 'tháng', 'ngày',
  'quý I', 'Nghị quyết số', '-NQ/TW', 'tăng', 'giảm', 'đạt', 'GRDP', 'Công nghiệp 4.0', 'COVID-19', 'k', 'tr', 'M', 'G',
  '0', '1', '02', '9', '12', '315.839', '42,8', '1.234.567,89', '3,421', '37.36', '1,2', ',77', '.', ',', '-', '–', '/', '(', ')', '+',
  ' ', ' ', '  ', '\u00a0', '\n', '\t', '\u0301', '\u0323', 'hoá', 'hóa', 'Thuỷ', 'Ðồng', 'İ', '\u200b', '\ufeff',
];

const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' ').normalize('NFD')),
);

const notRead = (reason: string): boolean => reason.startsWith('not read:');

describe('the extractor on any string', () => {
  it.each(['vi', 'en', 'mixed'] as const)('readNumbers (%s convention) never throws nor gives up on a sentence', (convention) => {
    fc.assert(
      fc.property(textArb, (text) => {
        const read = readNumbers(text, { convention, units: taxonomy.units });
        expect(read.filter((r) => notRead(r.reason))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('numbersInText (solieu extract --numbers) never throws nor gives up on a sentence', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(numbersInText(text, pipeline.stages, ctx).filter((r) => notRead(r.reason))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('extractFromText (solieu extract) never throws nor fails a stage', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const processed = extractFromText(text, pipeline.stages, ctx, { name: 'fuzz' });
        expect(processed.failure?.code).not.toBe('STAGE_FAILED');
        for (const o of processed.accepted) expect(Number.isFinite(o.value), o.text).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
