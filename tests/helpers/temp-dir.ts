import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh temporary folder for every test of the file, removed after it.
 * Call at the top of a file; read `.path` inside tests.
 */
export function useTempDir(): { readonly path: string } {
  const state = { path: '' };
  beforeEach(() => {
    state.path = mkdtempSync(path.join(os.tmpdir(), 'solieu-test-'));
  });
  afterEach(() => {
    rmSync(state.path, { recursive: true, force: true });
  });
  return state;
}
