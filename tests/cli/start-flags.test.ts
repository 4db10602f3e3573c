import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/solieu.js');

/** How a command line starts Node: the variables set before `node`, and the flags between it and the script. */
const startOf = (line: string): { env: string[]; flags: string[] } => {
  const m = /((?:[A-Z_]+=\S*\s+)*)node((?:\s+--\S+)*)/.exec(line);
  const words = (s: string | undefined): string[] => (s ?? '').trim().split(/\s+/).filter(Boolean);
  return { env: words(m?.[1]), flags: words(m?.[2]) };
};

it('starts Node with the same flags as the command and as npm start, and the command runs through its #! line', () => {
  const shebang = readFileSync(BIN, 'utf8').split('\n')[0]!;
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  expect(shebang).toMatch(/^#!\/usr\/bin\/env -S /);
  expect(startOf(shebang)).toEqual({ env: ['MALLOC_ARENA_MAX=1'], flags: ['--max-semi-space-size=8'] });
  expect(startOf(start)).toEqual(startOf(shebang));
  // executed as a program (npx solieu, the installed command), not through `node`: env splits the flags
  expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
});
