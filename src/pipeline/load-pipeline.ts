import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PipelineDefinition } from './define-pipeline.ts';

const here = fileURLToPath(import.meta.url);
/** Whether this is the compiled JavaScript in dist/ (see scripts/build.mjs), not the TypeScript sources. */
const COMPILED = path.extname(here) === '.js';

/** The project's `pipelines/` folder (from dist/, the project's, beside dist/). */
export const PIPELINES_DIR = path.resolve(path.dirname(here), COMPILED ? '../../../pipelines' : '../../pipelines');
/** The compiled pipelines (dist/pipelines), when this is compiled. */
const COMPILED_PIPELINES_DIR = COMPILED ? path.resolve(path.dirname(here), '../../pipelines') : null;

let tsxRegistered = false;

/**
 * Loads a pipeline by name (`reports` → `pipelines/reports.ts`, or its
 * compiled `dist/pipelines/reports.js`) or by path to a file whose default
 * export is a pipeline definition. A TypeScript file loads through tsx.
 *
 * @example
 * (await loadPipeline('reports')).name // → 'reports'
 */
export async function loadPipeline(nameOrPath: string): Promise<PipelineDefinition> {
  const candidates = /[/\\]|\.[cm]?[jt]s$/.test(nameOrPath)
    ? [path.resolve(nameOrPath)]
    : [
        // compiled, a built-in pipeline's JavaScript first: its TypeScript would load a second copy of every module through tsx
        ...(COMPILED_PIPELINES_DIR ? [path.join(COMPILED_PIPELINES_DIR, `${nameOrPath}.js`)] : []),
        path.join(PIPELINES_DIR, `${nameOrPath}.ts`),
        path.join(PIPELINES_DIR, `${nameOrPath}.js`),
      ];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`pipeline "${nameOrPath}" not found (looked for ${candidates.join(', ')})`);
  // a user's TypeScript pipeline, run from the compiled JavaScript: tsx loads it
  if (COMPILED && /\.[cm]?ts$/.test(file) && !tsxRegistered) {
    const { register } = await import('tsx/esm/api');
    register();
    tsxRegistered = true;
  }
  const mod = (await import(pathToFileURL(file).href)) as { default?: PipelineDefinition };
  const def = mod.default;
  if (!def || typeof def !== 'object' || !def.stages || typeof def.name !== 'string') {
    throw new Error(`${file}: expected a pipeline definition as the default export (definePipeline({...}))`);
  }
  // the file it came from, so that worker threads can load the same stages
  return { ...def, source: file };
}
