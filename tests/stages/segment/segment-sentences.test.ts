import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/stages/segment/segment-sentences.ts';

describe('segmentSentences', () => {
  it.each([
    ['a thousands dot', 'Quy mô nền kinh tế đạt 315.839 tỷ đồng. GRDP bình quân đạt 9.500 USD.', ['Quy mô nền kinh tế đạt 315.839 tỷ đồng.', 'GRDP bình quân đạt 9.500 USD.']],
    ['"TP." before a name', 'Tại TP. Hồ Chí Minh, GRDP tăng 7,64%. Hà Nội tăng 3,98%.', ['Tại TP. Hồ Chí Minh, GRDP tăng 7,64%.', 'Hà Nội tăng 3,98%.']],
    ['the "./." end mark', 'Đoàn đã tiếp thu ý kiến của các doanh nghiệp./. Trung tâm Thông tin', ['Đoàn đã tiếp thu ý kiến của các doanh nghiệp./.', 'Trung tâm Thông tin']],
    ['decimals and initials', 'Tăng 42,8% so với 37.36% (Ảnh: N.H). Nguồn: ThS. Lê A.', ['Tăng 42,8% so với 37.36% (Ảnh: N.H).', 'Nguồn: ThS. Lê A.']],
    ['a closing quote after the end mark', 'Ông nói: “Tăng 5%.” Sau đó họp.', ['Ông nói: “Tăng 5%.”', 'Sau đó họp.']],
  ])('does not split inside %s', (_name, text, expected) => {
    expect(segmentSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('splits two sentences glued without a space, but not "TP.HCM"', () => {
    expect(segmentSentences('chiếm 70% xuất siêu của cả nước.Cụ thể, năm 2023 đạt 5 tỷ USD tại TP.HCM.').map((s) => s.text)).toEqual([
      'chiếm 70% xuất siêu của cả nước.',
      'Cụ thể, năm 2023 đạt 5 tỷ USD tại TP.HCM.',
    ]);
  });

  it('never joins paragraphs and keeps exact spans', () => {
    const text = 'Dòng một đạt 5%\n\nDòng hai. Câu ba.';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Dòng một đạt 5%', 0],
      ['Dòng hai.', 1],
      ['Câu ba.', 1],
    ]);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });
});
