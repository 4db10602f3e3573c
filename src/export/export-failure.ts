/** Why an export writer could not finish, by stable code. */
export const EXPORT_FAILURE_CODES = {
  /** A file could not be written (a full disk, a missing folder, no permission). */
  WRITE_FAILED: 'EXPORT_WRITE_FAILED',
  /** The warehouse could not be read. */
  READ_FAILED: 'EXPORT_READ_FAILED',
  /** Two different values map to one code of a code list that must tell them apart. */
  CODE_COLLISION: 'EXPORT_CODE_COLLISION',
  /** A file a data package was asked to describe is not in the folder. */
  MISSING_FILE: 'EXPORT_MISSING_FILE',
  /** A column has no entry in the field catalogue (`export-fields.ts`). */
  UNKNOWN_COLUMN: 'EXPORT_UNKNOWN_COLUMN',
} as const;

export type ExportFailureCode = (typeof EXPORT_FAILURE_CODES)[keyof typeof EXPORT_FAILURE_CODES];

/** An export that did not finish: what went wrong, where, in one line. */
export interface ExportFailure {
  readonly ok: false;
  readonly code: ExportFailureCode;
  /** The file being written or read, when there is one. */
  readonly file: string | null;
  readonly message: string;
}

/**
 * An export failure from a thrown error or a message.
 *
 * @example
 * exportFailure('EXPORT_WRITE_FAILED', 'out/x.csv', new Error('ENOSPC'))
 * // → { ok: false, code: 'EXPORT_WRITE_FAILED', file: 'out/x.csv', message: 'cannot write out/x.csv: ENOSPC' }
 */
export function exportFailure(code: ExportFailureCode, file: string | null, reason: unknown): ExportFailure {
  const text = reason instanceof Error ? reason.message : String(reason);
  const message = code === EXPORT_FAILURE_CODES.WRITE_FAILED && file !== null && !text.startsWith('cannot write') ? `cannot write ${file}: ${text}` : text;
  return { ok: false, code, file, message };
}
