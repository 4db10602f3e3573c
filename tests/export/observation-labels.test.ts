import { describe, expect, it } from 'vitest';
import { SENTENCE_CELL_CHARS, sentenceCell } from '../../src/export/observation-labels.ts';

describe('sentenceCell', () => {
  it('keeps a sentence of ordinary length whole', () => {
    const s = 'Năm 2023, GRDP tỉnh Quảng Ninh đạt 315.839 tỷ đồng, tăng 11,03%.';
    expect(sentenceCell(s, '315.839 tỷ đồng')).toBe(s);
  });

  it('cuts a long line to the words around the figure, marking both cuts', () => {
    const before = 'doanh thu ngành bán lẻ tháng ba tăng khá, '.repeat(40);
    const after = ' so với cùng kỳ, kim ngạch nhập khẩu giảm nhẹ;'.repeat(40);
    const s = `${before}vốn đầu tư đạt 12.345 tỷ đồng${after}`;
    const cell = sentenceCell(s, '12.345 tỷ đồng');
    expect(cell.length).toBeLessThanOrEqual(SENTENCE_CELL_CHARS + 2);
    expect(cell.startsWith('…')).toBe(true);
    expect(cell.endsWith('…')).toBe(true);
    expect(cell).toContain('vốn đầu tư đạt 12.345 tỷ đồng so với cùng kỳ');
    // the cuts fall between words
    expect(s).toContain(cell.slice(1, -1));
    expect(cell.slice(1, 2)).not.toBe(' ');
  });

  it('keeps the figure at the start or the end of a long line, cut on one side only', () => {
    const tail = ' tăng 5%'.repeat(200);
    expect(sentenceCell(`Thu ngân sách đạt 52.000 tỷ đồng${tail}`, '52.000 tỷ đồng')).toMatch(/^Thu ngân sách đạt 52\.000 tỷ đồng.*…$/);
    expect(sentenceCell(`${tail} và đạt 7,1 tỷ USD`, '7,1 tỷ USD')).toMatch(/^….* và đạt 7,1 tỷ USD$/);
  });
});
