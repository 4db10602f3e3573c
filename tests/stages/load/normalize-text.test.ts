import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/stages/load/normalize-text.ts';

describe('normalizeText', () => {
  it('composes NFD text to NFC', () => {
    const nfd = 'Tổng cục Thống kê'.normalize('NFD');
    expect(nfd).not.toBe('Tổng cục Thống kê');
    expect(normalizeText(nfd)).toBe('Tổng cục Thống kê');
  });

  it('turns non-breaking and exotic spaces into spaces and drops zero-width characters', () => {
    expect(normalizeText('7,64\u00a0%\u200b tăng\u202fso với')).toBe('7,64 % tăng so với');
  });

  it('drops a second tone mark typed after a letter that already has one', () => {
    expect(normalizeText('tiề\u0300n đô\u0323\u0323i')).toBe('tiền đội');
  });

  it('keeps line structure with \\n ends', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
