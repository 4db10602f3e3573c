import type { InputFormat } from '../stages/load/list-input-files.ts';
import { DEFAULT_MAX_SENTENCE_CHARS, normaliseSegmentOptions } from '../stages/segment/segment-options.ts';
import { createSegmentStage, isSegmentStage } from '../stages/segment/segment-stage.ts';
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
  /** Validation warnings quarantine their figures as errors do (as `--strict` does). */
  readonly strict: boolean;
  /**
   * Files larger than this many bytes are rejected (`FILE_TOO_LARGE`)
   * before they are read. Default 20 MiB: the longest report text in the
   * development corpus is under 1 MB and a saved news page with its markup
   * under 2 MB, so 20 MiB leaves room for any real report while a stray
   * dump or log cannot fill the warehouse.
   */
  readonly maxFileBytes: number;
  /**
   * The longest sentence the segment stage passes on, in characters (UTF-16
   * code units); a longer one is split into pieces, each recorded in a
   * SENTENCE_SPLIT reject. Every observation `solieu extract` prints carries
   * its sentence (the warehouse stores each sentence once), so this bounds
   * the output to a constant times the input. Default 4000: the
   * longest development sentence has 711 characters and flattened table
   * rows reach a few thousand. The pipeline's segment stage is made with it.
   */
  readonly maxSentenceChars: number;
}

/** The default of {@link PipelineSettings.maxFileBytes}: 20 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A pipeline: a name, what it is for, its stages in order and its settings. */
export interface PipelineDefinition {
  readonly name: string;
  readonly description: string;
  readonly stages: readonly Stage[];
  readonly settings: PipelineSettings;
  /**
   * The file the pipeline was loaded from ({@link loadPipeline} sets it):
   * worker threads load their own copy of its stages from it. A pipeline
   * made in code has none, and its stages run on the main thread.
   */
  readonly source?: string;
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
  // the setting, when given, remakes the segment stage with it; else the stage's own limit is the pipeline's
  const given = input.settings?.maxSentenceChars;
  const maxSentenceChars =
    given === undefined
      ? (input.stages.find(isSegmentStage)?.options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS)
      : settingOf(input.name, () => normaliseSegmentOptions({ maxSentenceChars: given }).maxSentenceChars);
  const stages = input.stages.map((s) =>
    isSegmentStage(s) && s.options.maxSentenceChars !== maxSentenceChars ? createSegmentStage({ ...s.options, maxSentenceChars }) : s,
  );
  return {
    name: input.name,
    description: input.description,
    stages,
    settings: {
      formats: input.settings?.formats ?? ['txt', 'md', 'html'],
      concurrency,
      taxonomyDir: input.settings?.taxonomyDir ?? null,
      prune: input.settings?.prune ?? false,
      strict: input.settings?.strict ?? false,
      maxFileBytes: input.settings?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      maxSentenceChars,
    },
  };
}

/** A setting read by `check`, its error prefixed with the pipeline's name. */
function settingOf<T>(pipeline: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new Error(`pipeline ${pipeline}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
