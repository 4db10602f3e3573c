import type { Stage } from '../stage.ts';
import { validateObservations } from './validate-observations.ts';

/** The validate stage: observations accepted, or quarantined with their reasons. */
export const validateStage: Stage = {
  name: 'validate',
  run: (work, ctx) => {
    const { accepted, rejected } = validateObservations(work.observations, { indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits });
    return { ...work, accepted, rejected };
  },
  count: (work) => work.accepted.length,
};
