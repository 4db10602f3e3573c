import type { Stage } from '../stage.ts';
import { segmentSentences } from './segment-sentences.ts';

/** The segment stage: the document's text into paragraphs and sentences. */
export const segmentStage: Stage = {
  name: 'segment',
  run: (work) => ({ ...work, sentences: segmentSentences(work.document.text) }),
  count: (work) => work.sentences.length,
};
