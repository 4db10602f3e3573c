import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/solieu.js');

/** The Node flags of a command line: what stands between `node` and the script. */
const flagsOf = (line: string): string[] => /\bnode((?:\s+--\S+)*)/.exec(line)?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];

it('starts Node with the same flags as the command and as npm start, and the command runs through its #! line', () => {
  const shebang = readFileSync(BIN, 'utf8').split('\n')[0]!;
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  expect(shebang).toMatch(/^#!\/usr\/bin\/env -S node /);
  expect(flagsOf(shebang)).toEqual(['--max-semi-space-size=8']);
  expect(flagsOf(start)).toEqual(flagsOf(shebang));
  // executed as a program (npx solieu, the installed command), not through `node`: env splits the flags
  expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
});
