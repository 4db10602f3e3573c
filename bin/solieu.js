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
import v8 from 'node:v8';

// After a full collection V8 lets a heap grow to up to four times what
// survived before it collects again; a run's live set is small (30-35 MB
// per thread) and churns fast, so its threads sat at 150 MB of heap each.
// Growing by a quarter instead held a 10 MB run's peak RSS at 390 MB
// instead of 510-590 with the same collection time (1.49 s against 1.47 s
// summed over the run). It reaches every isolate, worker threads included.
v8.setFlagsFromString('--heap-growing-percent=25');

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
