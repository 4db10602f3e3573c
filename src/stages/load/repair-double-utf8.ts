import iconv from 'iconv-lite';
import { firstInvalidUtf8 } from './first-invalid-utf8.ts';

/** What {@link repairDoubleUtf8} found. */
export type DoubleUtf8Repair =
  | { readonly kind: 'none' }
  | { readonly kind: 'repaired'; readonly text: string }
  | { readonly kind: 'broken'; readonly line: number; readonly column: number; readonly reason: string; readonly mojibakeLines: number };

/**
 * A line reads as mojibake when sequences that are UTF-8 once mapped back
 * to bytes cover this share of its non-ASCII characters: in a line encoded
 * twice they cover all of them, in a Vietnamese line none ("đạt" has no
 * Windows-1252 letter), and a "café" or a name with "Ã" has no sequence.
 */
const LINE_COVERAGE = 0.6;
/** Sequences needed on such lines before the file is taken as encoded twice. */
const MIN_SEQUENCES = 2;
/** Text encoded three times is repaired too, but no deeper. */
const MAX_ROUNDS = 3;

/** The Windows-1252 letters and signs at 0x80–0x9F, by code point, and their bytes. */
const CP1252_HIGH: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (let b = 0x80; b <= 0x9f; b++) {
    const ch = iconv.decode(Buffer.from([b]), 'windows1252');
    if (ch !== '\ufffd') map.set(ch.charCodeAt(0), b);
  }
  return map;
})();

/**
 * The byte a character stands for when UTF-8 was read as Windows-1252:
 * its 27 letters and signs at 0x80–0x9F, Latin-1 for the rest (the five
 * bytes Windows-1252 leaves undefined, such as the 0x81 of "ề" = E1 BB 81,
 * come through as the C1 controls U+0081…); undefined for any other.
 */
function byteOf(code: number): number | undefined {
  return code <= 0xff ? code : CP1252_HIGH.get(code);
}

/**
 * Repairs text that is UTF-8 encoded twice: UTF-8 bytes read as
 * Windows-1252 (or Latin-1) and saved as UTF-8 again, so that "đạt" reads
 * "Ä‘áº¡t". Such text is taken as encoded twice when some of its lines are
 * dense with sequences that form UTF-8 once each character is mapped back
 * to its byte; a few Latin-1 letters ("café", "Ã" in a name) are not.
 *
 * The whole text is then mapped back and decoded as strict UTF-8; the
 * repair is made only when all of it round-trips. When a line was not
 * encoded twice (partial mojibake: a character that is not Windows-1252,
 * or bytes that are not UTF-8) nothing is repaired and the result is
 * `broken`, with the place, so the caller can refuse the file rather than
 * keep half of it garbled.
 *
 * @example
 * repairDoubleUtf8('TÄƒng trÆ°á»Ÿng Ä‘áº¡t 7%') // → { kind: 'repaired', text: 'Tăng trưởng đạt 7%' }
 * repairDoubleUtf8('café')                       // → { kind: 'none' }
 */
export function repairDoubleUtf8(text: string): DoubleUtf8Repair {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lines = mojibakeLines(current);
    if (lines === 0) break;
    const repaired = mapBack(current, lines);
    if (repaired.kind === 'broken') return repaired;
    current = repaired.text.replace(/^\ufeff/, '');
  }
  return current === text ? { kind: 'none' } : { kind: 'repaired', text: current };
}

/** The number of lines dense with twice-encoded sequences, or 0 when they are too few to count. */
function mojibakeLines(text: string): number {
  let lines = 0;
  let sequences = 0;
  let nonAscii = 0;
  let covered = 0;
  let found = 0;
  const endLine = (): void => {
    if (found > 0 && covered / nonAscii >= LINE_COVERAGE) {
      lines++;
      sequences += found;
    }
    nonAscii = covered = found = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) endLine();
    if (code < 0x80) continue;
    const length = sequenceAt(text, i);
    if (length === 0) {
      nonAscii++;
      continue;
    }
    found++;
    covered += length;
    nonAscii += length;
    i += length - 1;
  }
  endLine();
  return sequences >= MIN_SEQUENCES ? lines : 0;
}

/** Length in characters of a UTF-8 multi-byte sequence spelt in Windows-1252 characters at `i`, or 0. */
function sequenceAt(s: string, i: number): number {
  const lead = byteOf(s.charCodeAt(i));
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return 0;
  const need = lead <= 0xdf ? 1 : lead <= 0xef ? 2 : 3;
  if (i + need >= s.length) return 0;
  let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const b = byteOf(s.charCodeAt(i + k));
    if (b === undefined || (b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : need + 1;
}

/** The text's characters mapped back to bytes and decoded as UTF-8, or where that fails. */
function mapBack(text: string, lines: number): { kind: 'repaired'; text: string } | Extract<DoubleUtf8Repair, { kind: 'broken' }> {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = byteOf(text.charCodeAt(i));
    if (b === undefined) {
      return { kind: 'broken', ...where(text, i), reason: `"${String.fromCodePoint(text.codePointAt(i)!)}" is not a Windows-1252 character`, mojibakeLines: lines };
    }
    bytes[i] = b;
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== null) {
    return { kind: 'broken', ...where(text, bad), reason: `"${text[bad]!}" (byte 0x${bytes[bad]!.toString(16)}) does not make UTF-8 with the characters after it`, mojibakeLines: lines };
  }
  return { kind: 'repaired', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
}

/** 1-based line and column (in characters) of a string offset. */
function where(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...text.slice(lineStart, offset)].length + 1 };
}
