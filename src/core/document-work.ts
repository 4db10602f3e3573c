import type { SentenceMentions } from './mentions.ts';
import type { Observation, Sentence, SourceDocument } from './records.ts';
import type { Reject } from './reject-codes.ts';
import type { SentenceModel } from './sentence-model.ts';
import type { Finding } from './validation.ts';

/**
 * A document on its way through the stages: each stage reads what the ones
 * before it produced and returns a new record with its own part filled in.
 */
export interface DocumentWork {
  readonly document: SourceDocument;
  /** segment */
  readonly sentences: readonly Sentence[];
  /** extract: the mentions of each sentence */
  readonly mentions: readonly SentenceMentions[];
  /** extract: the mentions of the title, when the document has one */
  readonly titleMentions: SentenceMentions | null;
  /** structure: one model per sentence */
  readonly models: readonly SentenceModel[];
  /** normalise */
  readonly observations: readonly Observation[];
  /** validate: the observations that passed */
  readonly accepted: readonly Observation[];
  /** validate: the observations quarantined, with their reasons */
  readonly rejected: readonly Reject[];
  /** validate: every finding of the rules, errors and warnings; `observation` indexes `observations` */
  readonly findings: readonly Finding[];
}

/**
 * A document before any stage has run.
 *
 * @example
 * startWork(doc).sentences // → []
 */
export function startWork(document: SourceDocument): DocumentWork {
  return { document, sentences: [], mentions: [], titleMentions: null, models: [], observations: [], accepted: [], rejected: [], findings: [] };
}
