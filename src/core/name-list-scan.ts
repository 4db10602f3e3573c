import { isSpaceCode, isWordCode, keyWords, wordShape } from './key-words.ts';

/** A name found by {@link nameListScan}: the name as listed, and where it stands in the key. */
export interface NameHit {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A scanner for a list of names over a key, giving what the regex
 * `(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])` (with `gu`, each
 * space of a name as `\s+`) gives: left to right, at each position the
 * first name of the list that stands there as whole words, the scan going
 * on after it. A regex of a few hundred names is tried name by name at
 * every character of a sentence; here a name is tried only where a word
 * equal to its first word begins (a name that matches begins with that
 * word, whole: the character after it in the name is no letter or digit).
 * A list with a name that begins with a character other than a letter or
 * a digit, or holds two spaces running, is matched by that regex instead,
 * since such a name's first word says nothing of where it may begin.
 *
 * @example
 * nameListScan(['hà nội', 'hà'])('tại hà  nội, hà tĩnh') // → [{ name: 'hà nội', start: 4, end: 11 }]
 */
export function nameListScan(names: readonly string[]): (key: string) => NameHit[] {
  if (names.length === 0) return () => [];
  if (!names.every((n) => WORD_START.test(n) && !n.includes('  '))) return regexScan(names);
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    const first = FIRST_WORD.exec(name)![0];
    const under = byFirst.get(first);
    if (under) under.push(name);
    else byFirst.set(first, [name]);
  }
  const shapes = new Set([...byFirst.keys()].map((w) => wordShape(w, 0, w.length)));
  return (key) => {
    const out: NameHit[] = [];
    const words = keyWords(key);
    // the scan goes on after a name found: a word inside it begins no other
    let next = 0;
    for (let w = 0; w < words.count; w++) {
      const i = words.starts[w]!;
      const e = words.ends[w]!;
      if (i < next || !shapes.has(wordShape(key, i, e))) continue;
      const candidates = byFirst.get(key.slice(i, e));
      if (candidates === undefined) continue;
      for (const name of candidates) {
        const end = matchAt(key, i, name);
        if (end === -1 || (end < key.length && isWordCode(key, end))) continue;
        out.push({ name, start: i, end });
        next = end;
        break;
      }
    }
    return out;
  };
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
/** A name that begins with a letter or a digit. */
const WORD_START = /^[\p{L}\p{N}]/u;
/**
 * Where `name` ends when it stands at `start` of the key, a space of it
 * standing for one or more spaces (as `\s+` in its regex); -1 when it does
 * not.
 *
 * @example
 * matchAt('tại hà  nội', 4, 'hà nội') // → 11
 */
export function matchAt(key: string, start: number, name: string): number {
  let k = start;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (k >= key.length || !isSpaceCode(key.charCodeAt(k))) return -1;
      while (k < key.length && isSpaceCode(key.charCodeAt(k))) k++;
    } else if (key.charCodeAt(k++) !== c) return -1;
  }
  return k;
}

function regexScan(names: readonly string[]): (key: string) => NameHit[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (key) => {
    const out: NameHit[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(key)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ name: m[0].replace(/\s+/gu, ' '), start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}
