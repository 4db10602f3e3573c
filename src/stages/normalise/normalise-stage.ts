import type { Stage } from '../stage.ts';
import { normaliseDocument } from './normalise-document.ts';

/** The normalise stage: the figures of the sentence models as observations. */
export const normaliseStage: Stage = {
  name: 'normalise',
  run: (work, ctx) => ({ ...work, observations: normaliseDocument(work.document, work.models, work.titleMentions, { taxonomy: ctx.taxonomy }) }),
  count: (work) => work.observations.length,
};
