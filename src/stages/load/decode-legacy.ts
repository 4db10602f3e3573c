import iconv from 'iconv-lite';
import type { TextEncoding } from '../../core/records.ts';
import { vniToUnicode } from './vni-to-unicode.ts';

/** The pre-Unicode Vietnamese encodings the loader can read. */
export type LegacyEncoding = Exclude<TextEncoding, 'utf-8' | 'utf-16le' | 'utf-16be'>;

/** Every legacy encoding, in the order a tie between two readings is settled. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni', 'viscii'];

/** Names for messages. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3',
  vni: 'VNI',
  viscii: 'VISCII',
};

/**
 * Decodes bytes in a legacy Vietnamese encoding to NFC text.
 *
 * - `windows-1258` (iconv-lite's table, from Microsoft's cp1258): tones are
 *   combining marks after the letter, composed here by NFC.
 * - `tcvn3`: iconv-lite's `tcvn` table, libiconv's TCVN 5712:1993 (VN1),
 *   whose 0xA0–0xFF half is TCVN3/ABC (.VnTime fonts) and whose other
 *   positions add the toned capitals (checked against XFree86's copy of
 *   libiconv `tcvn.h` and bamboo-core's "TCVN3 (ABC)" table: ă = 0xA8,
 *   ư = 0xAD, đ = 0xAE, Đ = 0xA7, á = 0xB8, ế = 0xD5). ABC has no toned
 *   capitals: an all-caps heading was typed in a capitals font (.VnTimeH)
 *   with the lower-case codes, so a word of capitals with lower-case toned
 *   letters in it ("B¸O C¸O") is read as capitals ("BÁO CÁO").
 * - `viscii` (iconv-lite's table, libiconv `viscii.h`; checked against the
 *   table of RFC 1456: ạ = 0x80, Đ = 0xD0, đ = 0xF0, ư = 0xDF, Ữ = 0xFF).
 * - `vni`: Windows-1252 bytes read by {@link vniToUnicode}.
 *
 * @example
 * decodeLegacy(Buffer.from([0x54, 0xa8, 0x6e, 0x67]), 'tcvn3') // → 'Tăng'
 * decodeLegacy(Buffer.from('Taêng', 'latin1'), 'vni')          // → 'Tăng'
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'windows-1258':
      return iconv.decode(buffer, 'windows1258').normalize('NFC');
    case 'tcvn3':
      return capitalsFontWords(iconv.decode(buffer, 'tcvn').normalize('NFC'));
    case 'viscii':
      return iconv.decode(buffer, 'viscii').normalize('NFC');
    case 'vni':
      return vniToUnicode(iconv.decode(buffer, 'windows1252'));
  }
}

/** Words of two or more capitals and no lower-case ASCII letter, written in upper case. */
function capitalsFontWords(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (/[a-z]/.test(word) || word === word.toUpperCase()) return word;
    const capitals = [...word].filter((c) => c !== c.toLowerCase()).length;
    return capitals >= 2 ? word.toUpperCase() : word;
  });
}
