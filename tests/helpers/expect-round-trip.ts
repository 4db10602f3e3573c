import { expect } from 'vitest';
import { readNumberWords } from '../../src/stages/extract/parse-number-words.ts';
import { numbersOf } from './read-with-solieu.ts';

/**
 * A decimal string in one canonical form: no grouping, no leading or
 * trailing zeros, "." as the point, no "-0".
 *
 * @example
 * canonicalDecimal('-0003.8040') // → '-3.804'
 */
export function canonicalDecimal(digits: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(digits);
  if (!m) throw new Error(`expected a decimal number, got "${digits}"`);
  const int = m[2]!.replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac === '' ? int : `${int}.${frac}`;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

/**
 * Expects `solieu extract --numbers` to read `words` as exactly one number,
 * spanning all of them (or `numberWords`, when a noun follows the number),
 * equal to `decimal` (a canonical decimal string); the digits are compared
 * exactly, beyond 2^53 too.
 *
 * @example
 * expectWordsRead('một trăm linh một', '101')
 * expectWordsRead('một trăm đơn vị', '100', 'một trăm')
 */
export function expectWordsRead(words: string, decimal: string, numberWords = words.trim()): void {
  const read = numbersOf(words);
  expect(read.map((n) => [n.text, n.value])).toEqual([[numberWords, Number(decimal)]]);
  const exact = readNumberWords(read[0]!.text.split(/\s+/));
  expect(exact && canonicalDecimal(`${exact.negative ? '-' : ''}${exact.int}${exact.frac ? `.${exact.frac}` : ''}`)).toBe(decimal);
}
