import { describe, expect, it } from 'vitest';
import { vniToUnicode } from '../../../src/stages/load/vni-to-unicode.ts';
import { encodeLegacy } from '../../helpers/encode-legacy.ts';

const LOWER = 'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ bcdghklmnpqrstvx';

describe('vniToUnicode', () => {
  // spellings from bamboo-core's "VNI Windows" table and the vietunicode charset table
  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['Taêng tröôûng', 'Tăng trưởng'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['ngöôøi lao ñoäng', 'người lao động'],
    ['khuyeán khích ñaàu tö', 'khuyến khích đầu tư'],
    ['thuûy saûn, ít, ò, æ, ó, î', 'thủy sản, ít, ị, ỉ, ĩ, ỵ'],
    ['ÑAÏT 105% KEÁ HOAÏCH', 'ĐẠT 105% KẾ HOẠCH'],
    ['TÆNH ÑAÉK LAÉK', 'TỈNH ĐẮK LẮK'],
    ['ÔÙ, ÖÏ, Ô, Ö, Î, Ò, Ó', 'Ớ, Ự, Ơ, Ư, Ỵ, Ị, Ĩ'],
  ])('reads %s as %s', (vni, unicode) => {
    expect(vniToUnicode(vni)).toBe(unicode);
  });

  it('keeps characters that are not part of a VNI letter', () => {
    expect(vniToUnicode('GRDP 7,5% – “tăng”')).toBe('GRDP 7,5% – “tăng”');
    expect(vniToUnicode('ù at the start, fù after a consonant')).toBe('ù at the start, fù after a consonant');
  });

  it('reads the whole alphabet, lower and upper case, back from VNI', () => {
    for (const text of [LOWER, LOWER.toUpperCase()]) {
      expect(vniToUnicode(encodeLegacy(text, 'vni').toString('latin1'))).toBe(text.normalize('NFC'));
    }
  });
});
