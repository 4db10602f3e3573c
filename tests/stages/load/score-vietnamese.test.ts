import { describe, expect, it } from 'vitest';
import { scoreVietnamese } from '../../../src/stages/load/score-vietnamese.ts';

describe('scoreVietnamese', () => {
  it('scores a Vietnamese sentence 1, counting only its words with non-ASCII letters', () => {
    expect(scoreVietnamese('Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng 7,5% so với năm trước.')).toEqual({
      words: 12, vietnamese: 12, impossible: 0, score: 1,
    });
  });

  it.each([
    ['the syllables of the language', 'nghiệp khuyến người thuở giữa quốc tuyển điều yếu ước uống hoá hòa thuế Đắk Lắk gì', 1],
    ['TCVN3 read as Windows-1258: broken words and stray symbols', 'T\u00a8ng tr\u00adëng kinh tÕ', 1 / 6],
    ['VNI read as Latin-1', 'Taêng tröôûng kinh teá', 0],
    ['a stop final with a tone other than sắc or nặng', 'đaòt màt', 0],
    ['two tones on one word', 'tiếế', 0],
    ['ă or â with no final', 'lằ cấ', 0],
    ['UTF-8 read as Windows-1252 (only "Ã" is a syllable; ¡ and ¢ are stray)', 'táº¡i Ä‘Ã¢y', 1 / 7],
  ])('scores %s', (_name, text, score) => {
    expect(scoreVietnamese(text).score).toBeCloseTo(score, 5);
  });

  it('counts controls, U+FFFD and stray symbols as impossible, usual punctuation not', () => {
    expect(scoreVietnamese('tăng\u0003 đạt\ufffd ¨©¬').impossible).toBe(5);
    expect(scoreVietnamese('“tăng” – 5‰, 30°C, 12 tỷ ₫ • 2 × 3').impossible).toBe(0);
  });

  it('leaves abbreviations out: they are neither for nor against a reading', () => {
    expect(scoreVietnamese('HĐND và UBND tỉnh, LĐBĐ').words).toBe(2);
  });

  it('scores 0 a text with no word to judge', () => {
    expect(scoreVietnamese('GDP 7% in 2023')).toEqual({ words: 0, vietnamese: 0, impossible: 0, score: 0 });
  });
});
