import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { besideCaller, startModulePool } from '../../src/core/module-pool.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

/** A worker module of the pool: what its thread is, after a pause, so that tasks overlap. */
const PROBE_JS = `import { threadId, resourceLimits } from 'node:worker_threads';
export default async function probe(task) {
  if (task.exit) process.exit(3);
  const start = Date.now();
  await new Promise((resolve) => setTimeout(resolve, task.ms ?? 0));
  return { threadId, start, end: Date.now(), execArgv: process.execArgv, youngMb: resourceLimits.maxYoungGenerationSizeMb, echo: task.echo };
}
`;

describe('startModulePool', () => {
  it('runs the module in its threads, one task at a time each, without the flags of this process', async () => {
    const file = path.join(dir.path, 'probe.js');
    writeFileSync(file, PROBE_JS);
    const pool = startModulePool(file, 2, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    try {
      const results = (await Promise.all([1, 2, 3, 4].map((echo) => pool.run({ ms: 100, echo })))) as Array<{ threadId: number; start: number; end: number; execArgv: string[]; youngMb: number; echo: number }>;
      expect(results.map((r) => r.echo)).toEqual([1, 2, 3, 4]);
      const threads = new Set(results.map((r) => r.threadId));
      expect(threads.size).toBe(2);
      // a thread's tasks ran one after another
      for (const thread of threads) {
        const ran = results.filter((r) => r.threadId === thread).sort((x, y) => x.start - y.start);
        for (let i = 1; i < ran.length; i++) expect(ran[i]!.start).toBeGreaterThanOrEqual(ran[i - 1]!.end);
      }
      for (const r of results) expect(r).toMatchObject({ execArgv: [], youngMb: 8 });
    } finally {
      await pool.destroy();
    }
  });

  it('hands a thread as many tasks at once as it is told: the second is in the thread while the first waits', async () => {
    const file = path.join(dir.path, 'probe.js');
    writeFileSync(file, PROBE_JS);
    const pool = startModulePool(file, 1, { tasksPerWorker: 2 });
    try {
      const [a, b] = (await Promise.all([1, 2].map((echo) => pool.run({ ms: 200, echo })))) as Array<{ threadId: number; start: number; end: number }>;
      expect(a!.threadId).toBe(b!.threadId);
      // one task at a time, the second would start when the first ended
      expect(b!.start).toBeLessThan(a!.end);
    } finally {
      await pool.destroy();
    }
  });

  it('loads a TypeScript module through the bootstrap, and a thread that dies fails its task, not the pool', async () => {
    const file = path.join(dir.path, 'probe.ts');
    // an ES module, as the sources are (their package.json says so)
    writeFileSync(path.join(dir.path, 'package.json'), '{ "type": "module" }');
    writeFileSync(file, PROBE_JS.replace('probe(task)', 'probe(task: { exit?: boolean; ms?: number; echo?: string })'));
    const pool = startModulePool(file, 1);
    try {
      await expect(pool.run({ exit: true })).rejects.toThrow();
      await expect(pool.run({ echo: 'after' })).resolves.toMatchObject({ echo: 'after' });
    } finally {
      await pool.destroy();
    }
  });

  it('fails a task when its module cannot load, naming the error', async () => {
    const file = path.join(dir.path, 'broken.js');
    writeFileSync(file, 'throw new Error("no taxonomy here");\nexport default () => 1;\n');
    const pool = startModulePool(file, 1);
    try {
      await expect(pool.run({})).rejects.toThrow('no taxonomy here');
    } finally {
      await pool.destroy();
    }
  });
});

describe('besideCaller', () => {
  it('names a module beside the caller with the caller’s own extension', () => {
    expect(besideCaller(pathToFileURL('/app/src/export/format-pool.ts').href, 'format-worker')).toBe(path.join('/app/src/export', 'format-worker.ts'));
    expect(besideCaller(pathToFileURL('/app/dist/src/export/format-pool.js').href, 'format-worker')).toBe(path.join('/app/dist/src/export', 'format-worker.js'));
  });
});
