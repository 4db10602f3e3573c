import { makeReject, type Reject } from '../core/reject-codes.ts';
import type { Evidence, Severity } from '../core/validation.ts';
import type { StageContext } from '../stages/stage.ts';
import type { Warehouse } from '../warehouse/database.ts';
import { rejectOfRow } from '../warehouse/reject-row.ts';
import { markReturned, recordDuplicate, renameReport } from '../warehouse/report-events.ts';
import { figuresOfVersion, writeVersion, type FigureCounts, type ReportIdentity } from '../warehouse/write-version.ts';
import type { PipelineDefinition } from './define-pipeline.ts';
import type { FilePlan, ReportRef } from './plan-run.ts';
import type { StageCount } from './process-document.ts';
import type { ReportReading, ReportTask } from './read-report.ts';

/** What a run needs to carry out a file's plan. */
export interface ApplyContext {
  readonly db: Warehouse;
  readonly runId: string;
  readonly input: string;
  readonly pipeline: PipelineDefinition;
  readonly ctx: StageContext;
  readonly extractorVersion: string;
  /** Files larger than this are rejected unread (`FILE_TOO_LARGE`). */
  readonly maxFileBytes: number;
  /** The publication date given for a file (option or manifest). */
  readonly givenPublished: (path: string) => { readonly date: string; readonly source: 'option' | 'manifest' } | null;
  /** The run's one writer: runs each write on the handle it gives (many documents to a transaction, each whole), in order. */
  readonly write: <T>(work: (db: Warehouse) => Promise<T>) => Promise<T>;
  /** Decodes a file and runs the pipeline's stages on it: on this thread, or in a worker of the run's pool. */
  readonly readReport: (task: ReportTask) => Promise<ReportReading>;
}

/**
 * What became of a file: `stored` (a new version), `updated` (a re-read
 * that changed no figure), `unchanged`, `renamed`, `duplicate`, or
 * `rejected` (with its reject).
 */
export type FileOutcome =
  | {
      readonly kind: 'stored' | 'updated';
      readonly path: string;
      readonly accepted: number;
      /** Accepted figures with at least one validation warning. */
      readonly warned: number;
      readonly rejected: number;
      readonly figures: FigureCounts;
      readonly stages: readonly StageCount[];
      /** Seconds spent decoding the file (and taking its HTML apart), and writing its version (waiting for the writer aside). */
      readonly loadSeconds: number;
      readonly writeSeconds: number;
      /** What the loader did that the file's name does not say (read as HTML, converted from an encoding). */
      readonly notes: readonly string[];
    }
  | { readonly kind: 'unchanged' | 'renamed' | 'duplicate'; readonly path: string }
  | { readonly kind: 'rejected'; readonly path: string; readonly reject: Reject };

/**
 * Carries out one file's plan: parses and stores a new or re-read version,
 * restores a stored one, records a rename or a duplicate, or passes an
 * unchanged report by. Parsing runs concurrently with other files; every
 * write goes through `write`.
 *
 * @example
 * await applyFilePlan({ kind: 'unchanged', report }, context) // → { kind: 'unchanged', path: 'a.txt' }
 */
export async function applyFilePlan(plan: FilePlan, c: ApplyContext): Promise<FileOutcome> {
  const at = (): string => new Date().toISOString();
  switch (plan.kind) {
    case 'reject':
      return { kind: 'rejected', path: plan.path, reject: plan.reject };
    case 'duplicate': {
      // the first file's report, by its path: it was stored (or rejected) before the copies are applied
      const owner = await c.db.selectFrom('documents').select('doc_id').where('source_path', '=', plan.of).executeTakeFirst();
      if (!owner) return { kind: 'rejected', path: plan.path, reject: makeReject('DUPLICATE_OF_REJECTED', plan.path, `expected a report of its own, got the content of ${plan.of}, which this run rejected`) };
      await c.write((db) => recordDuplicate(db, c.runId, at(), owner.doc_id, plan.path));
      return { kind: 'duplicate', path: plan.path };
    }
    case 'unchanged':
      if (plan.report.returned) await c.write((db) => markReturned(db, c.runId, at(), plan.report.docId, plan.report.path));
      return { kind: 'unchanged', path: plan.report.path };
    case 'rename':
      await c.write((db) => renameReport(db, c.runId, at(), identityOf(plan.report), plan.from));
      return { kind: 'renamed', path: plan.report.path };
    case 'restore':
      return restore(plan.report, plan.fromVersionId, c, at);
    case 'read':
      return read(plan.report, plan.reason, c, at);
    case 'redate':
      return read(plan.report, 'reread', c, at);
  }
}

