import { periodInterval } from '../core/period-interval.ts';
import { searchKey } from '../core/search-key.ts';
import type { ExportedObservation } from '../warehouse/current-observations.ts';
import { loadAreaCodes, type AreaCodes } from './area-codes.ts';
import { taxonomyNames } from './taxonomy-names.ts';

/** The language of the names an export writes beside the codes. */
export type LabelLanguage = 'vi' | 'en';

/** The columns an export adds to each observation: the region's official code and search key, the indicator's and unit's names. */
export interface ObservationLabels {
  /** The region's code for the figure's period: the statistics office's province code (63 units until 2025-06-30, 34 from 2025-07-01), VN, or ISO 3166-1 alpha-2; empty for a region with no official code. */
  region_code: string | null;
  /** The region without marks, in lower case ("quang ninh"). */
  region_key: string | null;
  indicator_name: string | null;
  unit_name: string | null;
}

/** The label columns, in file order. */
export const LABEL_COLUMNS: ReadonlyArray<keyof ObservationLabels> = ['region_code', 'region_key', 'indicator_name', 'unit_name'];

/**
 * The longest `sentence` an export cell holds. A longer sentence (a table
 * flattened into one line, a piece of a split sentence) is cut to this
 * many characters around the figure, "…" marking each cut; the warehouse
 * keeps it whole. Without the cut, a file of one 155 KB line gave every one
 * of its thousands of figures its whole line.
 */
export const SENTENCE_CELL_CHARS = 500;

/** What a labeller gives a row: its label columns and its sentence as an export cell ({@link sentenceCell}). */
export interface RowLabels extends ObservationLabels {
  sentence: string;
}

/** Adds label columns to observation rows. */
export interface Labeller {
  label<Row extends ExportedObservation>(row: Row): Row & ObservationLabels;
  /** The labels of a row alone, for a writer that puts cells in order itself rather than copy the row. */
  labels(row: ExportedObservation): RowLabels;
}

/**
 * A labeller with the built-in code tables and taxonomy names, in a language.
 *
 * @example
 * createLabeller('vi').label(row) // → { ...row, region_code: '22', region_key: 'quang ninh', indicator_name: 'Tổng sản phẩm …', unit_name: 'đồng' }
 */
export function createLabeller(language: LabelLanguage = 'vi', areas: AreaCodes = loadAreaCodes()): Labeller {
  const names = taxonomyNames();
  const indicatorName = language === 'en' ? names.indicatorEn : names.indicator;
  const unitName = language === 'en' ? names.unitEn : names.unit;
  // a report names few regions and periods, each many times: their codes and keys are worked out once per labeller
  const codes = new Map<string, string | null>();
  const keys = new Map<string, string>();
  const codeOf = (region: string, period: string | null): string | null => {
    const k = `${region}\u0000${period ?? ''}`;
    let code = codes.get(k);
    if (code === undefined) codes.set(k, (code = regionCode(areas, region, period)));
    return code;
  };
  const keyOf = (region: string): string => {
    let key = keys.get(region);
    if (key === undefined) keys.set(region, (key = searchKey(region)));
    return key;
  };
  const labels = (row: ExportedObservation): RowLabels => ({
    sentence: sentenceCell(row.sentence, row.text),
    region_code: row.region === null ? null : codeOf(row.region, row.period),
    region_key: row.region === null ? null : keyOf(row.region),
    indicator_name: row.indicator === null ? null : indicatorName(row.indicator) || null,
    unit_name: unitName(row.unit) || null,
  });
  return { label: (row) => ({ ...row, ...labels(row) }), labels };
}

/** Labelled rows, one for one. */
export async function* labelled<Row extends ExportedObservation>(rows: AsyncIterable<Row>, labeller: Labeller): AsyncIterable<Row & ObservationLabels> {
  for await (const row of rows) yield labeller.label(row);
}

function regionCode(areas: AreaCodes, region: string, period: string | null): string | null {
  const interval = period === null ? null : periodInterval(period);
  const id = areas.codeOf(region, interval ? new Date(interval.last * 86_400_000).toISOString().slice(0, 10) : null).id;
  // X_… and _U are SDMX's stand-ins for names with no official code
  return /^(?:X_|_U$)/.test(id) ? null : id;
}

/**
 * A sentence as an export cell: whole up to {@link SENTENCE_CELL_CHARS};
 * a longer one cut around the figure's text (its first occurrence), at
 * spaces where it can.
 *
 * @example
 * sentenceCell('a '.repeat(300) + '5% ' + 'b '.repeat(300), '5%') // → '…aaa… 5% bbb…' (at most 500 characters and the marks)
 */
export function sentenceCell(sentence: string, text: string): string {
  if (sentence.length <= SENTENCE_CELL_CHARS) return sentence;
  // the export rows hold document offsets, not the sentence's: the window is centred on the first place the figure's text is in
  const at = Math.max(0, sentence.indexOf(text));
  const room = Math.max(0, SENTENCE_CELL_CHARS - text.length);
  let start = Math.max(0, at - Math.floor(room / 2));
  const end = Math.min(sentence.length, start + SENTENCE_CELL_CHARS);
  start = Math.max(0, end - SENTENCE_CELL_CHARS);
  let s = start;
  let e = end;
  if (s > 0) {
    const space = sentence.indexOf(' ', s);
    if (space >= 0 && space < at) s = space + 1;
  }
  if (e < sentence.length) {
    const space = sentence.lastIndexOf(' ', e);
    if (space > at + text.length) e = space;
  }
  return `${s > 0 ? '…' : ''}${sentence.slice(s, e)}${e < sentence.length ? '…' : ''}`;
}
