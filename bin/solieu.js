#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node --max-semi-space-size=8
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
// Two settings are made where Node starts, by this file's #! line (`npx
// solieu`, the installed command) and by `npm start`, since set here they
// would no longer reach what they set (`node bin/solieu.js` runs without
// them). The main thread's young generation: semi-spaces of 8 MB instead
// of 16. And one malloc arena for the process (MALLOC_ARENA_MAX=1, glibc)
// instead of one per thread: what SQLite and the buffers free in one
// thread's arena stayed resident there, and on 1 GB of text the export
// alone peaked at 331 MB with an arena per thread, 295 with one, in the
// same time (70.8 s, 66.5 s); 100 MB ran in the same time either way.
// The main thread takes each file's records from the workers and writes
// them; they die young either way, and on 100 MB of text the smaller young
// generation held 16 MB less of the main heap (46-54 MB against 63-70) with
// the main thread as busy (36.1 s against 37.3 s).

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
