/** The outcome of decoding a file's bytes. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | {
      readonly ok: false;
      readonly code: 'FILE_EMPTY' | 'FILE_BINARY' | 'FILE_INVALID_UTF8';
      readonly message: string;
    };

const BINARY_SAMPLE = 8192;

/**
 * Decodes a report's bytes as text. UTF-8 is the rule (with or without a
 * BOM); UTF-16 is read only when its BOM says so. Anything else is refused
 * with the place of the first bad byte, never turned into U+FFFD garbage.
 *
 * @example
 * decodeText(Buffer.from('Tăng 5%')) // → { ok: true, text: 'Tăng 5%', encoding: 'utf-8' }
 * decodeText(Buffer.from([0x41, 0xff])).ok // → false (FILE_INVALID_UTF8)
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'FILE_EMPTY', message: 'expected text, got 0 bytes' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const binaryAt = findBinaryByte(body);
  if (binaryAt !== null) {
    return {
      ok: false,
      code: 'FILE_BINARY',
      message: `expected text, got binary data (byte 0x${hex(body[binaryAt]!)} at ${place(body, binaryAt, start)})`,
    };
  }
  const bad = firstInvalidUtf8(body);
  if (bad !== null) {
    return {
      ok: false,
      code: 'FILE_INVALID_UTF8',
      message: `expected UTF-8, got an invalid byte sequence at ${place(body, bad, start)} (byte 0x${hex(body[bad]!)})`,
    };
  }
  const text = new TextDecoder('utf-8').decode(body);
  if (text.trim() === '') return { ok: false, code: 'FILE_EMPTY', message: `expected text, got only whitespace (${bytes.length} bytes)` };
  return { ok: true, text, encoding: 'utf-8' };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    if (text.trim() === '') return { ok: false, code: 'FILE_EMPTY', message: `expected text, got only whitespace (${bytes.length} bytes)` };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, code: 'FILE_INVALID_UTF8', message: `expected ${encoding.toUpperCase()} after its byte order mark, got invalid code units` };
  }
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

/** Offset of the first byte that starts an invalid UTF-8 sequence, or null. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n + 0 && i + need > n - 1 + 1) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return null;
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
