import { createHash } from 'node:crypto';
import { readDocumentNumbers } from '../stages/extract/extract-quantities.ts';
import type { NumberReading } from '../stages/extract/read-numbers.ts';
import { parseDocumentBytes } from '../stages/load/read-document.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { PipelineStages } from './define-pipeline.ts';
import { processDocument, type ProcessedDocument } from './process-document.ts';
import type { SourceDocument } from '../core/records.ts';
import { makeReject } from '../core/reject-codes.ts';

/** Options for reading a text given directly (standard input, tests). */
export interface TextSource {
  readonly name: string;
  readonly published?: string | null;
}

/**
 * A {@link SourceDocument} from a string, through the same loader rules as
 * a file (NFC, cleaning), named `name`.
 *
 * @example
 * documentFromText('GRDP tăng 7%', { name: 'stdin' }).text // → 'GRDP tăng 7%'
 */
export function documentFromText(text: string, source: TextSource): SourceDocument | null {
  const bytes = Buffer.from(text, 'utf8');
  const parsed = parseDocumentBytes(`${source.name}.txt`, bytes, { published: source.published ?? null });
  if (!parsed.ok) return null;
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return { sourcePath: source.name, docId: source.name, contentHash, byteSize: bytes.length, text: parsed.text, meta: parsed.meta };
}

/**
 * Runs the pure stages on a string: its accepted observations and the
 * quarantined ones. An empty text has none.
 *
 * @example
 * extractFromText('Tăng trưởng GRDP năm 2023 đạt trên 11%', stages, taxonomy, units, { name: 'stdin' }).accepted[0].value // → 11
 */
export function extractFromText(
  text: string,
  stages: PipelineStages,
  taxonomy: Taxonomy,
  knownUnits: ReadonlySet<string>,
  source: TextSource,
): ProcessedDocument {
  const doc = documentFromText(text, source);
  if (!doc) {
    return {
      accepted: [],
      rejected: [],
      failure: text.trim() === '' ? null : makeReject('FILE_NO_TEXT', source.name, 'expected text, got none'),
      counts: { sentences: 0, quantities: 0, observations: 0, accepted: 0, rejected: 0 },
    };
  }
  return processDocument(doc, stages, taxonomy, knownUnits);
}

/**
 * Every number read in a string, whether or not it became an observation,
 * with what it was judged to be and why.
 *
 * @example
 * numbersInText('Nghị quyết 23-NQ/TW ngày 22/3/2018', stages, taxonomy).map((n) => n.kind)
 * // → ['document_number', 'date']
 */
export function numbersInText(text: string, stages: PipelineStages, taxonomy: Taxonomy): NumberReading[] {
  const doc = documentFromText(text, { name: 'stdin' });
  if (!doc) return [];
  const sentences = stages.segment(doc.text);
  return readDocumentNumbers(doc.text, sentences, { units: taxonomy.units }).flatMap((s) => s.numbers);
}

/** Unit codes validation accepts: the unit table's and the codes the extractor makes itself. */
export function knownUnitsOf(taxonomy: Taxonomy): ReadonlySet<string> {
  return new Set([...taxonomy.units.units.map((u) => u.unit), 'rank', 'index', 'times', 'count', 'pp', 'point', 'bp']);
}
