/** Phrases a mask has a bit for: one each, so at most 31 fit a 32-bit integer with its sign bit clear. */
export const MAX_PHRASES = 31;

/**
 * Which of a fixed list of phrases a text holds, read in one pass: bit `i`
 * of the mask is set when `text.includes(phrases[i])`. Each position of
 * the text is tried only for the phrases that begin with its two code
 * units, where one `includes` per phrase reads the whole text once for
 * each. An empty phrase is in every text.
 *
 * @example
 * const presence = phrasePresence(['quý', 'tháng', 'năm']);
 * presence('6 tháng đầu năm') // → 0b110
 */
export function phrasePresence(phrases: readonly string[]): (text: string) => number {
  if (phrases.length > MAX_PHRASES) throw new Error(`phrasePresence: ${phrases.length} phrases, at most ${MAX_PHRASES} fit a mask`);
  // the phrases under their first code unit (an array by code unit: every character of a text is looked up), and each one's second
  const byFirst: Array<number[] | undefined> = [];
  const second: number[] = [];
  let always = 0;
  phrases.forEach((phrase, i) => {
    second.push(phrase.length > 1 ? phrase.charCodeAt(1) : -1);
    if (phrase === '') always |= 1 << i;
    else (byFirst[phrase.charCodeAt(0)] ??= []).push(i);
  });
  const all = phrases.length === MAX_PHRASES ? 0x7fffffff : (1 << phrases.length) - 1;
  return (text: string): number => {
    let mask = always;
    for (let i = 0; i < text.length && mask !== all; i++) {
      const under = byFirst[text.charCodeAt(i)];
      if (under === undefined) continue;
      const next = text.charCodeAt(i + 1);
      for (let k = 0; k < under.length; k++) {
        const p = under[k]!;
        const bit = 1 << p;
        if ((mask & bit) === 0 && (second[p] === -1 || second[p] === next) && text.startsWith(phrases[p]!, i)) mask |= bit;
      }
    }
    return mask;
  };
}
