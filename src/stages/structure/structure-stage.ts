import type { Stage } from '../stage.ts';
import { buildSentenceModel } from './build-sentence-model.ts';

/** The structure stage: one sentence model per sentence, built from its mentions. */
export const structureStage: Stage = {
  name: 'structure',
  run: (work) => ({ ...work, models: work.mentions.map(buildSentenceModel) }),
  count: (work) => work.models.reduce((n, m) => n + m.figures.length, 0),
};
