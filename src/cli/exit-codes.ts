/**
 * The exit codes of `solieu`. Scripts can tell a clean run from one that
 * refused some inputs (the rest was processed) and from one that failed.
 */
export const EXIT = {
  /** Everything read was processed. */
  OK: 0,
  /** The run itself failed: bad arguments, unreadable input folder, unwritable output, broken warehouse. */
  FAILED: 2,
  /** The run finished, but some input files were rejected (listed in rejects.csv). */
  INPUTS_REJECTED: 3,
} as const;
