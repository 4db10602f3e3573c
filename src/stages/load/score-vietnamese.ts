/** How Vietnamese a decoded text reads, from its words with letters beyond ASCII. */
export interface VietnameseScore {
  /** Words (runs of letters) with at least one letter beyond ASCII, abbreviations aside: the ones a wrong decoding changes. */
  readonly words: number;
  /** Of those, the ones that are well-formed Vietnamese syllables. */
  readonly vietnamese: number;
  /** Characters no Vietnamese report has: controls, U+FFFD, stray symbols such as ¨ © ¬ ­ ¸ ¼. */
  readonly impossible: number;
  /** `vietnamese / (words + 2 × impossible)`, 0 when both are 0: a control or stray symbol says more against a reading than one odd word. */
  readonly score: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Symbols beyond ASCII that reports do use: quotes, dashes, ellipsis, bullets, degrees, signs, ₫. */
const USUAL_SYMBOLS = new Set([...'“”‘’«»–—…•·°±×÷€₫‰²³§№\u00a0']);

// A syllable is an initial consonant, a vowel nucleus and a final. Nuclei
// ending in a glide take no final; ă, â, iê, yê, uô, ươ, oă, uâ, uyê and oo
// need one. k is a final only in Central Highlands names (Đắk Lắk).
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)';
const OPEN_ONLY = '(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|uơ)';
const FREE = '(?:oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y)';
const CLOSED = '(?:uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â)';
const FINAL = '(?:ch|ng|nh|c|k|m|n|p|t)';
const SYLLABLE = new RegExp(`^${INITIAL}?(?:${OPEN_ONLY}|${FREE}${FINAL}?|${CLOSED}${FINAL})$`);
const STOP_FINAL = /(?:c|ch|k|p|t)$/;

/**
 * Scores how Vietnamese a text reads: the share of its words with non-ASCII
 * letters that are well-formed Vietnamese syllables, lowered twice as much
 * by every character no report would contain. A right decoding of a Vietnamese
 * report scores near 1; a wrong one leaves broken words and stray symbols.
 *
 * @example
 * scoreVietnamese('Tăng trưởng kinh tế đạt 7,5%').score // → 1
 * scoreVietnamese('T¨ng tr\u00adëng kinh tÕ').score     // → 1 / 6 (tƠ is a syllable; ¨ and the soft hyphen are not text)
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let words = 0;
  let vietnamese = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word) || isAbbreviation(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) vietnamese++;
  }
  let impossible = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      if ((code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') || code === 0x7f) impossible++;
    } else if (!/[\p{L}\p{M}\s]/u.test(ch) && !USUAL_SYMBOLS.has(ch)) {
      impossible++;
    }
  }
  const denominator = words + 2 * impossible;
  return { words, vietnamese, impossible, score: denominator === 0 ? 0 : vietnamese / denominator };
}

/** Capitals without a vowel (HĐND, LĐBĐ): an abbreviation, neither for nor against a reading. */
function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && !/[aeiouy]/i.test(word.normalize('NFD'));
}

/** Whether a word is one well-formed Vietnamese syllable with at most one tone, a stop final taking only sắc or nặng. */
function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(bare)) return false;
  // a syllable closed by a stop (các, đạt) has sắc or nặng, never another tone or none
  return !STOP_FINAL.test(bare) || tones[0] === '\u0301' || tones[0] === '\u0323';
}
