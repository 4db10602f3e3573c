// A worker thread of a run's pool (src/pipeline/stage-pool.ts) when solieu
// runs from its TypeScript sources: the worker registers tsx's loader, as
// bin/solieu.js does, so the stages and a user's pipeline load.
import { register } from 'tsx/esm/api';

register();
export default (await import('../src/pipeline/stage-worker.ts')).default;
