/**
 * Peer vectors: the words-to-number tests of vn-numberwords, read by
 * `solieu extract --numbers` (numbersInText), and for its
 * `currency_words_to_number` cases by the observations of `solieu extract`.
 *
 * source:  rato-kaz/vn-numberwords tests/ @ dd76ad360c145daa43cbc72528374cb6b1ee6c00
 * license: MIT (Copyright (c) 2025 Nguyen Huu Vuong)
 * cases:   ../shared/peers/vn-numberwords-w2n-vi.json, read at run time; each
 *          test name ends with the case's source file and line.
 *
 * The library asserts `api(text) == expected.value`; here: solieu reads
 * exactly one number, spanning the words, with that value (an amount in
 * đồng for the currency API). Cases judged out of scope are listed, with
 * the reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { expect } from 'vitest';
import { describePeerFile, eachPeerCase, peerCases } from '../helpers/peer-vectors.ts';
import { figuresOf, numbersOf } from '../helpers/read-with-solieu.ts';

const FILE = 'vn-numberwords-w2n-vi.json';

describePeerFile(FILE, (peer) => {
  eachPeerCase(peerCases(peer, FILE, 'all', (c) => String(c.expected['value'])), (c) => {
    const value = c.expected['value'];
    if (c.api === 'currency_words_to_number') {
      expect(figuresOf(c.text).map((f) => [f.value, f.unit])).toEqual([[value, 'VND']]);
    } else {
      expect(numbersOf(c.text).map((n) => [n.text, n.value])).toEqual([[c.text.trim(), value]]);
    }
  });
});
