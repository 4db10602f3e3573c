import { CHANGE_WORDS } from './find-changes.ts';

/** Words that make the figure after them a decrease or a deficit, and words that make it an increase or a level. */
const NEGATIVE = CHANGE_WORDS.filter(([, d]) => d === 'down' || d === 'deficit').map(([w]) => w);
const POSITIVE = CHANGE_WORDS.filter(([, d]) => d === 'up' || d === 'level').map(([w]) => w);
/** Every sign word, longest first. */
const SIGN_WORDS: ReadonlyArray<readonly [string, boolean]> = [...NEGATIVE.map((w) => [w, true] as const), ...POSITIVE.map((w) => [w, false] as const)].sort((a, b) => b[0].length - a[0].length);
/** A deficit noun keeps its sign through the verb that states its size: "nhập siêu ước đạt 1,2 tỷ USD". */
const DEFICIT_NOUNS = new Set(['nhập siêu', 'bán ròng']);
const DEFICIT_REACH = 40;

interface Hit {
  readonly word: string;
  readonly negative: boolean;
  readonly start: number;
}

/**
 * Whether the figure starting at `numberStart` is stated as a decrease.
 * Only the text between `from` (the clause or sentence start) and the
 * number is read.
 *
 * @example
 * isStatedDecrease('xuất khẩu giảm 9,9%', 0, 15)          // → true
 * isStatedDecrease('giảm từ 15,4% xuống còn 8,3%', 0, 23) // → false
 * isStatedDecrease('nhập siêu ước đạt 1,2 tỷ usd', 0, 18) // → true
 */
export function isStatedDecrease(key: string, from: number, numberStart: number): boolean {
  const hit = nearestSignWord(key, from, numberStart);
  if (hit === null) return false;
  if (hit.negative) return true;
  // "nhập siêu … đạt X": the deficit noun a few words back still governs.
  const back = nearestSignWord(key, Math.max(from, hit.start - DEFICIT_REACH), hit.start);
  return back !== null && DEFICIT_NOUNS.has(back.word) && !/\d/.test(key.slice(back.start, hit.start));
}

/** Verbs that state a change rather than a level. */
const CHANGE_VERBS = new Set(CHANGE_WORDS.filter(([, d]) => d === 'up' || d === 'down').map(([w]) => w));

/**
 * Whether the figure at `numberStart` is stated as a change ("tăng 5%",
 * "giảm 2.000 tỷ") rather than a level ("đạt 5 tỷ USD").
 *
 * @example
 * isStatedChange('xuất khẩu đạt 34 tỷ usd, giảm 9,9%', 0, 30) // → true
 * isStatedChange('xuất khẩu đạt 34 tỷ usd', 0, 14)            // → false
 */
export function isStatedChange(key: string, from: number, numberStart: number): boolean {
  const hit = nearestSignWord(key, from, numberStart);
  return hit !== null && CHANGE_VERBS.has(hit.word);
}

function nearestSignWord(key: string, from: number, end: number): Hit | null {
  // Walk back word by word; the first sign word found is the nearest.
  let pos = end;
  while (pos > from) {
    // the longest word ending here wins: "tăng/giảm" over "giảm", "giảm thu" over "thu"
    for (const [word, negative] of SIGN_WORDS) {
      const start = endOfWordAt(key, pos, word, from);
      if (start !== null) return { word, negative, start };
    }
    // step back over one word (and the spaces/punctuation before it)
    let p = pos;
    while (p > from && !/[\p{L}\p{N}%]/u.test(key[p - 1]!)) p--;
    while (p > from && /[\p{L}\p{N}%.,]/u.test(key[p - 1]!)) p--;
    if (p === pos) break;
    pos = p;
  }
  return null;
}

/** Start of `word` when it ends right before `pos` (spaces allowed) as whole words. */
function endOfWordAt(key: string, pos: number, word: string, from: number): number | null {
  let e = pos;
  while (e > from && key[e - 1] === ' ') e--;
  const s = e - word.length;
  if (s < from || key.slice(s, e) !== word) return null;
  if (s > 0 && /[\p{L}\p{N}]/u.test(key[s - 1]!)) return null;
  // "tăng trưởng", "giảm nghèo" start with a sign word but are nouns when a
  // noun follows; only the bare verb counts.
  return s;
}
