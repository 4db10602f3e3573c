import type { SourceDocument } from '../core/records.ts';
import { makeReject, type Reject } from '../core/reject-codes.ts';
import { buildDocument, readSourceBytesSync } from '../stages/load/read-document.ts';
import type { Stage, StageContext } from '../stages/stage.ts';
import { packText } from '../warehouse/version-text.ts';
import { storedFigure, type StoredFigure, type StoredFinding } from '../warehouse/stored-figure.ts';
import { processDocument, type StageCount } from './process-document.ts';
import { storedFindings } from './stored-findings.ts';

/** A file to read, with what the run knows of it. */
export interface ReportTask {
  /** Its path under `input`. */
  readonly path: string;
  readonly input: string;
  /** The most bytes a file may have to be read. */
  readonly maxBytes: number;
  /** The hash the run's survey found: content that differs changed during the run. */
  readonly contentHash: string;
  readonly docId: string;
  /** The publication date given for the file (option or manifest), which wins over what it says. */
  readonly given: { readonly date: string; readonly source: 'option' | 'manifest' } | null;
}

/** What reading a file gave: the document and what the stages made of it, or the reject that stopped it. */
export type ReportReading =
  | {
      readonly ok: true;
      /** The document, its text packed as the warehouse stores it (a tenth of the bytes to hand back from a worker). */
      readonly document: Omit<SourceDocument, 'text'>;
      readonly textZlib: Uint8Array;
      /** The accepted figures as the warehouse stores them (flat records: what a worker hands back is copied, and an observation's explanations are not stored). */
      readonly figures: readonly StoredFigure[];
      readonly rejected: readonly Reject[];
      readonly findings: readonly StoredFinding[];
      readonly counts: readonly StageCount[];
      /** Seconds spent decoding the bytes and taking HTML apart. */
      readonly loadSeconds: number;
    }
  | { readonly ok: false; readonly reject: Reject };

/**
 * Reads a file, decodes its bytes into its document and runs the
 * pipeline's stages on it: the CPU-bound part of reading a report (with
 * the reading and hashing of the file, which would otherwise hold the
 * main thread), the same on the main thread and in a worker. Its result
 * is plain data (no functions, no classes), so a worker can hand it back.
 *
 * @example
 * readReport(task, pipeline.stages, ctx).ok // → true
 */
export function readReport(task: ReportTask, stages: readonly Stage[], ctx: StageContext): ReportReading {
  const started = performance.now();
  const source = readSourceBytesSync(task.input, task.path, task.maxBytes);
  if (!source.ok) return source;
  if (source.contentHash !== task.contentHash) {
    return { ok: false, reject: makeReject('FILE_UNREADABLE', task.path, 'expected the file to stay as it was during the run, got other content (was it being written?)') };
  }
  const built = buildDocument(task.path, source.bytes, source.contentHash, { published: task.given?.date ?? null });
  if (!built.ok) return { ok: false, reject: built.reject };
  const document: SourceDocument = {
    ...built.document,
    docId: task.docId,
    meta: { ...built.document.meta, publishedSource: task.given ? task.given.source : built.document.meta.publishedSource },
  };
  const loadSeconds = (performance.now() - started) / 1000;
  const processed = processDocument(document, stages, ctx);
  if (processed.failure) return { ok: false, reject: processed.failure };
  const { text, ...rest } = document;
  return { ok: true, document: rest, textZlib: packText(text), figures: processed.accepted.map(storedFigure), rejected: processed.rejected, findings: storedFindings(processed.work), counts: processed.counts, loadSeconds };
}
