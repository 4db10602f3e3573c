import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * A sentence of a document version that has figures, stored once however
 * many figures it holds (a piece of a split sentence is a sentence of its
 * own). Unique by version and index.
 */
export interface SentenceTable {
  sentence_id: Generated<number>;
  version_id: number;
  /** Its 0-based index in the document. */
  sentence_index: number;
  /** Where it starts in the document text; null for rows written before it was recorded. */
  sentence_start: number | null;
  text: string;
}

export type SentenceRow = Selectable<SentenceTable>;
export type NewSentence = Insertable<SentenceTable>;
