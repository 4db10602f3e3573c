import type { Evidence } from './validation.ts';

/**
 * Every reason a record can be rejected, with a stable code. Codes are
 * published in `rejects.csv` and the warehouse, so they never change once
 * released; add new ones instead.
 */
export const REJECT_CODES = {
  // load
  FILE_EMPTY: { stage: 'load', summary: 'the file is empty' },
  FILE_BINARY: { stage: 'load', summary: 'the file is binary, not text' },
  FILE_INVALID_UTF8: { stage: 'load', summary: 'the file is not valid UTF-8, nor text in a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI, VISCII)' },
  FILE_UNREADABLE: { stage: 'load', summary: 'the file could not be read' },
  FILE_NO_TEXT: { stage: 'load', summary: 'the document has no text after extraction' },
  FILE_TOO_LARGE: { stage: 'load', summary: 'the file is larger than the stated maximum file size' },
  FILE_MARKUP: { stage: 'load', summary: 'the text is mostly markup, CSS or script, not prose' },
  FILE_MOJIBAKE: { stage: 'load', summary: 'the text is UTF-8 encoded twice and cannot be repaired' },
  FILE_LINK_LOOP: { stage: 'load', summary: 'a symbolic link leads back into a folder already read' },
  FILE_LINK_BROKEN: { stage: 'load', summary: 'a symbolic link points to nothing' },
  FOLDER_UNREADABLE: { stage: 'load', summary: 'a folder under the input could not be read' },
  MANIFEST_ROW_INVALID: { stage: 'load', summary: 'a manifest row could not be read (its date, or its file)' },
  DOC_ID_CONFLICT: { stage: 'load', summary: 'another file of the run has the same report id' },
  DUPLICATE_OF_REJECTED: { stage: 'load', summary: 'the file has the content of another file of the run, which was rejected' },
  // segment
  SENTENCE_SPLIT: { stage: 'segment', summary: 'a sentence longer than the stated maximum was split into pieces, each read on its own' },
  // any stage: a defect in solieu itself, kept as a record so the run goes on
  STAGE_FAILED: { stage: 'pipeline', summary: 'a stage failed on this document' },
  // validate: the rule codes of src/taxonomy/data/rules.csv (and of a user's rules.csv), see `makeRuleReject`
  // warehouse
  WRITE_FAILED: { stage: 'warehouse', summary: 'the document could not be written' },
} as const;

export type RejectCode = keyof typeof REJECT_CODES;
export type StageName = (typeof REJECT_CODES)[RejectCode]['stage'] | 'validate';

/**
 * A record a stage could not use, kept with its reason (never dropped).
 *
 * @example
 * const r: Reject = { code: 'FILE_EMPTY', stage: 'load', sourcePath: 'a.txt',
 *   message: 'expected text, got 0 bytes', text: null, span: null };
 */
export interface Reject {
  /** A code of {@link REJECT_CODES}, or for stage `validate` the code of the rule the figure broke. */
  readonly code: RejectCode | RuleCode;
  readonly stage: StageName;
  readonly sourcePath: string;
  /** What was expected and what was found. */
  readonly message: string;
  /** The offending text (span text or a short excerpt), when there is one. */
  readonly text: string | null;
  readonly span: { readonly start: number; readonly end: number } | null;
  /** The observation that was rejected, as JSON, when it was one. */
  readonly record?: unknown;
  /** For a quarantined figure: the values and spans the rule compared. */
  readonly evidence?: Evidence;
}

/** The code of a validation rule (rules.csv): capitals, digits and "_". */
export type RuleCode = string & Record<never, never>;

/**
 * Builds a reject with the stage taken from the code table.
 *
 * @example
 * makeReject('FILE_EMPTY', 'a.txt', 'expected text, got 0 bytes')
 * // → { code: 'FILE_EMPTY', stage: 'load', sourcePath: 'a.txt', … }
 */
export function makeReject(
  code: RejectCode,
  sourcePath: string,
  message: string,
  extra: { text?: string | null; span?: Reject['span']; record?: unknown } = {},
): Reject {
  return {
    code,
    stage: REJECT_CODES[code].stage,
    sourcePath,
    message,
    text: extra.text ?? null,
    span: extra.span ?? null,
    ...(extra.record === undefined ? {} : { record: extra.record }),
  };
}

/**
 * A reject for a figure that broke a validation rule (severity `error`),
 * with the rule's code and the evidence.
 *
 * @example
 * makeRuleReject('UNIT_MISMATCH', 'a.txt', 'expected gdp.growth in %, got VND', { text: '5 tỷ đồng', span: { start: 4, end: 13 }, evidence })
 * // → { code: 'UNIT_MISMATCH', stage: 'validate', … }
 */
export function makeRuleReject(
  code: RuleCode,
  sourcePath: string,
  message: string,
  extra: { text: string; span: Reject['span']; record: unknown; evidence: Evidence },
): Reject {
  return { code, stage: 'validate', sourcePath, message, text: extra.text, span: extra.span, record: extra.record, evidence: extra.evidence };
}
