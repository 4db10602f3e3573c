/**
 * Peer vectors: the number-to-words tests of read-vietnamese-number, as
 * round trips: solieu reads the words the library wrote back to the number
 * it was given, through `solieu extract --numbers` (numbersInText).
 *
 * source:  tonghoangvu/read-vietnamese-number-js test/reader.test.ts @ 9c5f1eb8ffb28574e1317720f4ca647840aee62b (npm package read-vietnamese-number v2.3.1)
 * license: MIT (Copyright (c) 2025 Vu Tong)
 * cases:   ../shared/peers/read-vietnamese-number-n2w-vi.json, read at run
 *          time; each test name ends with the case's source_line.
 *
 * The library asserts `doReadNumber(text, config) == expected.words` with
 * English-style input ("." the point, "," grouping, which it drops
 * wherever it stands). Cases judged out of scope are listed, with the
 * reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { describePeerFile, eachPeerCase, peerCases } from '../helpers/peer-vectors.ts';
import { canonicalDecimal, expectWordsRead } from '../helpers/expect-round-trip.ts';

const FILE = 'read-vietnamese-number-n2w-vi.json';

/** The default ReadingConfig writes the unit `['đơn', 'vị']` after the number. */
const DEFAULT_UNIT = ' đơn vị';

describePeerFile(FILE, (peer) => {
  eachPeerCase(peerCases(peer, FILE, 'all', (c) => JSON.stringify(c.expected['words'] ?? c.expected)), (c) => {
    const words = String(c.expected['words']);
    const numberWords = c.config?.startsWith('default') && words.endsWith(DEFAULT_UNIT) ? words.slice(0, -DEFAULT_UNIT.length) : words;
    expectWordsRead(words, canonicalDecimal(c.text.replace(/,/g, '')), numberWords);
  });
});
