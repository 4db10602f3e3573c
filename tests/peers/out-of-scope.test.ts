/**
 * The out-of-scope list (tests/peers/OUT-OF-SCOPE.md) stays true to the peer
 * files: every row names a case that exists, by its id and its exact text,
 * with a part its file has. The peer files are read from ../shared/peers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseId, loadPeerFile, OUT_OF_SCOPE_FILE, parseOutOfScope } from '../helpers/peer-vectors.ts';
import { HAS_PEERS } from '../helpers/shared-corpus.ts';

const entries = parseOutOfScope(readFileSync(OUT_OF_SCOPE_FILE, 'utf8'));

describe('OUT-OF-SCOPE.md', () => {
  it('lists cases, each with a reason', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.reason.length, `${e.file} ${e.caseId}`).toBeGreaterThan(10);
  });

  it.skipIf(!HAS_PEERS)('names only cases that exist in their peer file', () => {
    const missing = entries.filter((e) => {
      const peer = loadPeerFile(e.file);
      return !peer?.cases.some((c, i) => caseId(c, i) === e.caseId && c.text === e.text);
    });
    expect(missing).toEqual([]);
  });

  it('skips a spoken or written part only in NeMo inverse-normalisation files', () => {
    expect(entries.filter((e) => e.part !== 'all' && !e.file.startsWith('nemo-itn-'))).toEqual([]);
  });

  it('names each case and part once', () => {
    const keys = entries.map((e) => `${e.file} ${e.caseId} ${e.text} ${e.part}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
});
