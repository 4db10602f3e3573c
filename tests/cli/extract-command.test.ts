import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { encodeLegacy, encodeTwice } from '../helpers/encode-legacy.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();
const BIN = path.join(ROOT, 'bin/solieu.js');
const SENTENCE = 'Tăng trưởng GRDP năm 2023 đạt trên 11%, thu ngân sách đạt 12.345 tỷ đồng.';

/** `solieu extract` with these bytes on standard input. */
function extract(args: string[], input: Uint8Array) {
  const r = spawnSync(process.execPath, [BIN, 'extract', ...args], { input, encoding: 'utf8', cwd: dir.path });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('solieu extract on standard input', () => {
  it('refuses bytes that are neither UTF-8 nor a legacy encoding: exit 2, one line naming standard input and the place', () => {
    const r = extract([], Buffer.concat([Buffer.from('Tăng trưởng GRDP năm 2023 đạt '), Buffer.from([0xff, 0xfe, 0x31]), Buffer.from('1%')]));
    expect(r.code).toBe(EXIT.FAILED);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^solieu extract: standard input: FILE_INVALID_UTF8: expected UTF-8, got an invalid byte sequence at line 1, column 31 \(byte 38\) \(byte 0xff\); it reads as none of the legacy encodings tried/);
    expect(r.stderr).not.toMatch(/\ufffd/);
  });

  it('reads valid UTF-8 as before, and a TCVN3 or double-encoded input as the same text', () => {
    const utf8 = extract([], Buffer.from(SENTENCE));
    expect(utf8.code).toBe(EXIT.OK);
    const observations = JSON.parse(utf8.stdout) as Array<{ text: string; value: number }>;
    expect(observations.map((o) => o.text)).toEqual(['trên 11%', '12.345 tỷ đồng']);
    expect(extract([], encodeLegacy(SENTENCE, 'tcvn3')).stdout).toBe(utf8.stdout);
    expect(extract([], Buffer.from(encodeTwice(SENTENCE))).stdout).toBe(utf8.stdout);
  });

  it('decodes the whole input once with --jsonl, then splits it into lines', () => {
    const input = encodeLegacy('xuất khẩu đạt 34,05 tỷ USD\n\nthu ngân sách đạt 12.345 tỷ đồng\n', 'vni');
    const r = extract(['--jsonl'], input);
    expect(r.code).toBe(EXIT.OK);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; observations: Array<{ value: number }> });
    expect(lines.map((l) => [l.line, l.observations.map((o) => o.value)])).toEqual([[1, [34050000000]], [2, []], [3, [12345000000000]]]);
  });

  it('still prints [] for empty input', () => {
    const r = extract([], Buffer.alloc(0));
    expect(r.code).toBe(EXIT.OK);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
