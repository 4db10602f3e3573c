import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared development corpus beside the project (absent in a user's fresh clone). */
export const DEV = path.resolve(ROOT, '../shared/corpus/dev');

/** The peer test vectors beside the project. */
export const PEERS = path.resolve(ROOT, '../shared/peers');

/** Whether the shared corpus is present; tests that need it skip, saying so, when it is not. */
export const HAS_DEV = existsSync(path.join(DEV, 'raw'));
export const HAS_PEERS = existsSync(PEERS);

if (!HAS_DEV) {
  process.stderr.write(`note: ${DEV} not found; tests that read the shared corpus are skipped\n`);
}
if (!HAS_PEERS) {
  process.stderr.write(`note: ${PEERS} not found; the peer-vector tests (tests/peers) are skipped\n`);
}
