import { scoreVietnamese } from './score-vietnamese.ts';
import { vniToUnicode } from './vni-to-unicode.ts';

/** Letters beyond Latin-1 (ă, ơ, ư, đ, ạ…): text that has them is real Unicode Vietnamese, not VNI shown as Latin-1. */
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/u;
/** VNI shown as Latin-1 has such letters (â, ê, ô, ö, ñ, ù…). */
const LATIN1_LETTER = /[\u00c0-\u00ff]/u;
/** The text as it is must read as hardly Vietnamese… */
const MAX_SCORE_BEFORE = 0.5;
/** …and read as Vietnamese once converted, with at least this many Vietnamese words. */
const MIN_SCORE_AFTER = 0.8;
const MIN_WORDS_AFTER = 3;

/**
 * Converts VNI-font text saved as Unicode: a document typed in a VNI font
 * and copied or saved as Unicode keeps the Windows-1252 characters of the
 * VNI bytes, so "Tăng trưởng" reads "Taêng tröôûng". The text is taken as
 * such only when it has no letter beyond Latin-1, reads as hardly
 * Vietnamese as it is, and reads as Vietnamese once converted; otherwise
 * the result is null and the text is left alone.
 *
 * @example
 * repairVniText('Taêng tröôûng kinh teá ñaït 7,5%') // → 'Tăng trưởng kinh tế đạt 7,5%'
 * repairVniText('Le café est bon')                  // → null
 */
export function repairVniText(text: string): string | null {
  if (BEYOND_LATIN1.test(text) || !LATIN1_LETTER.test(text)) return null;
  const before = scoreVietnamese(text);
  if (before.words === 0 || before.score > MAX_SCORE_BEFORE) return null;
  const converted = vniToUnicode(text);
  const after = scoreVietnamese(converted);
  return after.score >= MIN_SCORE_AFTER && after.vietnamese >= MIN_WORDS_AFTER ? converted : null;
}
