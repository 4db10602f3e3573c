import { makeReject, type Reject } from '../core/reject-codes.ts';
import type { StoredReport } from '../warehouse/stored-reports.ts';
import type { IdentitySource } from '../warehouse/tables/documents.ts';
import type { SurveyedFile } from './survey-files.ts';

/** Who a file's report is: an existing report, or a new one with the id it will get. */
export interface ReportRef {
  readonly docId: string;
  readonly identity: IdentitySource;
  readonly identityKey: string;
  readonly path: string;
  readonly contentHash: string;
  /** Set when the report's file was missing (or pruned) and is back. */
  readonly returned: boolean;
}

/**
 * What a run does with one file, decided for all files together before
 * any is parsed:
 * - `unchanged`: the report's current version has this content;
 * - `read`: parse it into a new version (a new report, changed content, or
 *   a re-read by a newer extractor);
 * - `redate`: same content, but a publication date was given that differs
 *   from the stored one: parse it again to see whether its figures change;
 * - `restore`: the content of an earlier version of the report, taken from
 *   the warehouse without parsing;
 * - `rename`: the content of a report whose file is gone, now under another
 *   path (or id): the same report, no new version;
 * - `duplicate`: the content of another file of this run: counted, not read
 *   twice;
 * - `reject`: the file cannot be used (unreadable, or its id is another file's).
 */
export type FilePlan =
  | { readonly kind: 'unchanged'; readonly report: ReportRef }
  | { readonly kind: 'read'; readonly report: ReportRef; readonly reason: 'new' | 'changed' | 'reread' }
  | { readonly kind: 'redate'; readonly report: ReportRef; readonly stored: string | null; readonly given: string }
  | { readonly kind: 'restore'; readonly report: ReportRef; readonly fromVersionId: number }
  | { readonly kind: 'rename'; readonly report: ReportRef; readonly from: string }
  | { readonly kind: 'duplicate'; readonly path: string; readonly of: string }
  | { readonly kind: 'reject'; readonly path: string; readonly reject: Reject };

/** The plan of a run: one plan per file, in path order, and the reports whose files are gone. */
export interface RunPlan {
  readonly files: readonly FilePlan[];
  /** Reports (not pruned) with no file in this run. */
  readonly missing: readonly StoredReport[];
}

/** What the plan needs to know besides the files and the warehouse. */
export interface PlanOptions {
  /** The extractor (solieu version and pipeline) of this run: a report read by another is read again. */
  readonly extractorVersion: string;
  /** The publication date given for a file (option or manifest), if any. */
  readonly givenPublished: (path: string) => string | null;
}

/**
 * Decides what a run does with each file: deterministic, whatever order the
 * files are later processed in. Files are taken in path order; the first
 * file with an id or a content keeps it.
 *
 * @example
 * planRun(surveyed, await storedReports(db), { extractorVersion: '0.3.0 reports', givenPublished: () => null }).files[0].kind
 * // → 'unchanged'
 */
export function planRun(surveyed: readonly SurveyedFile[], stored: readonly StoredReport[], o: PlanOptions): RunPlan {
  const files = [...surveyed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byKey = new Map(stored.map((r) => [r.identityKey, r]));
  const present = new Set(files.flatMap((f) => (f.ok ? [f.identityKey] : [])));
  const docIds = new Set(stored.map((r) => r.docId));
  const keyOwner = new Map<string, string>();
  /** For each content, the file of this run a new file with that content is a copy of. */
  const contentOwner = new Map<string, string>();
  for (const f of files) if (f.ok && byKey.has(f.identityKey) && !contentOwner.has(f.contentHash)) contentOwner.set(f.contentHash, f.path);
  const renamedFrom = new Set<string>();
  /** Reports whose files are gone, by their current content, in the warehouse's order: a new file with that content may be one of them renamed. */
  const goneByContent = new Map<string, StoredReport[]>();
  for (const s of stored) {
    if (present.has(s.identityKey) || s.pruned || !s.current) continue;
    const list = goneByContent.get(s.current.contentHash);
    if (list) list.push(s);
    else goneByContent.set(s.current.contentHash, [s]);
  }

  const plans: FilePlan[] = files.map((f): FilePlan => {
    if (!f.ok) return { kind: 'reject', path: f.path, reject: f.reject };
    const keptBy = keyOwner.get(f.identityKey);
    if (keptBy !== undefined) {
      const what = f.identity === 'path' ? 'path' : f.identity === 'url' ? `canonical URL ${f.identityKey}` : `doc_id ${f.identityKey}`;
      return {
        kind: 'reject',
        path: f.path,
        reject: makeReject('DOC_ID_CONFLICT', f.path, `expected one file per report, got ${keptBy} and ${f.path} with the same ${what}; give them doc_ids in the manifest, or use --doc-id-from path`),
      };
    }
    keyOwner.set(f.identityKey, f.path);
    const ref = (docId: string, returned: boolean): ReportRef => ({ docId, identity: f.identity, identityKey: f.identityKey, path: f.path, contentHash: f.contentHash, returned });

    const report = byKey.get(f.identityKey);
    if (report) {
      const r = ref(report.docId, report.missing || report.pruned);
      const current = report.current;
      if (current && current.contentHash === f.contentHash) {
        if (current.extractorVersion !== o.extractorVersion) return { kind: 'read', report: r, reason: 'reread' };
        const given = o.givenPublished(f.path);
        if (given !== null && given !== current.published) return { kind: 'redate', report: r, stored: current.published, given };
        // the same report and content under another path (moved, with its id or URL kept): a rename, so the path in the warehouse stays true
        if (report.sourcePath !== f.path) return { kind: 'rename', report: r, from: report.sourcePath };
        return { kind: 'unchanged', report: r };
      }
      const earlier = report.versionOfContent.get(f.contentHash);
      if (earlier !== undefined) return { kind: 'restore', report: r, fromVersionId: earlier };
      return { kind: 'read', report: r, reason: 'changed' };
    }
    // a report whose file is gone, with this very content: the file was renamed (or its id changed)
    const moved = goneByContent.get(f.contentHash)?.find((s) => !renamedFrom.has(s.docId));
    if (moved) {
      renamedFrom.add(moved.docId);
      contentOwner.set(f.contentHash, contentOwner.get(f.contentHash) ?? f.path);
      return { kind: 'rename', report: ref(moved.docId, moved.missing), from: moved.sourcePath };
    }
    // the content of another file of this run: a copy, read once
    const owner = contentOwner.get(f.contentHash);
    if (owner !== undefined) return { kind: 'duplicate', path: f.path, of: owner };
    contentOwner.set(f.contentHash, f.path);
    return { kind: 'read', report: ref(newDocId(f.identityKey, docIds), false), reason: 'new' };
  });

  const missing = stored.filter((r) => !present.has(r.identityKey) && !r.pruned && !renamedFrom.has(r.docId));
  return { files: plans, missing };
}

/** A new report's id: its identity key, unless an older report already has that id. */
function newDocId(key: string, taken: Set<string>): string {
  let id = key;
  for (let n = 2; taken.has(id); n++) id = `${key}#${n}`;
  taken.add(id);
  return id;
}
