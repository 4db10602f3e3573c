/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (a stray
 * continuation byte, a truncated, overlong or surrogate sequence), or null
 * when all of the bytes are valid UTF-8.
 *
 * @example
 * firstInvalidUtf8(Buffer.from('Quảng Ninh')) // → null
 * firstInvalidUtf8(Buffer.from([0x61, 0xe1, 0xba])) // → 1 (a truncated 3-byte sequence)
 */
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
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return null;
}
