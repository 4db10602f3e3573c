import type { InputFormat } from '../stages/load/list-input-files.ts';
import type { Stage } from '../stages/stage.ts';

/** Settings a pipeline brings; command-line options override them. */
export interface PipelineSettings {
  /** Input formats the pipeline reads. */
  readonly formats: readonly InputFormat[];
  /** Files processed at once. */
  readonly concurrency: number;
  /** A folder of taxonomy CSV files that extend the built-in ones. */
  readonly taxonomyDir: string | null;
  /** Retract the figures of reports whose files are gone (as `--prune` does); by default they stay current, marked missing. */
  readonly prune: boolean;
}

/** A pipeline: a name, what it is for, its stages in order and its settings. */
export interface PipelineDefinition {
  readonly name: string;
  readonly description: string;
  readonly stages: readonly Stage[];
  readonly settings: PipelineSettings;
}

/** What a pipeline file writes: settings may be left out. */
export interface PipelineInput {
  readonly name: string;
  readonly description: string;
  readonly stages: readonly Stage[];
  readonly settings?: Partial<PipelineSettings>;
}

/**
 * Declares a pipeline, filling in default settings. Pipeline files in
 * `pipelines/` export the result as their default export. Stages run in the
 * order given, each on what the ones before produced; a pipeline may add
 * its own stage anywhere in the list.
 *
 * @example
 * export default definePipeline({ name: 'reports', description: '…', stages: [segmentStage, extractStage, structureStage, normaliseStage, validateStage] });
 */
export function definePipeline(input: PipelineInput): PipelineDefinition {
  const concurrency = input.settings?.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`pipeline ${input.name}: expected concurrency to be a positive integer, got ${concurrency}`);
  }
  if (!Array.isArray(input.stages) || input.stages.length === 0) throw new Error(`pipeline ${input.name}: expected a list of stages, got none`);
  const names = new Set<string>();
  for (const [i, stage] of input.stages.entries()) {
    if (!stage || typeof stage.name !== 'string' || typeof stage.run !== 'function') {
      throw new Error(`pipeline ${input.name}: expected stage ${i + 1} to be { name, run(work, ctx) }, got ${JSON.stringify(stage)}`);
    }
    if (names.has(stage.name)) throw new Error(`pipeline ${input.name}: expected stage names to be unique, got "${stage.name}" twice`);
    names.add(stage.name);
  }
  return {
    name: input.name,
    description: input.description,
    stages: input.stages,
    settings: {
      formats: input.settings?.formats ?? ['txt', 'md', 'html'],
      concurrency,
      taxonomyDir: input.settings?.taxonomyDir ?? null,
      prune: input.settings?.prune ?? false,
    },
  };
}
