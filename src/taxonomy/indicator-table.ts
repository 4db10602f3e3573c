import { isWordCode, keyWords, wordShape } from '../core/key-words.ts';
import { matchAt } from '../core/name-list-scan.ts';
import { matchKey } from '../core/match-key.ts';
import { WordTable } from '../core/word-table.ts';
import { sortFew } from '../core/sort-few.ts';

/** An indicator of the taxonomy with what validation needs to know. */
export interface Indicator {
  readonly code: string;
  readonly name: string;
  /** The English name (column `name_en`); empty when the table has none. */
  readonly nameEn: string;
  /** Units the indicator may be stated in. */
  readonly units: readonly string[];
  /** Plausible range in base units (inclusive), when known. */
  readonly min: number | null;
  readonly max: number | null;
  /** What kind of figure it is: a `level`, a `growth` rate (year on year), a `share`, a `rank`, an `index` score. */
  readonly measure: 'level' | 'growth' | 'share' | 'rank' | 'index';
  /** The prices a money figure is at, when the indicator fixes them (`current` for GDP, `constant` for its growth). */
  readonly prices: 'current' | 'constant' | null;
  /** Whether a growth code needs a word of change in the figure's lead ("tăng", "tốc độ"): `optional` for rates named by the concept alone ("GRDP đạt 7%"). */
  readonly changeWord: 'required' | 'optional' | null;
  /** Whether the indicator is stated as a percentage of a plan ("giải ngân đạt 85% kế hoạch"). */
  readonly ofPlan: boolean;
}

/** An alias found in a text: a concept that stands for one or more codes. */
export interface AliasMention {
  /** The candidate codes; empty when the concept has no indicator. */
  readonly codes: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly alias: string;
}

/** The indicator taxonomy with its alias matcher. */
export interface IndicatorTable {
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Every alias named in `text`, leftmost-longest, without overlaps. */
  findAliases(text: string): AliasMention[];
  /** A pattern for the names of score indices, the indicators whose measure is `index` ("pci", "chỉ số chuyển đổi số"), on match keys; null when there are none. */
  readonly scoreNames: RegExp | null;
}

/** Up to six words inside one clause: a gap never crosses ",", ";", ":" or brackets. */
const GAP = '(?:\\s+[^\\s,;:()]+){0,6}?';

/**
 * Builds the indicator table from `indicators.csv` and
 * `indicator-aliases.csv` rows. An alias may list several codes (one row
 * each); the figure's unit later picks one. "…" in an alias stands for up
 * to six words; an alias with `requires` counts only in a sentence that also
 * contains that phrase.
 *
 * @example
 * buildIndicatorTable(indRows, aliasRows).findAliases('Tăng trưởng GRDP đạt 11%')
 * // → [{ codes: ['gdp.growth'], start: 0, end: 16, alias: 'tăng trưởng grdp' }]
 */
