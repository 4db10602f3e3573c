import { describe, expect, it } from 'vitest';
import { LEGACY_ENCODINGS } from '../../../src/stages/load/decode-legacy.ts';
import { detectLegacyEncoding } from '../../../src/stages/load/detect-legacy-encoding.ts';
import { encodeLegacy } from '../../helpers/encode-legacy.ts';

const SENTENCES = [
  'Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng 7,5% so với năm trước; thu ngân sách đạt 12.345 tỷ đồng.',
  'Chỉ số giá tiêu dùng bình quân quý IV tăng 3,25%; sản xuất công nghiệp tiếp tục phục hồi, người lao động có việc làm ổn định.',
  'Đắk Lắk: diện tích gieo trồng lúa vụ Đông Xuân đạt 45.600 ha, thủy sản khai thác được 12 nghìn tấn.',
  'Báo cáo tình hình kinh tế - xã hội',
].map((s) => s.normalize('NFC'));

describe('detectLegacyEncoding', () => {
  it.each(LEGACY_ENCODINGS.flatMap((encoding) => SENTENCES.map((text) => [encoding, text] as const)))('finds %s in "%s"', (encoding, text) => {
    const found = detectLegacyEncoding(encodeLegacy(text, encoding));
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.reading.encoding).toBe(encoding);
      expect(found.reading.text).toBe(text);
      expect(found.reading.score.score).toBe(1);
    }
  });

  it('settles a tie by the order of LEGACY_ENCODINGS: two words are too few to tell VISCII from TCVN3', () => {
    // VISCII "Hà Nội" reads as TCVN3 "HỔ Nài", two syllables as well
    const found = detectLegacyEncoding(encodeLegacy('Hà Nội', 'viscii'));
    expect(found.ok && found.reading.encoding).toBe('tcvn3');
  });

  it.each([
    ['French in Latin-1', Buffer.from('Le café a été servi à côté de la gare.', 'latin1')],
    ['Vietnamese squeezed into Latin-1', Buffer.from('Giá bán lẻ tăng 5%', 'latin1')],
    ['UTF-8 with a byte cut out', Buffer.from('Tổng sản phẩm trên địa bàn').subarray(0, 30)],
    ['one lone high byte', Buffer.from([0x41, 0xff])],
  ])('finds none in %s, and says which reading came closest', (_name, bytes) => {
    const found = detectLegacyEncoding(bytes);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.best.score.score).toBeLessThan(0.8);
  });
});
