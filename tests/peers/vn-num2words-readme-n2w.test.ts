/**
 * Peer vectors: the README examples of vn-num2words, as round trips: solieu
 * reads the words the library wrote back to the number it was given,
 * through `solieu extract --numbers` (numbersInText).
 *
 * source:  linhpn96/VNnum2words README.md @ 0c57727a8782c220fe5f7a37702df077b82c650d (npm package vn-num2words; repo package.json says 1.0.2, registry mirrors list 1.0.4)
 * license: ISC (package.json)
 * cases:   ../shared/peers/vn-num2words-readme-n2w-vi.json, read at run time;
 *          the README examples have no line, so each test name ends with
 *          the example's position (#1 …) in the file.
 *
 * The words are kept as the README prints them, quirks included ("muời",
 * "bẩy", "không nghìn", a doubled space). Cases judged out of scope are
 * listed, with the reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { describePeerFile, eachPeerCase, peerCases } from '../helpers/peer-vectors.ts';
import { canonicalDecimal, expectWordsRead } from '../helpers/expect-round-trip.ts';

const FILE = 'vn-num2words-readme-n2w-vi.json';

describePeerFile(FILE, (peer) => {
  eachPeerCase(peerCases(peer, FILE, 'all', (c) => JSON.stringify(c.expected['words'])), (c) => {
    expectWordsRead(String(c.expected['words']), canonicalDecimal(c.text));
  });
});
