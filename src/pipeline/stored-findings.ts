import type { DocumentWork } from '../core/document-work.ts';
import type { StoredFinding } from '../warehouse/stored-figure.ts';

/**
 * A validated document's findings as the warehouse keeps them: each with
 * the accepted figure's position (its `seq` in the stored version), or null
 * for a figure the finding quarantined.
 *
 * @example
 * storedFindings(work).map((f) => [f.rule, f.seq]) // → [['GDP_GROWTH_UNUSUAL', 3], ['PART_EXCEEDS_WHOLE', null]]
 */
export function storedFindings(work: DocumentWork | null): StoredFinding[] {
  if (work === null) return [];
  const seqOf = new Map(work.accepted.map((o, seq) => [o, seq]));
  return work.findings.map((f) => {
    const o = work.observations[f.observation]!;
    return { seq: seqOf.get(o) ?? null, rule: f.rule, severity: f.severity, message: f.message, text: o.text, start: o.span.start, end: o.span.end, evidence: f.evidence };
  });
}
