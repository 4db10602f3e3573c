import { PRIORITY, type Token, type TokenKind } from './sentence-tokens.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/** Where the token of each mention is in a sentence's token list, built once per list. */
const positions = new WeakMap<readonly Token[], MentionIndex>();

const KIND_NO = Object.fromEntries(PRIORITY.map((k, i) => [k, i])) as Readonly<Record<TokenKind, number>>;

/**
 * For each kind, the token index of each of its mentions (-1: none), in one
 * array: a kind's mentions from `from[kind]` up to `from[kind + 1]`, as many
 * as the number of its last mention with a token, plus one. A map of
 * numbers, without the map.
 */
interface MentionIndex {
  readonly from: readonly number[];
  readonly at: readonly number[];
}

function mentionIndex(tokens: readonly Token[]): MentionIndex {
  let index = positions.get(tokens);
  if (index === undefined) {
    // a kind's run is as long as its last mention with a token, counted first in the entry after the kind's own
    const from = new Array<number>(PRIORITY.length + 1).fill(0);
    for (const t of tokens) from[KIND_NO[t.kind] + 1] = Math.max(from[KIND_NO[t.kind] + 1]!, t.ref + 1);
    for (let k = 1; k <= PRIORITY.length; k++) from[k]! += from[k - 1]!;
    const at = new Array<number>(from[PRIORITY.length]!).fill(-1);
    // from the end, so that the first token of a mention is the one left
    for (let i = tokens.length - 1; i >= 0; i--) at[from[KIND_NO[tokens[i]!.kind]]! + tokens[i]!.ref] = i;
    index = { from, at };
    positions.set(tokens, index);
  }
  return index;
}

/**
 * The index of the first token of `kind` that starts at `start`, or -1: what
 * `tokens.findIndex((t) => t.kind === kind && t.start === start)` gives, in
 * the time of a binary search of a list sorted by start (as
 * {@link sentenceTokens} returns it), so the rules that look up a mention's
 * token for every figure stay near linear in a long sentence.
 *
 * @example
 * tokenIndexAt(sentenceTokens(mentions), 'quantity', 5) // → 3
 */
export function tokenIndexAt(tokens: readonly Token[], kind: TokenKind, start: number): number {
  // the list is sorted by start: the tokens that start there stand together, after every token that starts before
  for (let i = firstTokenFrom(tokens, start); i < tokens.length && tokens[i]!.start === start; i++) if (tokens[i]!.kind === kind) return i;
  return -1;
}

/**
 * The index of the first token of `kind` made from mention `ref` of its
 * list, or -1: `tokens.findIndex((t) => t.kind === kind && t.ref === ref)`
 * in constant time.
 *
 * @example
 * tokenIndexOfMention(sentenceTokens(mentions), 'time', 0) // → 1
 */
export function tokenIndexOfMention(tokens: readonly Token[], kind: TokenKind, ref: number): number {
  const { from, at } = mentionIndex(tokens);
  const k = KIND_NO[kind];
  return ref >= 0 && from[k]! + ref < from[k + 1]! ? at[from[k]! + ref]! : -1;
}

/**
 * The index of the first token that starts at or after `pos` in a token list
 * sorted by start (as {@link sentenceTokens} returns it); `tokens.length`
 * when there is none.
 *
 * @example
 * firstTokenFrom(sentenceTokens(mentions), 12) // → 4
 */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i]!.start < pos);
}
