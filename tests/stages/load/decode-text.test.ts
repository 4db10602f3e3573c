import { describe, expect, it } from 'vitest';
import { LEGACY_ENCODINGS } from '../../../src/stages/load/decode-legacy.ts';
import { decodeText } from '../../../src/stages/load/decode-text.ts';
import { encodeLegacy, encodeTwice } from '../../helpers/encode-legacy.ts';

const REPORT = [
  'BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024',
  'Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng 7,5% so với năm trước; thu ngân sách đạt 12.345 tỷ đồng.',
  'Kim ngạch xuất khẩu hàng hóa ước đạt 3,2 tỷ USD, giảm 4,1% so với cùng kỳ; vốn đầu tư thực hiện toàn xã hội tăng 9,8%.',
  'Đắk Lắk: diện tích gieo trồng lúa vụ Đông Xuân đạt 45.600 ha, người lao động có việc làm ổn định.',
].join('\n').normalize('NFC');

describe('decodeText', () => {
  it('reads UTF-8 Vietnamese text, with or without a BOM', () => {
    const text = 'Tăng trưởng GRDP năm 2023 đạt trên 11%';
    expect(decodeText(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8', repaired: null });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text, encoding: 'utf-8', repaired: null });
  });

  it('reads UTF-16 when its byte order mark says so', () => {
    const text = 'quy mô nền kinh tế đạt 315.839 tỷ đồng';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text, encoding: 'utf-16le', repaired: null });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'FILE_EMPTY', /0 bytes/],
    ['only whitespace', Buffer.from(' \n\t\n'), 'FILE_EMPTY', /whitespace/],
    ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'FILE_BINARY', /binary/],
    ['Latin-1 bytes', Buffer.from('Bán lẻ tăng 5%', 'latin1'), 'FILE_INVALID_UTF8', /line 1, column 2 \(byte 1\)/],
  ])('refuses %s with the place and reason', (_name, bytes, code, message) => {
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toMatch(message);
    }
  });

  it('names the line of an invalid byte deep in the file', () => {
    const bytes = Buffer.concat([Buffer.from('dòng một\ndòng hai\nđạt '), Buffer.from([0xc3, 0x28]), Buffer.from(' tỷ')]);
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/line 3, column 5 \(byte 29\)/);
  });

  it.each([
    ['UTF-16LE', Buffer.from(REPORT, 'utf16le'), 'utf-16le'],
    ['UTF-16BE', Buffer.from(REPORT, 'utf16le').swap16(), 'utf-16be'],
  ] as const)('reads %s without a byte order mark instead of calling it binary', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: REPORT, encoding, repaired: null });
  });

  it.each(LEGACY_ENCODINGS)('reads a report in %s, found by how Vietnamese each reading is', (encoding) => {
    expect(decodeText(encodeLegacy(REPORT, encoding))).toEqual({ ok: true, text: REPORT, encoding, repaired: null });
  });

  it('repairs UTF-8 encoded twice, and says so', () => {
    expect(decodeText(Buffer.from(encodeTwice(REPORT)))).toEqual({ ok: true, text: REPORT, encoding: 'utf-8', repaired: 'double-utf8' });
    expect(decodeText(Buffer.from('TÄƒng trÆ°á»Ÿng Ä‘áº¡t 7,5%'))).toMatchObject({ ok: true, text: 'Tăng trưởng đạt 7,5%' });
  });

  it('refuses text only partly encoded twice, with the line that is not (FILE_MOJIBAKE)', () => {
    const lines = REPORT.split('\n');
    const partial = [encodeTwice(lines[0]!), encodeTwice(lines[1]!), lines[2], lines[3]].join('\n');
    const r = decodeText(Buffer.from(partial));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('FILE_MOJIBAKE');
      expect(r.message).toMatch(/2 line\(s\) read as mojibake/);
      expect(r.message).toMatch(/at line 3, column 7 "ạ" is not a Windows-1252 character: only part of the file is encoded twice/);
    }
  });

  it.each([
    ['"café"', 'Quán café ở phố Tràng Tiền mở cửa lại từ tháng 3.'],
    ['a name with "Ã"', 'Ông Ã Văn Nguyên, Giám đốc Sở Tài chính, cho biết thu ngân sách đạt 12.345 tỷ đồng.'],
    ['French', 'Le café a été servi à côté de la gare.'],
  ])('leaves UTF-8 with %s as it is', (_name, text) => {
    expect(decodeText(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8', repaired: null });
  });

  it('converts VNI-font text saved as Unicode', () => {
    const shown = encodeLegacy(REPORT, 'vni').toString('latin1');
    expect(decodeText(Buffer.from(shown))).toEqual({ ok: true, text: REPORT, encoding: 'utf-8', repaired: 'vni-text' });
  });

  it('says the bytes read as none of the legacy encodings tried, keeping the place of the first bad byte', () => {
    const r = decodeText(Buffer.from('Giá bán lẻ tăng 5%', 'latin1'));
    expect(r).toMatchObject({ ok: false, code: 'FILE_INVALID_UTF8' });
    if (!r.ok) {
      expect(r.message).toMatch(/^expected UTF-8, got an invalid byte sequence at line 1, column 3 \(byte 2\) \(byte 0xe1\); /);
      expect(r.message).toMatch(/it reads as none of the legacy encodings tried \(Windows-1258, TCVN3, VNI, VISCII\): the likeliest, \S+, reads \d of \d words/);
    }
  });

  it('does not guess at bytes after a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodeLegacy(REPORT, 'tcvn3')]);
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: false, code: 'FILE_INVALID_UTF8' });
    if (!r.ok) expect(r.message).toMatch(/line 1, column 2 \(byte 4\).*UTF-8 byte order mark/);
  });
});
