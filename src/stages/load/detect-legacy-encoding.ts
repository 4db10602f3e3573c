import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './decode-legacy.ts';
import { scoreVietnamese, type VietnameseScore } from './score-vietnamese.ts';

/** A reading is taken when this share of its changed words are Vietnamese syllables (impossible characters counting against it)… */
export const MIN_LEGACY_SCORE = 0.8;
/** …and at least this many are. */
export const MIN_LEGACY_WORDS = 2;

/** The bytes read in one legacy encoding, with how Vietnamese that reads. */
export interface LegacyReading {
  readonly encoding: LegacyEncoding;
  readonly text: string;
  readonly score: VietnameseScore;
}

/** The reading taken, or the best one when none reads as Vietnamese. */
export type LegacyDetection = { readonly ok: true; readonly reading: LegacyReading } | { readonly ok: false; readonly best: LegacyReading };

/**
 * Finds the legacy Vietnamese encoding bytes that are not UTF-8 are in:
 * reads them in each of Windows-1258, TCVN3, VNI and VISCII, scores how
 * Vietnamese each reading is ({@link scoreVietnamese}) and takes the best
 * when it scores at least {@link MIN_LEGACY_SCORE} with at least
 * {@link MIN_LEGACY_WORDS} Vietnamese words. A tie goes to the encoding
 * listed first in {@link LEGACY_ENCODINGS}.
 *
 * @example
 * detectLegacyEncoding(Buffer.from([0x54, 0xa8, 0x6e, 0x67, 0x20, 0x74, 0x72, 0xad, 0xeb, 0x6e, 0x67]))
 * // → { ok: true, reading: { encoding: 'tcvn3', text: 'Tăng trưởng', … } }
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyDetection {
  let best: LegacyReading | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const text = decodeLegacy(bytes, encoding);
    const reading = { encoding, text, score: scoreVietnamese(text) };
    if (best === null || reading.score.score > best.score.score) best = reading;
  }
  const taken = best!;
  return taken.score.score >= MIN_LEGACY_SCORE && taken.score.vietnamese >= MIN_LEGACY_WORDS ? { ok: true, reading: taken } : { ok: false, best: taken };
}
