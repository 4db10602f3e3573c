import { deflateSync, inflateSync } from 'node:zlib';

/**
 * A version's text as the warehouse stores it: its UTF-8 bytes in zlib's
 * format (RFC 1950, deflate at level 6), which any zlib reads back
 * (Python's `zlib.decompress(row).decode()`, `pigz -dz`). Report text
 * shrinks to about a quarter, and the whole text is kept, so a version can
 * be re-read or restored from the warehouse alone.
 *
 * @example
 * unpackText(packText('GRDP tăng 7%.')) // → 'GRDP tăng 7%.'
 */
export function packText(text: string): Buffer {
  return deflateSync(Buffer.from(text, 'utf8'), { level: 6 });
}

/** The text {@link packText} packed. */
export function unpackText(packed: Uint8Array): string {
  return inflateSync(packed).toString('utf8');
}
