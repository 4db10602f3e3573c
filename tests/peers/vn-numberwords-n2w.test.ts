/**
 * Peer vectors: the number-to-words tests of vn-numberwords, as round
 * trips: solieu reads the words the library wrote back to the number it
 * was given, through `solieu extract --numbers` (numbersInText), and the
 * `number_to_currency` words through the observations of `solieu extract`.
 *
 * source:  rato-kaz/vn-numberwords tests/ @ dd76ad360c145daa43cbc72528374cb6b1ee6c00
 * license: MIT (Copyright (c) 2025 Nguyen Huu Vuong)
 * cases:   ../shared/peers/vn-numberwords-n2w-vi.json, read at run time; each
 *          test name ends with the case's source file and line.
 *
 * `text` is a Python literal ("." the point), except for the
 * `vietnamese_string_to_words` API, which takes Vietnamese-style strings
 * ("1.234" is 1234). Cases judged out of scope are listed, with the
 * reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { expect } from 'vitest';
import { describePeerFile, eachPeerCase, peerCases, type PeerCase } from '../helpers/peer-vectors.ts';
import { canonicalDecimal, expectWordsRead } from '../helpers/expect-round-trip.ts';
import { figuresOf } from '../helpers/read-with-solieu.ts';

const FILE = 'vn-numberwords-n2w-vi.json';

function numberOf(c: PeerCase): string {
  const digits = c.api === 'vietnamese_string_to_words' ? c.text.replace(/\./g, '').replace(',', '.') : c.text;
  return canonicalDecimal(digits);
}

describePeerFile(FILE, (peer) => {
  eachPeerCase(peerCases(peer, FILE, 'all', (c) => JSON.stringify(c.expected['words'])), (c) => {
    const words = String(c.expected['words']);
    if (c.api?.startsWith('number_to_currency')) {
      expect(figuresOf(words).map((f) => [f.value, f.unit])).toEqual([[Number(numberOf(c)), 'VND']]);
    } else {
      expectWordsRead(words, numberOf(c));
    }
  });
});
