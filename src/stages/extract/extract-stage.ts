import type { DocumentWork } from '../../core/document-work.ts';
import type { Stage } from '../stage.ts';
import { extractMentions, titleMentions } from './extract-mentions.ts';
import type { NumberConvention } from './parse-digit-number.ts';

/**
 * An extract stage: every mention of every sentence, and of the title. With
 * `convention`, digits are read by that convention instead of the one the
 * document shows.
 *
 * @example
 * createExtractStage({ convention: 'en' }).name // → 'extract'
 */
export function createExtractStage(options: { readonly convention?: NumberConvention } = {}): Stage {
  return {
    name: 'extract',
    run: (work, ctx) => {
      const o = { taxonomy: ctx.taxonomy, ...(options.convention ? { convention: options.convention } : {}) };
      return { ...work, mentions: extractMentions(work.document, work.sentences, o), titleMentions: titleMentions(work.document, o) };
    },
    count: quantitiesOf,
  };
}

/** The extract stage, reading digits by each document's own convention. */
export const extractStage: Stage = createExtractStage();

/** The figures extract read: its numbers that are quantities. */
function quantitiesOf(work: DocumentWork): number {
  return work.mentions.reduce((n, m) => n + m.numbers.filter((r) => r.quantity).length, 0);
}
