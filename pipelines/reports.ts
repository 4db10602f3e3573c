import { definePipeline } from '../src/pipeline/define-pipeline.ts';
import { extractQuantities } from '../src/stages/extract/extract-quantities.ts';
import { normaliseDocument } from '../src/stages/normalise/normalise-document.ts';
import { segmentSentences } from '../src/stages/segment/segment-sentences.ts';
import { validateObservations } from '../src/stages/validate/validate-observations.ts';

/**
 * The default pipeline: Vietnamese economic reports as plain text, Markdown
 * or HTML pages, through every stage with the built-in taxonomy.
 */
export default definePipeline({
  name: 'reports',
  description: 'Vietnamese economic reports (.txt, .md, .html) to validated observations',
  stages: {
    segment: segmentSentences,
    extract: extractQuantities,
    normalise: normaliseDocument,
    validate: validateObservations,
  },
  settings: { formats: ['txt', 'md', 'html'], concurrency: 4 },
});