export function buildIndicatorTable(
  indicatorRows: ReadonlyArray<Record<string, string>>,
  aliasRows: ReadonlyArray<Record<string, string>>,
): IndicatorTable {
  const indicators = new Map<string, Indicator>();
  for (const [i, row] of indicatorRows.entries()) {
    const code = row['code'] ?? '';
    if (!/^[a-z0-9_.]+$/.test(code)) throw new Error(`indicators table, row ${i + 2}: expected a code like gdp.growth, got "${code}"`);
    const measure = (row['measure'] || 'level') as Indicator['measure'];
    if (!['level', 'growth', 'share', 'rank', 'index'].includes(measure)) throw new Error(`indicators table, row ${i + 2}: expected a measure level|growth|share|rank|index, got "${measure}"`);
    const prices = row['prices'] || null;
    if (prices !== null && prices !== 'current' && prices !== 'constant') throw new Error(`indicators table, row ${i + 2}: expected prices current|constant or empty, got "${prices}"`);
    const changeWord = row['change_word'] || null;
    if (changeWord !== null && changeWord !== 'required' && changeWord !== 'optional') throw new Error(`indicators table, row ${i + 2}: expected change_word required|optional or empty, got "${changeWord}"`);
    indicators.set(code, {
      code,
      name: row['name_vi'] ?? '',
      nameEn: row['name_en'] ?? '',
      units: (row['unit_family'] ?? '').split('|').filter(Boolean),
      min: numberOrNull(row['min']),
      max: numberOrNull(row['max']),
      measure,
      prices,
      changeWord: changeWord ?? (measure === 'growth' ? 'required' : null),
      ofPlan: row['of_plan'] === 'yes',
    });
  }
  const byAlias = new Map<string, { codes: string[]; requires: string | null }>();
  for (const [i, row] of aliasRows.entries()) {
    const alias = matchKey((row['alias'] ?? '').trim()).replace(/\s+/g, ' ');
    const code = (row['code'] ?? '').trim();
    const requires = (row['requires'] ?? '').trim();
    if (alias === '') continue;
    if (code !== '' && !indicators.has(code)) throw new Error(`indicator aliases, row ${i + 2}: code "${code}" is not in the indicator table`);
    const key = `${alias}\u0000${requires}`;
    const entry = byAlias.get(key) ?? { codes: [], requires: requires === '' ? null : matchKey(requires) };
    if (code !== '' && !entry.codes.includes(code)) entry.codes.push(code);
    byAlias.set(key, entry);
  }
  const entries = [...byAlias.entries()]
    .map(([key, { codes, requires }]) => {
      const alias = key.split('\u0000')[0]!;
      const words = alias.split(NOT_WORD).filter(Boolean);
      // the alias's first word, and what stands before it ("(cpi)": "(")
      const first = words[0] ?? '';
      const lead = alias.indexOf(first);
      return { alias, codes, requires, re: aliasRegex(alias), gap: alias.includes('…'), anchor: longestWord(alias), first, lead, weight: alias.replace(/…/g, '').length };
    })
    .sort((a, b) => b.weight - a.weight);
  // each alias under its anchor: a sentence is looked up by its words, not scanned once per alias
  const byAnchor = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const under = byAnchor.get(e.anchor);
    if (under) under.push(i);
    else byAnchor.set(e.anchor, [i]);
  });
  const shapes = new Set(entries.flatMap((e) => [e.anchor, e.first]).map((w) => wordShape(w, 0, w.length)));
  const lookedUp = new WordTable(entries.flatMap((e) => [[e.anchor, e.anchor] as const, [e.first, e.first] as const]));
  // The stages look up the same sentence several times (once per figure in it).
  const memo = new Map<string, readonly AliasMention[]>();

  const find = (text: string): AliasMention[] => {
    const key = matchKey(text);
    const found: AliasMention[] = [];
    // an alias whose anchor is not a word of the sentence cannot match: only the others' regexes run, in weight order
    const at = new Map<string, number[]>();
    const words = keyWords(key);
    for (let w = 0; w < words.count; w++) {
      // a word that is no alias's anchor nor first word is not looked up
      if (!shapes.has(wordShape(key, words.starts[w]!, words.ends[w]!))) continue;
      // one word in thirty of that shape is an anchor or a first word: the others are told apart without being cut out
      const word = lookedUp.get(key, words.starts[w]!, words.ends[w]!);
      if (word === undefined) continue;
      const starts = at.get(word);
      if (starts) starts.push(words.starts[w]!);
      else at.set(word, [words.starts[w]!]);
    }
    // each alias has one anchor, and each word of the sentence is looked up once: no alias comes twice
    const candidates: number[] = [];
    for (const word of at.keys()) for (const i of byAnchor.get(word) ?? []) candidates.push(i);
    sortFew(candidates, (a, b) => a - b);
    for (const i of candidates) {
      const e = entries[i]!;
      if (e.requires !== null && !key.includes(e.requires)) continue;
      // tried only where its first word stands: left to right, a match not overlapping the one before
      let after = 0;
      for (const w of at.get(e.first) ?? []) {
        const start = w - e.lead;
        if (start < after || start < 0) continue;
        const end = e.gap ? gapMatchEnd(e.re, key, start) : matchAt(key, start, e.alias);
        if (end === -1 || end === start) continue;
        // the alias stands as whole words: no letter or digit just before or after it (a pattern with a gap checks its own ends)
        if (!e.gap && (isWordChar(key, start - 1) || isWordChar(key, end))) continue;
        found.push({ codes: e.codes, start, end, alias: e.alias });
        after = end;
      }
    }
    // leftmost-longest, no overlaps: longer (more specific) aliases win
    sortFew(found, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const out: AliasMention[] = [];
    for (const f of found) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
    return sortFew(out, (a, b) => a.start - b.start);
  };

  const scores = entries.filter((e) => e.codes.some((c) => indicators.get(c)?.measure === 'index'));
  const scoreNames = scores.length === 0 ? null : new RegExp(scores.map((e) => (e.gap ? e.re.source : `(?<![\\p{L}\\p{N}])${e.re.source}(?![\\p{L}\\p{N}])`)).join('|'), 'u');
  return {
    indicators,
    scoreNames,
    findAliases(text: string): AliasMention[] {
      let hit = memo.get(text);
      if (hit === undefined) {
        if (memo.size >= MEMO_SIZE) memo.clear();
        hit = find(text);
        memo.set(text, hit);
      }
      return [...hit];
    },
  };
}

/** Sentences whose aliases are remembered (a document's worth). */
const MEMO_SIZE = 512;

/** What separates words: anything but letters and digits. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * The longest word (run of letters and digits) of an alias. Where the
 * alias matches, each of its words is a whole word of the sentence (its
 * regex joins them by spaces and bounds its ends by non-letters), so a
 * sentence without the anchor among its words cannot hold the alias.
 */
function longestWord(alias: string): string {
  return alias
    .split(NOT_WORD)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

function aliasRegex(alias: string): RegExp {
  const parts = alias.split('…').map((p) =>
    p
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  const body = parts.filter(Boolean).join(`${GAP}\\s+`);
  // sticky: tried at one position, where the alias's first word stands. An alias of consecutive words matches one
  // length only, so its ends are checked after (`isWordChar`): lookarounds of Unicode classes made each of some 340
  // patterns cost about a millisecond to compile, at the first sentence of every process and worker. An alias with a
  // gap keeps them, so that a gap too short to end on a whole word is lengthened
  return parts.length > 1 ? new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'uy') : new RegExp(body, 'y');
}

/** Where the sticky regex of an alias with a gap ends its match at `start`; -1 when it does not match there. */
function gapMatchEnd(re: RegExp, key: string, start: number): number {
  re.lastIndex = start;
  const m = re.exec(key);
  return m === null ? -1 : start + m[0].length;
}

/** Whether the UTF-16 unit at `i` of `text` (or the character it begins or ends) is a letter or digit; false outside the text. */
function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text, i);
}

function numberOrNull(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
