import { definePipeline } from '../src/pipeline/define-pipeline.ts';
import { extractStage } from '../src/stages/extract/extract-stage.ts';
import { normaliseStage } from '../src/stages/normalise/normalise-stage.ts';
import { segmentStage } from '../src/stages/segment/segment-stage.ts';
import { structureStage } from '../src/stages/structure/structure-stage.ts';
import { validateStage } from '../src/stages/validate/validate-stage.ts';

/**
 * The default pipeline: Vietnamese economic reports as plain text, Markdown
 * or HTML pages, through every stage with the built-in taxonomy.
 */
export default definePipeline({
  name: 'reports',
  description: 'Vietnamese economic reports (.txt, .md, .html) to validated observations',
  stages: [segmentStage, extractStage, structureStage, normaliseStage, validateStage],
  settings: { formats: ['txt', 'md', 'html'], concurrency: 4 },
});
