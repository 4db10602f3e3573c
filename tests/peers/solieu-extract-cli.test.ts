/**
 * Peer vectors through the real command line: every in-scope case of
 * Duckling's numeral corpus and of NeMo's inverse-normalisation cardinals
 * through `solieu extract --numbers --jsonl`, and Duckling's amounts of
 * money through `solieu extract --jsonl`, one case per input line.
 *
 * source:  facebook/duckling Duckling/Numeral/VI/Corpus.hs and Duckling/AmountOfMoney/VI/Corpus.hs @ 2c226585af5b9f4985d9c7151d7191603bb2add7
 * license: BSD-3-Clause (Duckling LICENSE: 'BSD License', Copyright (c) 2016-present, Facebook, Inc.)
 * source:  NVIDIA/NeMo-text-processing tests/nemo_text_processing/vi/data_inverse_text_normalization/test_cases_cardinal.txt @ 1f1263579fe57ba7ed783cad3dddee710fcc5064
 * license: Apache-2.0 (NVIDIA/NeMo-text-processing LICENSE)
 * cases:   read at run time from ../shared/peers; the cases out of scope
 *          are those of tests/peers/OUT-OF-SCOPE.md.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNemoWritten } from '../helpers/nemo-written.ts';
import { loadPeerFile, peerCases, type PeerCase } from '../helpers/peer-vectors.ts';
import { HAS_PEERS, ROOT } from '../helpers/shared-corpus.ts';

const BIN = path.join(ROOT, 'bin/solieu.js');

function solieuJsonl<T>(args: string[], lines: readonly string[]): T[] {
  const r = spawnSync(process.execPath, [BIN, ...args, '--jsonl'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as T);
}

function inScope(file: string): PeerCase[] {
  return peerCases(loadPeerFile(file), file, 'spoken', () => '').run.map((c) => c.case);
}

interface NumbersLine {
  readonly line: number;
  readonly numbers: ReadonlyArray<{ readonly value: number | null; readonly text: string }>;
}

describe.skipIf(!HAS_PEERS)('peer vectors through `solieu extract --jsonl`', () => {
  it('reads every in-scope Duckling numeral as one number with --numbers', () => {
    const cases = inScope('duckling-numeral-vi.json');
    const out = solieuJsonl<NumbersLine>(['extract', '--numbers'], cases.map((c) => c.text));
    expect(out.map((l) => l.numbers.map((n) => n.value))).toEqual(cases.map((c) => [c.expected['value']]));
  });

  it('reads the in-scope NeMo cardinals that state one number to that number with --numbers', () => {
    const cases = inScope('nemo-itn-vi-cardinal.json').filter((c) => c.expected['unchanged'] !== true && /^-?\d+$/.test(String(c.expected['written'])));
    const out = solieuJsonl<NumbersLine>(['extract', '--numbers'], cases.map((c) => c.text));
    expect(out.map((l) => l.numbers.map((n) => n.value))).toEqual(cases.map((c) => readNemoWritten(String(c.expected['written'])).map((f) => f.value)));
  });

  it('makes one observation of every in-scope Duckling amount of money', () => {
    const cases = inScope('duckling-amount-of-money-vi.json');
    const out = solieuJsonl<{ line: number; observations: Array<{ value: number }> }>(['extract'], cases.map((c) => c.text));
    const want = cases.map((c) => {
      const e = c.expected as { value?: number; from?: { value: number }; to?: { value: number } };
      return [e.value ?? e.from?.value ?? e.to!.value];
    });
    expect(out.map((l) => l.observations.map((o) => o.value))).toEqual(want);
  });
});
