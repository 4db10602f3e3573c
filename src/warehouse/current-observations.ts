import type { Warehouse } from './database.ts';

/** An observation row as exported: the contract's columns and provenance. */
export interface ExportedObservation {
  source_path: string;
  doc_id: string;
  doc_version: number;
  text: string;
  value: number;
  unit: string;
  unit_mult: number;
  period: string | null;
  region: string | null;
  indicator: string | null;
  value_high: number | null;
  qualifier: string | null;
  status: string | null;
  sentence: string;
  base_period: string | null;
  span_start: number;
  span_end: number;
  published: string | null;
  /** The figure's key across the report's versions. */
  obs_key: string | null;
  /** `value` as decimal text when a double cannot hold it exactly (more than 15 significant digits); else null. */
  value_exact: string | null;
  value_high_exact: string | null;
}

/**
 * Streams the current observations (of the current version of every
 * report, not retracted: the `current_observations` view), in report and
 * text order.
 *
 * @example
 * for await (const row of currentObservations(db)) console.log(row.text, row.value);
 */
export async function* currentObservations(db: Warehouse): AsyncIterable<ExportedObservation> {
  yield* currentQuery(db).stream(500);
}

/**
 * The current observations of one report, in text order, read at once: a
 * writer that formats a report's rows together holds them all anyway, and
 * one read costs less than a stream of them.
 *
 * @example
 * (await reportObservations(db, 'a.txt')).length // → 42
 */
export function reportObservations(db: Warehouse, docId: string): Promise<ExportedObservation[]> {
  return currentQuery(db).where('doc_id', '=', docId).execute();
}

function currentQuery(db: Warehouse) {
  return db
    .selectFrom('current_observations')
    .select([
      'source_path', 'doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'period', 'region', 'indicator', 'value_high', 'qualifier',
      'status', 'sentence', 'base_period', 'span_start', 'span_end', 'published', 'obs_key', 'value_exact', 'value_high_exact',
    ])
    .orderBy('source_path')
    .orderBy('doc_id')
    .orderBy('seq');
}

/** A reject row as exported. */
export interface ExportedReject {
  file: string;
  stage: string;
  code: string;
  message: string;
  text: string | null;
  run_id: string;
}

/**
 * Streams the rejects users need to act on: files refused by the runs
 * given (the latest run, or every shard of it), and the quarantined
 * observations of every current document version.
 *
 * @example
 * for await (const r of currentRejects(db, [runId])) console.log(r.file, r.code);
 */
export async function* currentRejects(db: Warehouse, runIds: readonly string[]): AsyncIterable<ExportedReject> {
  const refused = runIds.length > 0 ? [...runIds] : [''];
  const query = db
    .selectFrom('rejects as r')
    .leftJoin('document_versions as v', 'v.version_id', 'r.version_id')
    .select(['r.source_path as file', 'r.stage', 'r.code', 'r.message', 'r.text', 'r.run_id'])
    .where((eb) => eb.or([eb.and([eb('r.version_id', 'is', null), eb('r.run_id', 'in', refused)]), eb.and([eb('r.version_id', 'is not', null), eb('v.valid_to', 'is', null)])]))
    .orderBy('r.source_path')
    .orderBy('r.reject_id');
  yield* query.stream(500);
}

/** A validation finding as exported. */
export interface ExportedFinding {
  source_path: string;
  doc_id: string;
  doc_version: number;
  rule: string;
  severity: string;
  /** Whether the figure was quarantined (it is in rejects.csv) rather than accepted with the finding. */
  quarantined: boolean;
  text: string;
  message: string;
  span_start: number;
  span_end: number;
  /** The texts, values and spans the rule compared, as JSON. */
  evidence: string;
  run_id: string;
}

/**
 * Streams what the validation rules found in the current version of every
 * report: warnings on accepted figures and the errors that quarantined
 * others, in report and text order.
 *
 * @example
 * for await (const f of currentFindings(db)) console.log(f.rule, f.severity, f.text);
 */
export async function* currentFindings(db: Warehouse): AsyncIterable<ExportedFinding> {
  const query = db
    .selectFrom('validation_results as r')
    .innerJoin('document_versions as v', 'v.version_id', 'r.version_id')
    .innerJoin('documents as d', 'd.doc_id', 'r.doc_id')
    .select(['d.source_path', 'r.doc_id', 'v.version_no as doc_version', 'r.rule', 'r.severity', 'r.seq', 'r.text', 'r.message', 'r.span_start', 'r.span_end', 'r.evidence', 'r.run_id'])
    .where('v.valid_to', 'is', null)
    .where('d.pruned_run_id', 'is', null)
    .orderBy('d.source_path')
    .orderBy('r.span_start')
    .orderBy('r.result_id');
  for await (const { seq, ...row } of query.stream(500)) yield { ...row, quarantined: seq === null };
}
