import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/stages/load/decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 Vietnamese text, with or without a BOM', () => {
    const text = 'Tăng trưởng GRDP năm 2023 đạt trên 11%';
    expect(decodeText(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads UTF-16 when its byte order mark says so', () => {
    const text = 'quy mô nền kinh tế đạt 315.839 tỷ đồng';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
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

  it('finds the first invalid sequence, and none in valid text', () => {
    expect(firstInvalidUtf8(Buffer.from('Quảng Ninh'))).toBeNull();
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe1, 0xba]))).toBe(1); // truncated 3-byte sequence
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0); // overlong
  });
});
