/**
 * New-style tone placement (hoà, thuỷ, khoẻ) to old style (hòa, thủy, khỏe)
 * in open syllables: the two spellings of the same word must match the same
 * alias. Both forms have the same length, so offsets are kept.
 */
const TONE_SHIFT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
  Oà: 'Òa', Oá: 'Óa', Oả: 'Ỏa', Oã: 'Õa', Oạ: 'Ọa',
  Uỳ: 'Ùy', Uý: 'Úy', Uỷ: 'Ủy', Uỹ: 'Ũy', Uỵ: 'Ụy',
};
const NEW_STYLE = /(?<![qQ])([oO][àáảãạ]|[oO][èéẻẽẹ]|[uU][ỳýỷỹỵ])(?![\p{L}])/gu;

/**
 * Text with one spelling per word, case kept: old-style tone placement,
 * "tỉ" spelled "tỷ", and word-segmenter underscores ("Hồ_Chí_Minh") read as
 * spaces. Same length as the text, so offsets carry over.
 *
 * @example
 * toneKey('Khánh Hoà, Thuỷ_sản 3 tỉ') // → 'Khánh Hòa, Thủy sản 3 tỷ'
 */
export function toneKey(text: string): string {
  let key = toneMemo.get(text);
  if (key === undefined) {
    // the finders key the same sentence one after another: remember a document's worth
    if (toneMemo.size >= MEMO_SIZE) toneMemo.clear();
    key = toneKeyOf(text);
    toneMemo.set(text, key);
  }
  return key;
}

const toneMemo = new Map<string, string>();

function toneKeyOf(text: string): string {
  let key = text.replace(NEW_STYLE, (m) => TONE_SHIFT[m] ?? m);
  // most sentences have no "tỉ" and no underscore: each replace would read the whole sentence for nothing
  if (key.includes('ỉ')) key = key.replace(/(?<![\p{L}])tỉ(?![\p{L}])/gu, 'tỷ').replace(/(?<![\p{L}])Tỉ(?![\p{L}])/gu, 'Tỷ');
  return key.includes('_') ? key.replace(/_/g, ' ') : key;
}

/**
 * A lookup key for Vietnamese text with exactly the same length as the text,
 * so a match in the key is a match at the same offsets in the text:
 * {@link toneKey} in lower case.
 *
 * @example
 * matchKey('Tăng_trưởng Thuỷ sản 3 tỉ') // → 'tăng trưởng thủy sản 3 tỷ'
 */
export function matchKey(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    // every stage keys the same sentences again: remember a document's worth
    if (memo.size >= MEMO_SIZE) memo.clear();
    key = lowerSameLength(toneKey(text));
    memo.set(text, key);
  }
  return key;
}

const MEMO_SIZE = 1024;
const memo = new Map<string, string>();

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // toLowerCase keeps the length of every Vietnamese letter; guard the rare
  // character where it does not (e.g. 'İ'), so offsets never drift.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
