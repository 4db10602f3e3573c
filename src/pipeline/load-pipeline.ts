import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PipelineDefinition } from './define-pipeline.ts';

/** The project's `pipelines/` folder. */
export const PIPELINES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../pipelines');

/**
 * Loads a pipeline by name (`reports` → `pipelines/reports.ts`) or by path
 * to a file whose default export is a pipeline definition.
 *
 * @example
 * (await loadPipeline('reports')).name // → 'reports'
 */
export async function loadPipeline(nameOrPath: string): Promise<PipelineDefinition> {
  const candidates = /[/\\]|\.[cm]?[jt]s$/.test(nameOrPath)
    ? [path.resolve(nameOrPath)]
    : [path.join(PIPELINES_DIR, `${nameOrPath}.ts`), path.join(PIPELINES_DIR, `${nameOrPath}.js`)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`pipeline "${nameOrPath}" not found (looked for ${candidates.join(', ')})`);
  const mod = (await import(pathToFileURL(file).href)) as { default?: PipelineDefinition };
  const def = mod.default;
  if (!def || typeof def !== 'object' || !def.stages || typeof def.name !== 'string') {
    throw new Error(`${file}: expected a pipeline definition as the default export (definePipeline({...}))`);
  }
  // the file it came from, so that worker threads can load the same stages
  return { ...def, source: file };
}