async function read(report: ReportRef, reason: 'new' | 'changed' | 'reread', c: ApplyContext, at: () => string): Promise<FileOutcome> {
  const reading = await c.readReport({ path: report.path, input: c.input, maxBytes: c.maxFileBytes, contentHash: report.contentHash, docId: report.docId, given: c.givenPublished(report.path) });
  if (!reading.ok) return { kind: 'rejected', path: report.path, reject: reading.reject };
  const doc = reading.document;
  let writeSeconds = 0;
  const written = await c.write((db) =>
    timed((s) => (writeSeconds = s), () => writeVersion(db, {
      runId: c.runId,
      at: at(),
      report: identityOf(report),
      version: {
        contentHash: doc.contentHash, extractorVersion: c.extractorVersion, byteSize: doc.byteSize, format: doc.meta.format, title: doc.meta.title,
        url: doc.meta.url, published: doc.meta.published, publishedSource: doc.meta.publishedSource, textZlib: reading.textZlib,
        encoding: doc.meta.encoding, loadNotes: doc.meta.notes,
      },
      reason,
      figures: reading.figures,
      rejects: reading.rejected,
      findings: reading.findings,
    })),
  );
  if (written.outcome === 'unchanged') return { kind: 'unchanged', path: report.path };
  return {
    kind: written.outcome, path: report.path, accepted: reading.figures.length, warned: warnedFigures(reading.findings), rejected: reading.rejected.length, figures: written.figures,
    stages: reading.counts, notes: doc.meta.notes, loadSeconds: reading.loadSeconds, writeSeconds,
  };
}

/** A report's content back as it was in an earlier version: its figures and quarantined records are taken from that version. */
async function restore(report: ReportRef, versionId: number, c: ApplyContext, at: () => string): Promise<FileOutcome> {
  const stored = await c.db.selectFrom('document_versions').selectAll().where('version_id', '=', versionId).executeTakeFirstOrThrow();
  const figures = await figuresOfVersion(c.db, versionId);
  const rejects = await c.db.selectFrom('rejects').selectAll().where('version_id', '=', versionId).execute();
  const findings = await c.db.selectFrom('validation_results').selectAll().where('version_id', '=', versionId).orderBy('result_id').execute();
  const given = c.givenPublished(report.path);
  const written = await c.write((db) =>
    writeVersion(db, {
      runId: c.runId,
      at: at(),
      report: identityOf(report),
      version: {
        contentHash: stored.content_hash, extractorVersion: stored.extractor_version, byteSize: stored.byte_size, format: stored.format,
        title: stored.title, url: stored.url, published: given?.date ?? stored.published, publishedSource: given?.source ?? stored.published_source, textZlib: stored.text_zlib,
        encoding: stored.encoding, loadNotes: stored.load_notes ? stored.load_notes.split('\n') : [],
      },
      reason: 'restored',
      figures,
      rejects: rejects.map((r) => rejectOfRow(r, report.path)),
      findings: findings.map((f) => ({
        seq: f.seq, rule: f.rule, severity: f.severity as Severity, message: f.message, text: f.text, start: f.span_start, end: f.span_end,
        evidence: JSON.parse(f.evidence) as Evidence,
      })),
    }),
  );
  if (written.outcome === 'unchanged') return { kind: 'unchanged', path: report.path };
  return { kind: written.outcome, path: report.path, accepted: figures.length, warned: warnedFigures(findings), rejected: rejects.length, figures: written.figures, stages: [], notes: [], loadSeconds: 0, writeSeconds: 0 };
}

/** Runs `work`, telling `seconds` how long it took. */
async function timed<T>(seconds: (s: number) => void, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    seconds((performance.now() - started) / 1000);
  }
}

function identityOf(r: ReportRef): ReportIdentity {
  return { docId: r.docId, identity: r.identity, identityKey: r.identityKey, sourcePath: r.path };
}

/** How many accepted figures have at least one warning. */
function warnedFigures(findings: ReadonlyArray<{ readonly seq: number | null; readonly severity: string }>): number {
  return new Set(findings.flatMap((f) => (f.severity === 'warning' && f.seq !== null ? [f.seq] : []))).size;
}
