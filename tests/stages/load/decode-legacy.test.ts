import { describe, expect, it } from 'vitest';
import { decodeLegacy, LEGACY_ENCODINGS } from '../../../src/stages/load/decode-legacy.ts';
import { encodeLegacy } from '../../helpers/encode-legacy.ts';

const LOWER = 'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ bcdghklmnpqrstvx';
const ALPHABET = `${LOWER}\n${LOWER.toUpperCase()}`.normalize('NFC');
const REPORT = [
  'BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024',
  'Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng 7,5% so với năm trước; thu ngân sách đạt 12.345 tỷ đồng.',
  'Kim ngạch xuất khẩu hàng hóa ước đạt 3,2 tỷ USD, giảm 4,1% so với cùng kỳ; vốn đầu tư thực hiện toàn xã hội tăng 9,8%.',
].join('\n').normalize('NFC');

describe('decodeLegacy', () => {
  it.each(LEGACY_ENCODINGS)('reads the whole alphabet, lower and upper case with đ and Đ, back from %s', (encoding) => {
    expect(decodeLegacy(encodeLegacy(ALPHABET, encoding), encoding)).toBe(ALPHABET);
  });

  it.each(LEGACY_ENCODINGS)('reads a report back from %s as NFC text', (encoding) => {
    const text = decodeLegacy(encodeLegacy(REPORT, encoding), encoding);
    expect(text).toBe(REPORT);
    expect(text.normalize('NFC')).toBe(text);
  });

  // bytes from sources other than the tables the loader uses: the vietunicode
  // charset table, bamboo-core's tables, RFC 1456 (VISCII), Microsoft's cp1258
  it.each([
    ['tcvn3', [0x54, 0xa8, 0x6e, 0x67, 0x20, 0x74, 0x72, 0xad, 0xeb, 0x6e, 0x67], 'Tăng trưởng'],
    ['tcvn3', [0xa7, 0xe5, 0x6e, 0x67, 0x20, 0xae, 0xb9, 0x74], 'Đồng đạt'],
    ['vni', [0x56, 0x69, 0x65, 0xe4, 0x74, 0x20, 0x4e, 0x61, 0x6d], 'Việt Nam'],
    ['vni', [0xd1, 0x6f, 0xe0, 0x6e, 0x67, 0x20, 0xf1, 0x61, 0xef, 0x74], 'Đồng đạt'],
    ['viscii', [0x56, 0x69, 0xae, 0x74, 0x20, 0x4e, 0x61, 0x6d], 'Việt Nam'],
    ['viscii', [0xd0, 0xb0, 0x6e, 0x67, 0x20, 0xf0, 0xd5, 0x74, 0x20, 0xdf, 0xff], 'Đồng đạt ưỮ'],
    ['windows-1258', [0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d], 'Việt Nam'],
    ['windows-1258', [0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0xf0, 0x61, 0xf2, 0x74, 0x20, 0xfe], 'Đồng đạt ₫'],
  ] as const)('reads %s bytes %j as %s', (encoding, bytes, text) => {
    expect(decodeLegacy(Buffer.from(bytes), encoding)).toBe(text);
  });

  it('composes the combining tone marks of Windows-1258 into NFC letters', () => {
    const bytes = encodeLegacy('địa bàn', 'windows-1258');
    expect([...bytes]).toEqual([0xf0, 0x69, 0xf2, 0x61, 0x20, 0x62, 0xe0, 0x6e]); // ị = i + combining dot below
    expect(decodeLegacy(bytes, 'windows-1258')).toBe('địa bàn');
  });

  it('reads TCVN3 capitals typed in a capitals font (lower-case codes) as capitals', () => {
    // "B¸O C¸O T×NH H×NH" typed in .VnTimeH, "Hµ Néi" in .VnTime
    const bytes = Buffer.from('B\xb8O C\xb8O T\xd7NH H\xd7NH, Hµ Néi', 'latin1');
    expect(decodeLegacy(bytes, 'tcvn3')).toBe('BÁO CÁO TÌNH HÌNH, Hà Nội');
  });
});
