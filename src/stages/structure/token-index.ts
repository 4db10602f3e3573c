import { PRIORITY, type Token, type TokenKind } from './sentence-tokens.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/** Where the token of each mention is in a sentence's token list, built once per list. */
const positions = new WeakMap<readonly Token[], readonly number[]>();

const KIND_NO = Object.fromEntries(PRIORITY.map((k, i) => [k, i])) as Readonly<Record<TokenKind, number>>;
/** A token's kind and its mention's index as one number (sixteen kinds at most), an index into an array, not a built string. */
const keyOf = (kind: TokenKind, n: number): number => n * 16 + KIND_NO[kind];

/** For each kind and mention index ({@link keyOf}), the index of the first token made from it, or -1. */
function mentionIndex(tokens: readonly Token[]): readonly number[] {
  let index = positions.get(tokens);
  if (index === undefined) {
    let last = -1;
    for (const t of tokens) last = Math.max(last, t.ref);
    const at = new Array<number>((last + 1) * 16).fill(-1);
    // from the end, so that the first token of a mention is the one left
    for (let i = tokens.length - 1; i >= 0; i--) at[keyOf(tokens[i]!.kind, tokens[i]!.ref)] = i;
    index = at;
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
  return mentionIndex(tokens)[keyOf(kind, ref)] ?? -1;
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
