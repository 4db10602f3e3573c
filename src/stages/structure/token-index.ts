import { PRIORITY, type Token, type TokenKind } from './sentence-tokens.ts';
import { partitionPoint } from '../../core/partition-point.ts';

/** Where each token of a sentence's token list is, by its kind and start and by its kind and mention, built once per list. */
const positions = new WeakMap<readonly Token[], TokenPositions>();

/** A token's kind and a number (its start, or its mention's index) as one number key: a Map of numbers, not of built strings. */
interface TokenPositions {
  readonly byStart: Map<number, number>;
  readonly byMention: Map<number, number>;
}

const KIND_NO = Object.fromEntries(PRIORITY.map((k, i) => [k, i])) as Readonly<Record<TokenKind, number>>;
const keyOf = (kind: TokenKind, n: number): number => n * 16 + KIND_NO[kind];

function indexOf(tokens: readonly Token[]): TokenPositions {
  let index = positions.get(tokens);
  if (index === undefined) {
    index = { byStart: new Map(), byMention: new Map() };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const at = keyOf(t.kind, t.start);
      if (!index.byStart.has(at)) index.byStart.set(at, i);
      const of = keyOf(t.kind, t.ref);
      if (!index.byMention.has(of)) index.byMention.set(of, i);
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
  return indexOf(tokens).byStart.get(keyOf(kind, start)) ?? -1;
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
  return indexOf(tokens).byMention.get(keyOf(kind, ref)) ?? -1;
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
