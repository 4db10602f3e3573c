import type { Stage } from '../stage.ts';
import { validateDocument } from './validate-observations.ts';

/** The validate stage: the rules run over the document; observations accepted (with their warnings), or quarantined with their reasons and evidence. */
export const validateStage: Stage = {
  name: 'validate',
  run: (work, ctx) => {
    const { accepted, rejected, findings } = validateDocument(work, {
      rules: ctx.rules,
      indicators: ctx.taxonomy.indicators.indicators,
      knownUnits: ctx.knownUnits,
      regions: ctx.taxonomy.regions.regions,
      strict: ctx.strict,
    });
    // the stages before may have rejected records too (segment's SENTENCE_SPLIT): keep them
    return { ...work, accepted, rejected: [...work.rejected, ...rejected], findings };
  },
  count: (work) => work.accepted.length,
};
