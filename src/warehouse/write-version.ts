import type { NewValidationResult } from './tables/validation-results.ts';
import type { Reject } from '../core/reject-codes.ts';
import { matchFigures, type FigureFacts } from '../revisions/match-figures.ts';
import { laterDay, obsKey, vintageDate } from '../revisions/vintage.ts';
import type { Warehouse } from './database.ts';
import { rejectRow } from './reject-row.ts';
import type { IdentitySource } from './tables/documents.ts';
import type { VersionReason } from './tables/document-versions.ts';
import type { NewFigure } from './tables/figures.ts';
import type { ObservationRow } from './tables/observations.ts';
import type { NewSentence } from './tables/sentences.ts';
import { insertEach } from './insert-each.ts';
import { writeTransaction } from './write-transaction.ts';
import type { StoredFigure, StoredFinding } from './stored-figure.ts';

/** Who the report is and where its file is. */
export interface ReportIdentity {
  readonly docId: string;
  readonly identity: IdentitySource;
  readonly identityKey: string;
  readonly sourcePath: string;
}

/** What a version is besides its figures. */
export interface VersionMeta {
  readonly contentHash: string;
  readonly extractorVersion: string;
  readonly byteSize: number;
  readonly format: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedSource: string | null;
  /** The text, packed (`packText`): a worker packs it, a restored or re-judged version keeps its stored bytes. */
  readonly textZlib: Uint8Array;
  /** The encoding the bytes were read in. */
  readonly encoding: string;
  /** What the loader did that the file's name does not say. */
  readonly loadNotes: readonly string[];
}

/** One version of a report to store. */
export interface VersionWrite {
  readonly runId: string;
  /** The load time (ISO timestamp). */
  readonly at: string;
  readonly report: ReportIdentity;
  readonly version: VersionMeta;
  readonly reason: VersionReason;
  readonly figures: readonly StoredFigure[];
  /** Observations quarantined by validation. */
  readonly rejects: readonly Reject[];
  /** What the validation rules found, warnings on accepted figures and the errors that quarantined the others. */
  readonly findings: readonly StoredFinding[];
}

/** How the figures of a stored version differ from the version before. */
export interface FigureCounts {
  readonly new: number;
  readonly same: number;
  readonly revised: number;
  readonly reclassified: number;
  readonly retracted: number;
}

/**
 * What writing a version did: `stored` a new version; `updated` the
 * current version in place (a re-read that changed no figure: a newer
 * extractor or a corrected date); `unchanged` nothing (the report already
 * had this content, found inside the transaction).
 */
export interface VersionOutcome {
  readonly outcome: 'stored' | 'updated' | 'unchanged';
  readonly versionNo: number;
  readonly figures: FigureCounts;
}

/** SQLite allows 32,766 bound values per statement; 30 columns × 500 rows stays well under. */
const CHUNK = 500;

/**
 * Writes one version of a report in one write transaction. Its figures are
 * matched to those of the version before ({@link matchFigures}): a matched
 * figure keeps its `obs_key`, the version before is closed on both time
 * axes, and its figures with no match are closed as retracted. A re-read
 * (`reason: 'reread'`) that changes no figure updates the current version
 * in place instead. The check that the report does not already have this
 * content is made inside the transaction. Either all of it is stored or
 * none of it.
 *
 * @example
 * await writeVersion(db, { runId, at, report, version, reason: 'changed', figures, rejects }) // → { outcome: 'stored', versionNo: 2, figures: { revised: 1, … } }
 */
