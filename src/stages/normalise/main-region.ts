import { isDomestic, type SentenceMentions } from '../../core/mentions.ts';

/**
 * The document's main region: the one named most (the title counts three
 * times, the first two paragraphs twice), when it clearly leads; "Việt Nam"
 * for a text that names no place, since a Vietnamese report then speaks of
 * the country, and for one that names several provinces alike; null when
 * two regions share the lead.
 *
 * @example
 * mainRegion(titleMentions, sentenceMentions) // → 'Quảng Ninh'
 */
export function mainRegion(title: SentenceMentions | null, sentences: readonly SentenceMentions[]): string | null {
  const score = new Map<string, number>();
  const add = (m: SentenceMentions, weight: number): void => {
    for (const p of m.places) {
      if (p.region !== null && p.use === 'subject' && isDomestic(p)) score.set(p.region, (score.get(p.region) ?? 0) + weight);
    }
  };
  if (title) add(title, 3);
  for (const s of sentences) add(s, s.sentence.paragraph <= 1 ? 2 : 1);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return 'Việt Nam';
  const provinces = ranked.filter(([r]) => r !== 'Việt Nam');
  const [p1, p2] = provinces;
  // A province that clearly leads is the subject even where the text compares it with the country.
  if (p1 && (!p2 || p1[1] >= 2 * p2[1]) && (first[0] !== 'Việt Nam' || p1[1] * 2 >= first[1])) return p1[0];
  if (first[0] === 'Việt Nam' && (!second || first[1] >= 2 * second[1])) return 'Việt Nam';
  // several provinces named alike, none leading: a report about the country that lists them
  return provinces.length >= 3 ? 'Việt Nam' : null;
}
