import iconv from 'iconv-lite';
import type { TextEncoding } from '../../src/core/records.ts';

/** The legacy encodings a test fixture can be written in. */
export type FixtureEncoding = Exclude<TextEncoding, 'utf-8' | 'utf-16le' | 'utf-16be'>;

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Writes Unicode text in a legacy Vietnamese encoding, as the tools of the
 * time did, to build test fixtures:
 *
 * - `windows-1258`: a letter Windows-1258 has precomposed is written as is
 *   (á, ê, ư), any other with its tone as a combining mark after it (ạ = a + 0xF2);
 * - `tcvn3`, `viscii`: iconv-lite's tables (TCVN3 with the VN1 capitals);
 * - `vni`: by VNI's own rules, written here apart from the loader's table
 *   (from bamboo-core's "VNI Windows" table) so each checks the other.
 *
 * @example
 * encodeLegacy('Tăng', 'tcvn3') // → <Buffer 54 a8 6e 67>
 */
export function encodeLegacy(text: string, encoding: FixtureEncoding): Buffer {
  const nfc = text.normalize('NFC');
  switch (encoding) {
    case 'windows-1258':
      return iconv.encode([...nfc].map(cp1258Letter).join(''), 'windows1258');
    case 'tcvn3':
      return iconv.encode(nfc, 'tcvn');
    case 'viscii':
      return iconv.encode(nfc, 'viscii');
    case 'vni':
      return iconv.encode([...nfc].map(vniLetter).join(''), 'windows1252');
  }
}

function cp1258Letter(ch: string): string {
  if (iconv.decode(iconv.encode(ch, 'windows1258'), 'windows1258') === ch) return ch;
  const decomposed = ch.normalize('NFD');
  return decomposed.replace(TONES, '').normalize('NFC') + (decomposed.match(TONES) ?? []).join('');
}

const VNI_SINGLE: Record<string, string> = { 'đ': 'ñ', 'ì': 'ì', 'í': 'í', 'ỉ': 'æ', 'ĩ': 'ó', 'ị': 'ò', 'ỵ': 'î', 'ơ': 'ô', 'ư': 'ö' };
const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };

function vniLetter(ch: string): string {
  const lower = ch.toLowerCase();
  const cased = (s: string): string => (ch === lower ? s : s.toUpperCase());
  if (VNI_SINGLE[lower] !== undefined) return cased(VNI_SINGLE[lower]);
  const decomposed = lower.normalize('NFD');
  const base = decomposed[0]!;
  const marks = decomposed.slice(1);
  if (marks === '' || !/[aeiouy]/.test(base)) return ch;
  const tone = (marks.match(TONES) ?? [''])[0]!;
  if (marks.includes('\u031b')) return cased((base === 'o' ? 'ô' : 'ö') + (tone === '' ? '' : VNI_TONE[tone]!));
  if (marks.includes('\u0302')) return cased(base + VNI_CIRCUMFLEX[tone]!);
  if (marks.includes('\u0306')) return cased(base + VNI_BREVE[tone]!);
  return cased(base + VNI_TONE[tone]!);
}

/**
 * Text UTF-8-encoded twice, as a tool that read UTF-8 as Windows-1252 and
 * saved it as UTF-8 made it; the five bytes Windows-1252 leaves undefined
 * come through as C1 controls, as Windows' own conversion lets them.
 *
 * @example
 * encodeTwice('đạt') // → 'Ä‘áº¡t'
 */
export function encodeTwice(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => {
      const ch = iconv.decode(Buffer.from([b]), 'windows1252');
      return ch === '\ufffd' ? String.fromCharCode(b) : ch;
    })
    .join('');
}
