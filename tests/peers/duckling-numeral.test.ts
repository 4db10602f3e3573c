/**
 * Peer vectors: Duckling's Vietnamese numeral corpus, read by
 * `solieu extract --numbers` (numbersInText).
 *
 * source:  facebook/duckling Duckling/Numeral/VI/Corpus.hs @ 2c226585af5b9f4985d9c7151d7191603bb2add7
 * license: BSD-3-Clause (Duckling LICENSE: 'BSD License', Copyright (c) 2016-present, Facebook, Inc.)
 * cases:   ../shared/peers/duckling-numeral-vi.json, read at run time; each
 *          test name ends with the line of the case's `examples` call.
 *
 * Duckling asserts that the whole input is exactly one numeral token with
 * the expected value; here: solieu reads exactly one number, spanning the
 * whole input, with that value. Cases judged out of scope are listed, with
 * the reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { expect } from 'vitest';
import { describePeerFile, eachPeerCase, peerCases } from '../helpers/peer-vectors.ts';
import { numbersOf } from '../helpers/read-with-solieu.ts';

const FILE = 'duckling-numeral-vi.json';

describePeerFile(FILE, (peer) => {
  eachPeerCase(peerCases(peer, FILE, 'all', (c) => String(c.expected['value'])), (c) => {
    expect(numbersOf(c.text).map((n) => [n.text, n.value])).toEqual([[c.text.trim(), c.expected['value']]]);
  });
});
