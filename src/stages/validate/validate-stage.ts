import type { Stage } from '../stage.ts';
import { validateObservations } from './validate-observations.ts';

/** The validate stage: observations accepted, or quarantined with their reasons. */
export const validateStage: Stage = {
  name: 'validate',
  run: (work, ctx) => {
    const { accepted, rejected } = validateObservations(work.observations, { indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits });
    // the stages before may have rejected records too (segment's SENTENCE_SPLIT): keep them
    return { ...work, accepted, rejected: [...work.rejected, ...rejected] };
  },
  count: (work) => work.accepted.length,
};
