#!/usr/bin/env node
// Entry point of the `solieu` command. It runs the compiled JavaScript in
// dist/ (`npm run build`, which `npm ci` runs) while dist/ is newer than
// every source file; otherwise (a source edited since, or never built) the
// TypeScript sources through tsx's loader, so a change is never run stale.
// A pipeline written in TypeScript (pipelines/*.ts, a user's) loads either
// way.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time of the files under `dir`, in ms. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function distIsFresh() {
  const built = path.join(root, 'dist/.built');
  if (!existsSync(built)) return false;
  const at = statSync(built).mtimeMs;
  return ['src', 'pipelines'].every((d) => newest(path.join(root, d)) <= at) && statSync(path.join(root, 'package.json')).mtimeMs <= at;
}

let main;
if (distIsFresh()) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
