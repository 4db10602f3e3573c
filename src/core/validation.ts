/**
 * What validation finds: rules (data, from the taxonomy's rules.csv), and
 * the findings they give, each with the evidence that shows it. A leaf: it
 * imports nothing.
 */

/** How much a finding weighs: an `error` quarantines the figure, a `warning` keeps it with a flag. */
export type Severity = 'error' | 'warning';

/** A severity as a rules file may give it: `off` disables the rule. */
export type RuleSeverity = Severity | 'off';

/** One rule of a rules file: a stable code, the check it runs, its severity, and the check's parameters. */
export interface ValidationRule {
  readonly code: string;
  /** The name of a check of the check library (`finite`, `unit_family`, `part_whole`, …). */
  readonly check: string;
  readonly severity: RuleSeverity;
  /** The indicator the rule is limited to; null for every indicator. */
  readonly indicator: string | null;
  /** Numeric parameters of the check (`min`, `max`, `tolerance`, …), by name. */
  readonly params: Readonly<Record<string, number>>;
  /** What the rule expects, in a sentence. */
  readonly description: string;
}

/** The values and spans a finding is about (document offsets), so a reader can see why. */
export interface Evidence {
  /** The figures involved, as the texts that state them. */
  readonly texts: readonly string[];
  readonly values: readonly number[];
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

/** What a check finds about one figure (and the others it compared it with). */
export interface CheckHit {
  /** The index, in the document's observations, of the figure the finding is about: the one flagged or quarantined. */
  readonly observation: number;
  /** The indexes of the other figures it was compared with. */
  readonly others: readonly number[];
  /** What was expected and what was found. */
  readonly message: string;
}

/** A finding: a rule's hit with the rule's code and severity, and its evidence. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly observation: number;
  readonly others: readonly number[];
  readonly evidence: Evidence;
}
