import type { Token, TokenKind } from './sentence-tokens.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/** Where each token of a sentence's token list is, by its kind and start and by its kind and mention, built once per list. */
const positions = new WeakMap<readonly Token[], Map<string, number>>();

function indexOf(tokens: readonly Token[]): Map<string, number> {
  let index = positions.get(tokens);
  if (index === undefined) {
    index = new Map();
    for (const [i, t] of tokens.entries()) {
      for (const key of [`${t.kind}@${t.start}`, `${t.kind}#${t.ref}`]) if (!index.has(key)) index.set(key, i);
    }
    positions.set(tokens, index);
  }
  return index;
}

/**
 * The index of the first token of `kind` that starts at `start`, or -1: what
 * `tokens.findIndex((t) => t.kind === kind && t.start === start)` gives, in
 * constant time, so the rules that look up a mention's token for every
 * figure stay linear in a long sentence.
 *
 * @example
 * tokenIndexAt(sentenceTokens(mentions), 'quantity', 5) // → 3
 */
export function tokenIndexAt(tokens: readonly Token[], kind: TokenKind, start: number): number {
  return indexOf(tokens).get(`${kind}@${start}`) ?? -1;
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
  return indexOf(tokens).get(`${kind}#${ref}`) ?? -1;
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
