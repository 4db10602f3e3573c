import type { Generated, Insertable, Selectable } from 'kysely';

/** A finding of a validation rule in a stored version (see the 2026-12-05 migration). */
export interface ValidationResultTable {
  result_id: Generated<number>;
  version_id: number;
  doc_id: string;
  run_id: string;
  /** The accepted figure's `seq` in its version; null when the figure was quarantined. */
  seq: number | null;
  rule: string;
  severity: string;
  message: string;
  /** The text of the figure the finding is about. */
  text: string;
  span_start: number;
  span_end: number;
  /** The texts, values and spans compared, as JSON. */
  evidence: string;
}

export type ValidationResultRow = Selectable<ValidationResultTable>;
export type NewValidationResult = Insertable<ValidationResultTable>;