export async function writeVersion(db: Warehouse, w: VersionWrite): Promise<VersionOutcome> {
  const { report: r, version: v } = w;
  const published = vintageDate(v.published, w.at);
  const day = w.at.slice(0, 10);
  return writeTransaction(db, async (trx) => {
    const doc = await trx.selectFrom('documents').select(['doc_id', 'missing_since_run_id', 'pruned_run_id']).where('doc_id', '=', r.docId).executeTakeFirst();
    const current = await trx
      .selectFrom('document_versions')
      .select(['version_id', 'version_no', 'content_hash', 'extractor_version', 'vintage_from', 'published'])
      .where('doc_id', '=', r.docId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    if (current && current.content_hash === v.contentHash && current.extractor_version === v.extractorVersion && w.reason !== 'reread') {
      return { outcome: 'unchanged', versionNo: current.version_no, figures: zero() };
    }
    const last = await trx.selectFrom('document_versions').select(['version_id', 'version_no']).where('doc_id', '=', r.docId).orderBy('version_no', 'desc').executeTakeFirst();
    // a version never starts before the versions it follows end (or start): published out of order, restored or back after a prune,
    // it starts when the one before it stopped, so no day has two vintages of one report; a version redated in place, not before the start of the one before it
    const bounds = await trx
      .selectFrom('document_versions')
      .select((eb) => [eb.fn.max(eb.fn.coalesce('vintage_to', 'vintage_from')).as('end'), eb.fn.max('vintage_from').as('start')])
      .where('doc_id', '=', r.docId)
      .where('version_id', '!=', current?.version_id ?? -1)
      .executeTakeFirst();
    const floorOf = (days: readonly (string | null | undefined)[]): string => days.reduce<string>((a, d) => (d ? laterDay(a, d) : a), published);
    const vintage = floorOf([bounds?.end, current?.vintage_from]);
    const redated = floorOf([bounds?.start]);
    // the figures are matched to the current version's, or, for a report brought back after a prune, to its last version's
    const base = current ?? last;
    const before = base ? await observationsOf(trx, base.version_id) : [];
    const { matches, retracted } = matchFigures(before.map(factsOf), w.figures);
    const counts = countChanges(matches.map((m) => m.change), retracted.length, current !== undefined);

    if (current && w.reason === 'reread' && current.published !== v.published) {
      const detail = `${current.published ?? 'no date'} → ${v.published ?? 'no date'}`;
      await trx.insertInto('document_events').values({ doc_id: r.docId, run_id: w.runId, kind: 'date_corrected', source_path: r.sourcePath, detail, at: w.at }).execute();
    }
    if (current && w.reason === 'reread' && counts.new === 0 && counts.revised === 0 && counts.reclassified === 0 && counts.retracted === 0) {
      await redateInPlace(trx, { versionId: current.version_id, docId: r.docId, oldVintage: current.vintage_from ?? redated, vintage: redated, version: v });
      // the figures are the same, but the rules (or the taxonomy they read) may not be: the version's findings are the re-read's
      await trx.deleteFrom('validation_results').where('version_id', '=', current.version_id).execute();
      await insertFindings(trx, w, current.version_id);
      // and so are its quarantined figures: the same figures were accepted, but a quarantined one may now break another rule first
      await trx.deleteFrom('rejects').where('version_id', '=', current.version_id).where('stage', '=', 'validate').execute();
      const rejectRows = w.rejects.filter((x) => x.stage === 'validate').map((x) => rejectRow(x, { runId: w.runId, docId: r.docId, versionId: current.version_id, at: w.at }));
      await insertEach(trx, 'rejects', rejectRows as Array<Record<string, unknown>>);
      await touchDocument(trx, w.runId, r, doc !== undefined);
      return { outcome: 'updated', versionNo: current.version_no, figures: counts };
    }

    await touchDocument(trx, w.runId, r, doc !== undefined);
    if (doc && (doc.missing_since_run_id !== null || doc.pruned_run_id !== null)) {
      await trx.updateTable('documents').set({ missing_since_run_id: null, pruned_run_id: null }).where('doc_id', '=', r.docId).execute();
      await trx.insertInto('document_events').values({ doc_id: r.docId, run_id: w.runId, kind: 'returned', source_path: r.sourcePath, detail: null, at: w.at }).execute();
    }
    if (current) {
      const closedOn = laterDay(current.vintage_from ?? day, vintage);
      // closing the version closes its figures; those gone from the report are marked retracted
      await trx.updateTable('document_versions').set({ valid_to: w.at, vintage_to: closedOn, closed_run_id: w.runId }).where('version_id', '=', current.version_id).execute();
      const gone = retracted.map((i) => before[i]!.obs_id);
      for (let i = 0; i < gone.length; i += CHUNK) {
        await trx.updateTable('figures').set({ retracted: 1 }).where('obs_id', 'in', gone.slice(i, i + CHUNK)).execute();
      }
    }
    const versionNo = (last?.version_no ?? 0) + 1;
    const inserted = await trx
      .insertInto('document_versions')
      .values({
        doc_id: r.docId, version_no: versionNo, content_hash: v.contentHash, extractor_version: v.extractorVersion, byte_size: v.byteSize,
        format: v.format, title: v.title, url: v.url, published: v.published, published_source: v.publishedSource, text_zlib: asBuffer(v.textZlib),
        run_id: w.runId, valid_from: w.at, valid_to: null, source_path: r.sourcePath, reason: w.reason, vintage_from: vintage, vintage_to: null,
        encoding: v.encoding, load_notes: v.loadNotes.length ? v.loadNotes.join('\n') : null,
      })
      .returning('version_id')
      .executeTakeFirstOrThrow();
    const sentenceIds = new Map<number, number>();
    const sentences = sentenceRows(inserted.version_id, w.figures);
    for (const x of await insertEach(trx, 'sentences', sentences as Array<Record<string, unknown>>, ['sentence_id', 'sentence_index'])) {
      sentenceIds.set(x['sentence_index'] as number, x['sentence_id'] as number);
    }
    const rows: NewFigure[] = w.figures.map((f, seq) => {
      const m = matches[seq]!;
      const prev = m.previous === null ? undefined : before[m.previous];
      return {
        version_id: inserted.version_id, seq, text: f.text, value: f.value, unit: f.unit, unit_mult: f.unitMult,
        period: f.period, base_period: f.basePeriod, region: f.region, indicator: f.indicator, value_high: f.valueHigh, qualifier: f.qualifier,
        status: f.status, sentence_id: sentenceIds.get(f.sentenceIndex)!, sentence_index: f.sentenceIndex, sentence_start: f.sentenceStart, span_start: f.start, span_end: f.end,
        value_exact: f.valueExact, value_high_exact: f.valueHighExact,
        obs_key: prev?.obs_key ?? obsKey(r.docId, versionNo, seq),
        // a figure back after its report was pruned is new again, under its old key
        change: current ? m.change : 'new',
        previous_obs_id: prev?.obs_id ?? null,
      };
    });
    await insertEach(trx, 'figures', rows as Array<Record<string, unknown>>);
    const rejectRows = w.rejects.map((x) => rejectRow(x, { runId: w.runId, docId: r.docId, versionId: inserted.version_id, at: w.at }));
    await insertEach(trx, 'rejects', rejectRows as Array<Record<string, unknown>>);
    await insertFindings(trx, w, inserted.version_id);
    return { outcome: 'stored', versionNo, figures: counts };
  });
}

async function insertFindings(trx: Warehouse, w: VersionWrite, versionId: number): Promise<void> {
  const rows: NewValidationResult[] = w.findings.map((f) => ({
    version_id: versionId, doc_id: w.report.docId, run_id: w.runId, seq: f.seq, rule: f.rule, severity: f.severity, message: f.message,
    text: f.text, span_start: f.start, span_end: f.end, evidence: JSON.stringify(f.evidence),
  }));
  await insertEach(trx, 'validation_results', rows as Array<Record<string, unknown>>);
}

/**
 * The figures of a stored version, for restoring it without parsing.
 *
 * @example
 * await figuresOfVersion(db, 3) // → [{ text: '7,2%', value: 7.2, … }]
 */
export async function figuresOfVersion(db: Warehouse, versionId: number): Promise<StoredFigure[]> {
  const rows = await observationsOf(db, versionId);
  return rows.map((o) => ({ ...factsOf(o), unitMult: o.unit_mult, end: o.span_end, valueExact: o.value_exact, valueHighExact: o.value_high_exact }));
}

/** A new report's row, or the existing one's path, identity and last run. */
async function touchDocument(trx: Warehouse, runId: string, r: ReportIdentity, exists: boolean): Promise<void> {
  if (exists) {
    await trx.updateTable('documents').set({ source_path: r.sourcePath, identity: r.identity, identity_key: r.identityKey, last_seen_run_id: runId }).where('doc_id', '=', r.docId).execute();
  } else {
    await trx
      .insertInto('documents')
      .values({ doc_id: r.docId, source_path: r.sourcePath, first_run_id: runId, last_seen_run_id: runId, identity: r.identity, identity_key: r.identityKey, missing_since_run_id: null, pruned_run_id: null })
      .execute();
  }
}

/**
 * A re-read that changed no figure: the version keeps its figures and
 * takes the new extractor and publication date; its vintage (and the
 * close of the version before, when it was closed on the old date) moves.
 */
async function redateInPlace(trx: Warehouse, o: { versionId: number; docId: string; oldVintage: string; vintage: string; version: VersionMeta }): Promise<void> {
  await trx
    .updateTable('document_versions')
    .set({ extractor_version: o.version.extractorVersion, published: o.version.published, published_source: o.version.publishedSource, vintage_from: o.vintage })
    .where('version_id', '=', o.versionId)
    .execute();
  if (o.oldVintage === o.vintage) return;
  const previous = await trx.selectFrom('document_versions').select(['version_id', 'vintage_from']).where('doc_id', '=', o.docId).where('version_id', '<', o.versionId).orderBy('version_no', 'desc').executeTakeFirst();
  if (previous && previous.vintage_from !== null) {
    const closedOn = laterDay(previous.vintage_from, o.vintage);
    await trx.updateTable('document_versions').set({ vintage_to: closedOn }).where('version_id', '=', previous.version_id).execute();
  }
}

/** An observation row with the text of its sentence. */
type ObservationWithSentence = ObservationRow & { readonly sentence: string };

/** The observations of a version in text order, each with its sentence's text. */
async function observationsOf(db: Warehouse, versionId: number): Promise<ObservationWithSentence[]> {
  return db
    .selectFrom('observations as o')
    .innerJoin('sentences as s', 's.sentence_id', 'o.sentence_id')
    .selectAll('o')
    .select('s.text as sentence')
    .where('o.version_id', '=', versionId)
    .orderBy('o.seq')
    .execute();
}

/**
 * The sentences of a version's figures, once each, in the order their
 * first figures come. Every figure of a sentence index carries the same
 * sentence (the segment stage gives each piece of a split sentence its own
 * index); a figure that does not is a broken reading, refused whole.
 */
function sentenceRows(versionId: number, figures: readonly StoredFigure[]): NewSentence[] {
  const byIndex = new Map<number, NewSentence>();
  for (const f of figures) {
    const known = byIndex.get(f.sentenceIndex);
    if (!known) byIndex.set(f.sentenceIndex, { version_id: versionId, sentence_index: f.sentenceIndex, sentence_start: f.sentenceStart, text: f.sentence });
    else if (known.text !== f.sentence) throw new Error(`expected one sentence per sentence index, got two texts for sentence ${f.sentenceIndex} ("${f.text}")`);
  }
  return [...byIndex.values()];
}

function factsOf(o: ObservationWithSentence): FigureFacts {
  return {
    text: o.text, value: o.value, valueHigh: o.value_high, unit: o.unit, period: o.period, basePeriod: o.base_period, region: o.region,
    indicator: o.indicator, qualifier: o.qualifier, status: o.status, sentence: o.sentence, sentenceIndex: o.sentence_index,
    sentenceStart: o.sentence_start, start: o.span_start,
  };
}

function countChanges(changes: readonly string[], retracted: number, hasCurrent: boolean): FigureCounts {
  const n = (c: string): number => changes.filter((x) => x === c).length;
  if (!hasCurrent) return { new: changes.length, same: 0, revised: 0, reclassified: 0, retracted: 0 };
  return { new: n('new'), same: n('same'), revised: n('revised'), reclassified: n('reclassified'), retracted };
}

function zero(): FigureCounts {
  return { new: 0, same: 0, revised: 0, reclassified: 0, retracted: 0 };
}

/** The bytes as a Buffer, without a copy: a worker hands back a plain Uint8Array, and better-sqlite3 binds Buffers only. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
