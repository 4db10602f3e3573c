import { matchKey, toneKey } from '../core/match-key.ts';
import { nameListScan, type NameHit } from '../core/name-list-scan.ts';

/** A province, a centrally-run city or the country, with its validity. */
export interface Region {
  readonly name: string;
  /**
   * `country` (Việt Nam), `province`, `city` (centrally run), `macro` (a
   * socio-economic region of provinces), `foreign` (another economy), `bloc`
   * (EU, ASEAN), `world`.
   */
  readonly kind: RegionKind;
  /** First day the unit existed in this form (`YYYY-MM-DD`), null when always. */
  readonly validFrom: string | null;
  /** Last day it existed (the 2025 mergers end on 2025-06-30), null when current. */
  readonly validTo: string | null;
  /** The unit it was merged into or renamed to. */
  readonly successor: string | null;
}

/** The kinds of region the table holds. */
export const REGION_KINDS = ['country', 'province', 'city', 'macro', 'foreign', 'bloc', 'world'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** Whether a region is Việt Nam or one of its units (as opposed to a foreign economy, a bloc or the world). */
export function isDomestic(kind: RegionKind): boolean {
  return kind === 'country' || kind === 'province' || kind === 'city' || kind === 'macro';
}

/** A way of writing a region in text. */
interface RegionAlias {
  readonly text: string;
  /** Proper names match case-sensitively ("Hòa Bình" the province, not "hòa bình" peace). */
  readonly caseSensitive: boolean;
  readonly region: string;
}

/** A region named in a text. */
export interface RegionMention {
  readonly region: string;
  readonly start: number;
  readonly end: number;
}

/** The regions the normaliser knows, with a matcher over their names. */
export interface RegionTable {
  readonly regions: ReadonlyMap<string, Region>;
  /** Finds every region named in `text` (leftmost-longest, no overlaps). */
  find(text: string, asOf?: string | null): RegionMention[];
}

/**
 * Builds the region table from `regions.csv` rows: 63 provinces and cities
 * as they were until 30 June 2025 and the 34 from 1 July 2025, with the
 * merger lineage in `successor`.
 *
 * @example
 * buildRegionTable(rows).find('Tăng trưởng của TP.HCM và Khánh Hoà')
 * // → [{ region: 'Hồ Chí Minh', start: 16, end: 22 }, { region: 'Khánh Hòa', start: 26, end: 35 }]
 */
export function buildRegionTable(rows: ReadonlyArray<Record<string, string>>): RegionTable {
  const regions = new Map<string, Region>();
  const aliases: RegionAlias[] = [];
  for (const [i, row] of rows.entries()) {
    const name = row['name'] ?? '';
    const kind = row['kind'] as Region['kind'];
    if (name === '' || !(REGION_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`regions table, row ${i + 2}: expected a name and a kind ${REGION_KINDS.join('|')}, got "${name}", "${kind}"`);
    }
    regions.set(name, {
      name,
      kind,
      validFrom: row['valid_from'] || null,
      validTo: row['valid_to'] || null,
      successor: row['successor'] || null,
    });
    for (const a of [name, ...(row['aliases'] ?? '').split('|')]) {
      const text = a.trim();
      if (text === '') continue;
      const caseSensitive = /\p{Lu}/u.test(text);
      aliases.push({ text: caseSensitive ? toneKey(text) : matchKey(text), caseSensitive, region: name });
    }
  }
  aliases.sort((a, b) => b.text.length - a.text.length);
  const sensitiveScan = nameListScan(aliases.filter((a) => a.caseSensitive).map((a) => a.text));
  const insensitiveScan = nameListScan(aliases.filter((a) => !a.caseSensitive).map((a) => a.text));
  const lookup = new Map<string, string>();
  for (const a of aliases) lookup.set(`${a.caseSensitive ? 'S' : 'I'}${a.text}`, a.region);

  const atDate = (name: string, asOf: string | null | undefined): string => {
    const r = regions.get(name);
    if (!r || !asOf || !r.validFrom || asOf >= r.validFrom) return name;
    // "Huế" in a 2024 text is the province Thừa Thiên Huế.
    for (const p of regions.values()) if (p.successor === name && (!p.validTo || asOf <= p.validTo)) return p.name;
    return name;
  };

  // The stages look up the same sentence several times (once per figure in it).
  const memo = new Map<string, Map<string, readonly RegionMention[]>>();
  let remembered = 0;
  const find = (text: string, asOf: string | null | undefined): RegionMention[] => {
    const found: RegionMention[] = [];
    const scan = (hits: readonly NameHit[], prefix: string): void => {
      for (const h of hits) {
        const region = lookup.get(prefix + h.name);
        if (region) found.push({ region: atDate(region, asOf), start: h.start, end: h.end });
      }
    };
    scan(sensitiveScan(toneKey(text)), 'S');
    scan(insensitiveScan(matchKey(text)), 'I');
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: RegionMention[] = [];
    for (const f of found) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
    return out;
  };

  return {
    regions,
    find(text: string, asOf?: string | null): RegionMention[] {
      // remembered by the date, then by the sentence itself: a key joining the two would copy the whole sentence at every lookup
      const date = asOf ?? '';
      let byText = memo.get(date);
      if (byText === undefined) {
        byText = new Map();
        memo.set(date, byText);
      }
      let hit = byText.get(text);
      if (hit === undefined) {
        if (remembered >= MEMO_SIZE) {
          memo.clear();
          remembered = 0;
          byText = new Map();
          memo.set(date, byText);
        }
        hit = find(text, asOf);
        byText.set(text, hit);
        remembered++;
      }
      return [...hit];
    },
  };
}

/** Sentences whose regions are remembered (a document's worth). */
const MEMO_SIZE = 512;
