import type { TextEncoding, TextRepair } from '../../core/records.ts';
import { LEGACY_ENCODING_NAMES, LEGACY_ENCODINGS } from './decode-legacy.ts';
import { detectLegacyEncoding, type LegacyReading } from './detect-legacy-encoding.ts';
import { firstInvalidUtf8 } from './first-invalid-utf8.ts';
import { repairDoubleUtf8 } from './repair-double-utf8.ts';
import { repairVniText } from './repair-vni-text.ts';

export type { TextEncoding, TextRepair } from '../../core/records.ts';

/**
 * The outcome of decoding a file's bytes: its text, the encoding it was
 * read in, and `repaired`, the repair made to text that decoded cleanly but
 * was garbled (`double-utf8`, `vni-text`; see {@link TextRepair}), or null.
 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly repaired: TextRepair | null }
  | {
      readonly ok: false;
      readonly code: 'FILE_EMPTY' | 'FILE_BINARY' | 'FILE_INVALID_UTF8' | 'FILE_MOJIBAKE';
      readonly message: string;
    };

const BINARY_SAMPLE = 8192;
/** UTF-16 without a BOM: at least this share of the code units of the sample have a zero high byte (ASCII-heavy text)… */
const UTF16_MIN_ZERO_HIGH = 0.3;
/** …and at most this share a zero low byte. */
const UTF16_MAX_ZERO_LOW = 0.02;

/**
 * Decodes a report's bytes as text.
 *
 * - UTF-8, with or without a BOM, is the rule; UTF-16 is read when its BOM
 *   says so, or without one when the NUL bytes fall every other byte as
 *   ASCII-heavy UTF-16 text has them.
 * - Bytes that are not UTF-8 are read in each legacy Vietnamese encoding
 *   (Windows-1258, TCVN3, VNI, VISCII) and the reading that is plainly
 *   Vietnamese is taken ({@link detectLegacyEncoding}); when none is, the
 *   file is refused with the place of the first bad byte, never turned
 *   into U+FFFD garbage. A file whose BOM says UTF-8 is not guessed at.
 * - Unicode text that is UTF-8 encoded twice is repaired when all of it
 *   repairs, and refused (`FILE_MOJIBAKE`, with the line) when only part
 *   of it does; VNI-font text saved as Unicode is converted.
 *
 * @example
 * decodeText(Buffer.from('Tăng 5%')) // → { ok: true, text: 'Tăng 5%', encoding: 'utf-8', repaired: null }
 * decodeText(Buffer.from('TÄƒng 5%, Ä‘áº¡t')) // → { ok: true, text: 'Tăng 5%, đạt', encoding: 'utf-8', repaired: 'double-utf8' }
 * decodeText(Buffer.from([0x41, 0xff])).ok // → false (FILE_INVALID_UTF8)
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'FILE_EMPTY', message: 'expected text, got 0 bytes' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', bytes.length);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', bytes.length);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (start === 0) {
    const sniffed = sniffUtf16(body);
    if (sniffed !== null) return sniffed;
  }
  const binaryAt = findBinaryByte(body);
  if (binaryAt !== null) {
    return {
      ok: false,
      code: 'FILE_BINARY',
      message: `expected text, got binary data (byte 0x${hex(body[binaryAt]!)} at ${place(body, binaryAt, start)})`,
    };
  }
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // not UTF-8: found below, byte by byte
  }
  if (utf8 === null) {
    const bad = firstInvalidUtf8(body) ?? 0;
    const position = `expected UTF-8, got an invalid byte sequence at ${place(body, bad, start)} (byte 0x${hex(body[bad]!)})`;
    if (start === 3) return { ok: false, code: 'FILE_INVALID_UTF8', message: `${position}, though the file starts with a UTF-8 byte order mark` };
    const legacy = detectLegacyEncoding(body);
    if (!legacy.ok) return { ok: false, code: 'FILE_INVALID_UTF8', message: `${position}; it reads as none of the legacy encodings tried (${triedNames()}): ${bestSaid(legacy.best)}` };
    const { text, encoding } = legacy.reading;
    if (text.trim() === '') return { ok: false, code: 'FILE_EMPTY', message: `expected text, got only whitespace (${bytes.length} bytes)` };
    return { ok: true, text, encoding, repaired: null };
  }
  return fromUnicode(utf8, 'utf-8', bytes.length);
}

/** Text read from UTF-8 or UTF-16, refused when empty, repaired when encoded twice or written in VNI. */
function fromUnicode(text: string, encoding: TextEncoding, size: number): DecodeResult {
  if (text.trim() === '') return { ok: false, code: 'FILE_EMPTY', message: `expected text, got only whitespace (${size} bytes)` };
  const double = repairDoubleUtf8(text);
  if (double.kind === 'broken') {
    return {
      ok: false,
      code: 'FILE_MOJIBAKE',
      message:
        `expected text UTF-8-encoded twice throughout (${double.mojibakeLines} line(s) read as mojibake such as "Ä‘áº¡t"), ` +
        `got at line ${double.line}, column ${double.column} ${double.reason}: only part of the file is encoded twice, so none of it is repaired`,
    };
  }
  if (double.kind === 'repaired') return { ok: true, text: double.text, encoding, repaired: 'double-utf8' };
  const vni = repairVniText(text);
  if (vni !== null) return { ok: true, text: vni, encoding, repaired: 'vni-text' };
  return { ok: true, text, encoding, repaired: null };
}

