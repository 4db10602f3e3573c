// A worker thread of a pool (src/core/module-pool.ts: the stage and format pools)
// when solieu runs from its TypeScript sources: the worker registers tsx's
// loader, as bin/solieu.js does, then loads the pool's module (its
// workerData.module), so the sources and a user's pipeline load.
import { workerData } from 'piscina';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
export default (await import(pathToFileURL(workerData.module).href)).default;
