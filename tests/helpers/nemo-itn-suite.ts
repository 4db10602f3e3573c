import { describe, expect } from 'vitest';
import { NEMO_SYMBOL_UNITS, readNemoWritten } from './nemo-written.ts';
import { describePeerFile, eachPeerCase, peerCases, type PeerCase } from './peer-vectors.ts';
import { figuresOf, numbersOf, numbersWith, type ReadNumber } from './read-with-solieu.ts';

/**
 * How a NeMo file is checked: `numbers` through `solieu extract --numbers`
 * (cardinals, decimals, fractions), `figures` through the observations of
 * `solieu extract` (money and measures).
 */
export type NemoMode = 'numbers' | 'figures';

function written(c: PeerCase): string {
  return String(c.expected['written']);
}

/**
 * A digit word NeMo leaves as a word ("một" in "100 một", "hai" alone):
 * solieu may read it as its own number; it is not compared.
 */
function withoutWordsLeft(readings: readonly ReadNumber[], writtenForm: string): Array<number | null> {
  const left = new Set(writtenForm.split(/\s+/));
  return readings.filter((r) => !(/^[\p{L}]+$/u.test(r.text) && left.has(r.text))).map((r) => r.value);
}

function expectedNumbers(c: PeerCase): number[] {
  return readNemoWritten(written(c)).map((f) => f.value);
}

function expectedFigures(c: PeerCase): Array<{ value: number; unit: string }> {
  return readNemoWritten(written(c), { units: true }).map((f) => {
    const unit = f.symbol === null ? undefined : NEMO_SYMBOL_UNITS[f.symbol];
    if (unit === undefined) throw new Error(`"${f.symbol}" is not a unit solieu tracks: list the case in OUT-OF-SCOPE.md`);
    return { value: f.value, unit };
  });
}

/**
 * The tests of one NeMo inverse-normalisation file. Every case is checked
 * twice against the number(s) its written form states, read literally
 * (tests/helpers/nemo-written.ts):
 * - spoken: solieu reads NeMo's input (the words) to those numbers;
 * - written: solieu reads NeMo's output (the digits, "." as the decimal
 *   point, so with the English convention) to the same numbers.
 * A case NeMo leaves unchanged states no number: solieu must not join its
 * words into one.
 */
export function describeNemoItn(file: string, mode: NemoMode): void {
  describePeerFile(file, (peer) => {
    if (mode === 'numbers') {
      describe('spoken: the words read to the written number', () => {
        eachPeerCase(peerCases(peer, file, 'spoken', (c) => JSON.stringify(written(c))), (c) => {
          expect(withoutWordsLeft(numbersOf(c.text), written(c))).toEqual(expectedNumbers(c));
        });
      });
      describe('written: the written form read to its number', () => {
        eachPeerCase(peerCases(peer, file, 'written', (c) => JSON.stringify(written(c))), (c) => {
          expect(withoutWordsLeft(numbersWith(written(c), 'en'), written(c))).toEqual(expectedNumbers(c));
        });
      });
      return;
    }
    describe('spoken: the words read to the written amount and unit', () => {
      eachPeerCase(peerCases(peer, file, 'spoken', (c) => JSON.stringify(written(c))), (c) => {
        expect(figuresOf(c.text).map((f) => ({ value: f.value, unit: f.unit }))).toEqual(expectedFigures(c));
      });
    });
    describe('written: the written form read to its amount and unit', () => {
      eachPeerCase(peerCases(peer, file, 'written', (c) => JSON.stringify(written(c))), (c) => {
        expect(figuresOf(written(c), 'en').map((f) => ({ value: f.value, unit: f.unit }))).toEqual(expectedFigures(c));
      });
    });
  });
}
