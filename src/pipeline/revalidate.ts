import { mkdir } from 'node:fs/promises';
import type { Observation, SourceDocument } from '../core/records.ts';
import type { Reject } from '../core/reject-codes.ts';
import { exportRun, RUN_EXPORT_FILES } from '../export/export-run.ts';
import { previousBlocks, warehouseState, writeExportStamp } from '../export/export-stamp.ts';
import { stageContext } from '../stages/stage.ts';
import { validateDocument } from '../stages/validate/validate-observations.ts';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.ts';
import type { Warehouse } from '../warehouse/database.ts';
import { rejectOfRow } from '../warehouse/reject-row.ts';
import { unpackText } from '../warehouse/version-text.ts';
import { acquireRunLock, type LockHolder } from '../warehouse/run-lock.ts';
import { finishRun, newRunId, startRun } from '../warehouse/runs.ts';
import type { DocumentVersion } from '../warehouse/tables/document-versions.ts';
import type { IdentitySource } from '../warehouse/tables/documents.ts';
import { storedFigure, type StoredFigure } from '../warehouse/stored-figure.ts';
import { figuresOfVersion, writeVersion, type FigureCounts } from '../warehouse/write-version.ts';
import type { PipelineDefinition } from './define-pipeline.ts';
import { withRules } from './extractor-version.ts';
import { processDocument } from './process-document.ts';
import { RunError } from './run-pipeline.ts';
import { SOLIEU_VERSION } from './solieu-version.ts';
import { storedFindings } from './stored-findings.ts';

/** The stage whose sentence models the cross-checks read; validation re-runs the stages up to it over the stored text. */
const STRUCTURE_STAGE = 'structure';

/** What `solieu validate` needs: the warehouse (opened and migrated), where the exports go, the pipeline whose taxonomy and rules are in force. */
export interface RevalidateOptions {
  readonly db: Warehouse;
  readonly output: string;
  readonly pipeline: PipelineDefinition;
  readonly strict: boolean;
  readonly waitSeconds?: number;
  readonly onWait?: (holder: LockHolder) => void;
}

/**
 * What re-validating did. Its counts add up: reports = updated + stored +
 * failed; every figure a report held (accepted or quarantined by the rules)
 * is accepted or quarantined again.
 */
export interface RevalidateSummary {
  readonly runId: string;
  readonly reports: number;
  /** Versions whose verdicts changed no figure's place: their findings and quarantine were replaced in place. */
  readonly updated: number;
  /** Versions whose accepted figures changed (one quarantined, or one let in): stored as a new version, as a re-read would. */
  readonly stored: number;
  /** Versions whose sentence structure could not be rebuilt: kept as they were, each with its reason. */
  readonly failed: ReadonlyArray<{ readonly docId: string; readonly message: string }>;
  /** Versions read by another solieu version, pipeline or taxonomy than the one in force (their figures are judged as they were read; the next run reads them again). */
  readonly otherReader: number;
  readonly observationsAccepted: number;
  readonly observationsWarned: number;
  readonly observationsRejected: number;
  readonly figures: FigureCounts;
  readonly exported: { readonly observations: number; readonly rejects: number; readonly findings: number };
  readonly seconds: number;
}

/**
 * `solieu validate`: runs the rules in force (the pipeline's taxonomy and
 * rules.csv, and `strict`) again over every current report version the
 * warehouse holds, without reading the input files or extracting figures
 * again. Each version's figures are those stored: the accepted ones and
 * those the rules quarantined (kept, as records, in the rejects). The
 * cross-checks read the sentence structure, which the warehouse does not
 * store (it would be most of its size): the pipeline's stages up to
 * `structure` rebuild it from the stored text, and each figure is found in
 * it by its span, as in a run.
 *
 * A version whose verdicts leave every figure where it was has its
 * findings and quarantine replaced in place; one where a figure moves (now
 * quarantined, or now let in) is stored as a new version with reason
 * `reread`, exactly as `solieu run` does after a change of the rules. Each
 * version then records the rules it was judged by, so a later run with the
 * same rules leaves it unchanged. The exports are written as a run writes
 * them.
 *
 * @example
 * (await revalidateWarehouse({ db, output: 'output', pipeline, strict: true })).observationsRejected // → 3
 */
