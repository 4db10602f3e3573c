import type { ExtractOptions, SentenceQuantity } from '../stages/extract/extract-quantities.ts';
import type { InputFormat } from '../stages/load/list-input-files.ts';
import type { NormaliseOptions } from '../stages/normalise/normalise-document.ts';
import type { ValidateOptions, ValidationResult } from '../stages/validate/validate-observations.ts';
import type { Observation, Sentence, SourceDocument } from '../core/records.ts';

/** The stage functions a pipeline runs on every document, in order. */
export interface PipelineStages {
  readonly segment: (text: string) => Sentence[];
  readonly extract: (text: string, sentences: readonly Sentence[], options: ExtractOptions) => SentenceQuantity[];
  readonly normalise: (
    doc: SourceDocument,
    sentences: readonly Sentence[],
    quantities: readonly SentenceQuantity[],
    options: NormaliseOptions,
  ) => Observation[];
  readonly validate: (observations: readonly Observation[], options: ValidateOptions) => ValidationResult;
}

/** Settings a pipeline brings; command-line options override them. */
export interface PipelineSettings {
  /** Input formats the pipeline reads. */
  readonly formats: readonly InputFormat[];
  /** Files processed at once. */
  readonly concurrency: number;
  /** A folder of taxonomy CSV files that extend the built-in ones. */
  readonly taxonomyDir: string | null;
}

/** A pipeline: a name, what it is for, its stages and its settings. */
export interface PipelineDefinition {
  readonly name: string;
  readonly description: string;
  readonly stages: PipelineStages;
  readonly settings: PipelineSettings;
}

/** What a pipeline file writes: settings may be left out. */
export interface PipelineInput {
  readonly name: string;
  readonly description: string;
  readonly stages: PipelineStages;
  readonly settings?: Partial<PipelineSettings>;
}

/**
 * Declares a pipeline, filling in default settings. Pipeline files in
 * `pipelines/` export the result as their default export.
 *
 * @example
 * export default definePipeline({ name: 'reports', description: '…', stages: { segment, extract, normalise, validate } });
 */
export function definePipeline(input: PipelineInput): PipelineDefinition {
  const concurrency = input.settings?.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`pipeline ${input.name}: expected concurrency to be a positive integer, got ${concurrency}`);
  }
  return {
    name: input.name,
    description: input.description,
    stages: input.stages,
    settings: {
      formats: input.settings?.formats ?? ['txt', 'md', 'html'],
      concurrency,
      taxonomyDir: input.settings?.taxonomyDir ?? null,
    },
  };
}
