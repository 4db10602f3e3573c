/**
 * Peer vectors: Duckling's amount-of-money corpus (locale VI), read by the
 * observations of `solieu extract` (extractFromText).
 *
 * source:  facebook/duckling Duckling/AmountOfMoney/VI/Corpus.hs @ 2c226585af5b9f4985d9c7151d7191603bb2add7
 * license: BSD-3-Clause (Duckling LICENSE: 'BSD License', Copyright (c) 2016-present, Facebook, Inc.)
 * cases:   ../shared/peers/duckling-amount-of-money-vi.json, read at run time;
 *          each test name ends with the line of the case's `examples` call.
 *
 * Duckling asserts one AmountOfMoney token over the whole input; here:
 * solieu makes exactly one observation of it. A value is `{value, unit}`;
 * Duckling's interval `{from, to}` is a range (value, value_high,
 * qualifier `range`), an interval with only `to` is a bound from above
 * (`under` or `at_most`), one with only `from` a bound from below (`over`
 * or `at_least`); Duckling tells neither strict from non-strict bounds.
 * Duckling's "$" is a dollar of unstated country and "£" a pound: the
 * Vietnamese texts solieu reads mean the US dollar and the British pound,
 * so they are compared as USD and GBP. Cases judged out of scope are
 * listed, with the reason, in tests/peers/OUT-OF-SCOPE.md.
 */
import { expect } from 'vitest';
import type { Qualifier } from '../../src/core/records.ts';
import { describePeerFile, eachPeerCase, peerCases, type PeerCase } from '../helpers/peer-vectors.ts';
import { figuresOf } from '../helpers/read-with-solieu.ts';

const FILE = 'duckling-amount-of-money-vi.json';

interface Amount {
  readonly value: number;
  readonly unit: string;
}

const UNITS: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP' };
const unitOf = (a: Amount): string => UNITS[a.unit] ?? a.unit;

/** What solieu should make of Duckling's expected JSON. */
function expectedFigure(c: PeerCase): { value: number; valueHigh: number | null; unit: string; qualifiers: Array<Qualifier | null> } {
  const e = c.expected as { type: string; value?: number; unit?: string; from?: Amount; to?: Amount };
  if (e.type === 'value') return { value: e.value!, valueHigh: null, unit: unitOf({ value: e.value!, unit: e.unit! }), qualifiers: [null] };
  if (e.from && e.to) return { value: e.from.value, valueHigh: e.to.value, unit: unitOf(e.from), qualifiers: ['range'] };
  if (e.to) return { value: e.to.value, valueHigh: null, unit: unitOf(e.to), qualifiers: ['under', 'at_most'] };
  return { value: e.from!.value, valueHigh: null, unit: unitOf(e.from!), qualifiers: ['over', 'at_least'] };
}

describePeerFile(FILE, (peer) => {
  eachPeerCase(peerCases(peer, FILE, 'all', (c) => JSON.stringify(c.expected)), (c) => {
    const want = expectedFigure(c);
    const got = figuresOf(c.text);
    expect(got.map((f) => [f.value, f.valueHigh, f.unit])).toEqual([[want.value, want.valueHigh, want.unit]]);
    expect(want.qualifiers).toContain(got[0]!.qualifier);
  });
});