export async function revalidateWarehouse(o: RevalidateOptions): Promise<RevalidateSummary> {
  const started = performance.now();
  const ctx = stageContext(loadTaxonomy(o.pipeline.settings.taxonomyDir ?? undefined), { strict: o.strict });
  const stages = o.pipeline.stages;
  const upTo = stages.findIndex((s) => s.name === STRUCTURE_STAGE);
  if (upTo < 0) throw new RunError(`pipeline ${o.pipeline.name} has no ${STRUCTURE_STAGE} stage: the cross-checks read the sentence structure it builds`);
  await mkdir(o.output, { recursive: true });
  const runId = newRunId();
  const lock = await acquireRunLock(o.db, { runId, waitSeconds: o.waitSeconds ?? 600, ...(o.onWait ? { onWait: o.onWait } : {}) });
  if (!lock.ok) throw new RunError(`the warehouse is in use by run ${lock.holder.runId} (pid ${lock.holder.pid} on ${lock.holder.host}); gave up after waiting ${o.waitSeconds ?? 600} s`);
  try {
    await startRun(o.db, { runId, pipeline: `${o.pipeline.name} validate`, inputDir: '', version: SOLIEU_VERSION, at: new Date().toISOString() });
    const versions = await o.db
      .selectFrom('document_versions as v')
      .innerJoin('documents as d', 'd.doc_id', 'v.doc_id')
      .selectAll('v')
      .select(['d.source_path as path', 'd.identity', 'd.identity_key'])
      .where('v.valid_to', 'is', null)
      .where('d.pruned_run_id', 'is', null)
      .orderBy('v.doc_id')
      .execute();
    const reader = `${SOLIEU_VERSION} ${o.pipeline.name} taxonomy ${ctx.taxonomy.fingerprint} `;
    let updated = 0;
    let stored = 0;
    let otherReader = 0;
    let accepted = 0;
    let warned = 0;
    let rejected = 0;
    const failed: Array<{ docId: string; message: string }> = [];
    const figures: { -readonly [K in keyof FigureCounts]: number } = { new: 0, same: 0, revised: 0, reclassified: 0, retracted: 0 };
    for (const v of versions) {
      const path = v.path;
      const held = await heldFigures(o.db, v, path);
      const source = documentOf(v, path);
      const processed = processDocument(source, stages.slice(0, upTo + 1), ctx, STRUCTURE_STAGE);
      if (processed.failure || processed.work === null) {
        failed.push({ docId: v.doc_id, message: processed.failure?.message ?? 'no document' });
        continue;
      }
      const work = { ...processed.work, observations: held.observations };
      const result = validateDocument(work, { rules: ctx.rules, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions, strict: ctx.strict });
      const judged = { ...work, accepted: result.accepted, rejected: result.rejected, findings: result.findings };
      const found = storedFindings(judged);
      const written = await writeVersion(o.db, {
        runId,
        at: new Date().toISOString(),
        report: { docId: v.doc_id, identity: v.identity as IdentitySource, identityKey: v.identity_key ?? v.doc_id, sourcePath: path },
        version: {
          contentHash: v.content_hash, extractorVersion: withRules(v.extractor_version, ctx), byteSize: v.byte_size, format: v.format, title: v.title, url: v.url,
          published: v.published, publishedSource: v.published_source, textZlib: v.text_zlib, encoding: v.encoding, loadNotes: v.load_notes ? v.load_notes.split('\n') : [],
        },
        reason: 'reread',
        figures: result.accepted.map(storedFigure),
        rejects: [...held.otherRejects, ...result.rejected],
        findings: found,
      });
      if (written.outcome === 'updated') updated++;
      else if (written.outcome === 'stored') stored++;
      if (!v.extractor_version.startsWith(reader)) otherReader++;
      for (const k of Object.keys(figures) as Array<keyof FigureCounts>) figures[k] += written.figures[k];
      accepted += result.accepted.length;
      warned += new Set(found.flatMap((f) => (f.severity === 'warning' && f.seq !== null ? [f.seq] : []))).size;
      rejected += result.rejected.length + held.otherRejects.filter((r) => r.stage === 'validate').length;
    }
    const written = await exportRun(o.db, o.output, runId, previousBlocks(o.output, SOLIEU_VERSION));
    await writeExportStamp(o.output, await warehouseState(o.db), written, 0, RUN_EXPORT_FILES, SOLIEU_VERSION);
    const exported = { observations: written.observations, rejects: written.rejects, findings: written.findings };
    const summary: RevalidateSummary = {
      runId, reports: versions.length, updated, stored, failed, otherReader, observationsAccepted: accepted, observationsWarned: warned, observationsRejected: rejected,
      figures, exported, seconds: (performance.now() - started) / 1000,
    };
    await finishRun(o.db, runId, 'completed', summary);
    return summary;
  } catch (error) {
    await finishRun(o.db, runId, 'failed', { error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    throw error;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/**
 * The figures a version holds, in text order: those stored as accepted and
 * those the rules quarantined (their records are kept in the rejects). The
 * version's other rejects (a split sentence, a quarantined figure stored
 * without its record) are kept as they are.
 */
async function heldFigures(db: Warehouse, v: DocumentVersion, path: string): Promise<{ observations: Observation[]; otherRejects: Reject[] }> {
  const stored = (await figuresOfVersion(db, v.version_id)).map((f) => observationOf(f, v.doc_id, path));
  const rows = await db.selectFrom('rejects').selectAll().where('version_id', '=', v.version_id).orderBy('reject_id').execute();
  const quarantined: Observation[] = [];
  const otherRejects: Reject[] = [];
  for (const row of rows) {
    if (row.stage === 'validate' && row.record !== null) quarantined.push({ ...(JSON.parse(row.record) as Observation), sourcePath: path });
    else otherRejects.push(rejectOfRow(row, path));
  }
  const observations = [...stored, ...quarantined].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { observations, otherRejects };
}

/** A stored figure as the observation it was read as (its explanations are not stored). */
function observationOf(f: StoredFigure, docId: string, sourcePath: string): Observation {
  return {
    sourcePath, docId, text: f.text, value: f.value, unit: f.unit, unitMult: f.unitMult, period: f.period, basePeriod: f.basePeriod, region: f.region,
    indicator: f.indicator, valueHigh: f.valueHigh, ...(f.valueExact === null ? {} : { valueExact: f.valueExact }),
    ...(f.valueHighExact === null ? {} : { valueHighExact: f.valueHighExact }), qualifier: f.qualifier as Observation['qualifier'],
    status: f.status as Observation['status'], sentence: f.sentence, span: { start: f.start, end: f.end }, sentenceIndex: f.sentenceIndex,
    sentenceStart: f.sentenceStart ?? 0, explain: {},
  };
}

/** A stored version as the loaded document the stages read. */
function documentOf(v: DocumentVersion, sourcePath: string): SourceDocument {
  return {
    sourcePath, docId: v.doc_id, contentHash: v.content_hash, byteSize: v.byte_size, text: unpackText(v.text_zlib),
    meta: {
      title: v.title, published: v.published, publishedSource: v.published_source as SourceDocument['meta']['publishedSource'], url: v.url,
      format: v.format as SourceDocument['meta']['format'], encoding: v.encoding as SourceDocument['meta']['encoding'], encodingRepair: null,
      notes: v.load_notes ? v.load_notes.split('\n') : [],
    },
  };
}