function utf16(units: Uint8Array, encoding: 'utf-16le' | 'utf-16be', size: number): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(units);
  } catch {
    return { ok: false, code: 'FILE_INVALID_UTF8', message: `expected ${encoding.toUpperCase()} after its byte order mark, got invalid code units` };
  }
  return fromUnicode(text, encoding, size);
}

/**
 * UTF-16 without a byte order mark: in the first 8 KiB, the high byte of
 * many code units is zero (ASCII letters, digits, spaces) and the low byte
 * of almost none; the text must then decode strictly and hold no NUL and
 * few controls. Anything else is left to the binary check.
 */
function sniffUtf16(bytes: Uint8Array): DecodeResult | null {
  const n = Math.min(bytes.length, BINARY_SAMPLE) & ~1;
  if (bytes.length % 2 !== 0 || n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = n / 2;
  const encoding =
    zeroOdd / units >= UTF16_MIN_ZERO_HIGH && zeroEven / units <= UTF16_MAX_ZERO_LOW ? 'utf-16le'
    : zeroEven / units >= UTF16_MIN_ZERO_HIGH && zeroOdd / units <= UTF16_MAX_ZERO_LOW ? 'utf-16be'
    : null;
  if (encoding === null) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const controls = [...text.slice(0, BINARY_SAMPLE)].filter((c) => c < ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f').length;
  if (text.includes('\0') || controls / Math.min(text.length, BINARY_SAMPLE) > 0.01) return null;
  return fromUnicode(text, encoding, bytes.length);
}

/**
 * Position of a NUL byte or of a dense run of control bytes in the first
 * 8 KiB: text files have neither.
 */
function findBinaryByte(bytes: Uint8Array): number | null {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  let firstControl: number | null = null;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
      control++;
      firstControl ??= i;
    }
  }
  return control > 0 && control / n > 0.1 ? firstControl : null;
}

function triedNames(): string {
  return LEGACY_ENCODINGS.map((e) => LEGACY_ENCODING_NAMES[e]).join(', ');
}

/** "the likeliest, VISCII, reads 2 of 3 words with non-ASCII letters as Vietnamese, and has 1 control or stray symbol". */
function bestSaid(best: LegacyReading): string {
  const { words, vietnamese, impossible } = best.score;
  if (words === 0 && impossible === 0) return 'none has a word with Vietnamese letters';
  const symbols = impossible === 0 ? '' : `, and has ${impossible} control or stray symbol${impossible === 1 ? '' : 's'}`;
  return `the likeliest, ${LEGACY_ENCODING_NAMES[best.encoding]}, reads ${vietnamese} of ${words} words with non-ASCII letters as Vietnamese${symbols}`;
}

/** "line L, column C (byte B)" for a byte offset: line and character column 1-based, byte offset from the file start. */
function place(bytes: Uint8Array, offset: number, skipped: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // the column counts characters: the bytes before the bad one on its line are valid UTF-8
  const column = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))].length + 1;
  return `line ${line}, column ${column} (byte ${offset + skipped})`;
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0');
}
