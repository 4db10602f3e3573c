import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
// exceljs is loaded when a workbook is written, not at every start of solieu (it takes a third of a second)
import type ExcelJS from 'exceljs';
import type { ExportTable, WrittenTable } from './export-table.ts';
import { neutraliseCell } from './neutralise-cell.ts';

/** Excel's limits (Microsoft, "Excel specifications and limits"): rows of a sheet, characters of a cell. */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_CELL_CHARS = 32_767;
/** Rows written between two looks at the zip stream's backlog. */
const ROWS_PER_CHECK = 1_000;
/** Sheet XML waiting to be compressed beyond which writing waits: exceljs's sheet stream never pushes back. */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;
/** Column widths, in characters, for the long text columns; the others fit their header. */
const WIDTHS: Readonly<Record<string, number>> = { sentence: 80, message: 60, text: 24, source_path: 28, doc_id: 28, file: 28, obs_key: 20 };

/** How `writeXlsx` lays out its sheets. */
export interface XlsxOptions {
  /** Data rows per sheet before a table continues on `name (2)`; Excel's limit less the header row by default. */
  readonly maxRowsPerSheet?: number;
}

/**
 * Writes the tables into one workbook, one sheet per table named after it,
 * with exceljs's streaming writer (rows go to the file as they are read,
 * strings inline, never a shared-strings table in memory). Every sheet has
 * its column names as a bold header row, frozen, and an autofilter over the
 * data. Numbers are number cells, null is an empty cell, and text cells
 * are text, neutralised like the CSV's (see {@link neutraliseCell}) so the
 * sheet stays safe when saved again as CSV. A table longer than a sheet
 * holds continues on `history (2)`, `history (3)`, …; a text longer than
 * Excel's 32,767 characters stops the export (never truncated). The file
 * is written beside its target and renamed into place.
 *
 * @example
 * await writeXlsx(vintageTables(db, { asOf: null, runIds: [runId] }), 'output/observations.xlsx')
 * // → [{ name: 'observations', file: 'output/observations.xlsx', sheets: ['observations'], rows: 588 }, …]
 */
export async function writeXlsx(tables: readonly ExportTable[], file: string, o: XlsxOptions = {}): Promise<WrittenTable[]> {
  const maxRows = o.maxRowsPerSheet ?? EXCEL_MAX_ROWS - 1;
  const tmp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp);
  // a write error (a full disk) would otherwise leave commit() waiting for a 'finish' that never comes
  // (`on`, not `once`: the zip may go on writing into the destroyed stream, and each such write errors)
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => undefined);
  try {
    const written = await Promise.race([writeWorkbook(tables, out, file, maxRows), failed]);
    await rename(tmp, file);
    return written;
  } catch (error) {
    out.destroy();
    // the file may still be opening: unlinked before that, it would be created after
    if (!out.closed) await once(out, 'close');
    await unlink(tmp).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot write ${file}: ${reason}`, { cause: error });
  }
}

async function writeWorkbook(tables: readonly ExportTable[], out: WriteStream, file: string, maxRows: number): Promise<WrittenTable[]> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const filters: FilterRange[] = [];
  filterDatabaseNames(workbook, filters);
  const written: WrittenTable[] = [];
  for (const t of tables) {
    const sheets = [sheetName(t, 1)];
    let sheet = openSheet(workbook, t, sheets[0]!);
    let inSheet = 0;
    let rows = 0;
    for await (const row of t.rows()) {
      if (inSheet === maxRows) {
        filters.push(closeSheet(sheet, t, inSheet));
        sheets.push(sheetName(t, sheets.length + 1));
        sheet = openSheet(workbook, t, sheets.at(-1)!);
        inSheet = 0;
      }
      sheet.addRow(t.columns.map((c) => cellValue(row[c], () => `${t.name} row ${rows + 1}, column ${c}`))).commit();
      inSheet++;
      rows++;
      if (rows % ROWS_PER_CHECK === 0) while (zipBacklog(sheet) > MAX_BACKLOG_BYTES) await sleep(2);
    }
    filters.push(closeSheet(sheet, t, inSheet));
    written.push({ name: t.name, file, sheets, rows });
  }
  await workbook.commit();
  return written;
}

function sheetName(t: ExportTable, part: number): string {
  return part === 1 ? t.name : `${t.name} (${part})`;
}

function openSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, t: ExportTable, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = t.columns.map((c) => ({ key: c, width: WIDTHS[c] ?? Math.max(10, c.length + 2) }));
  const header = sheet.addRow([...(t.headers ?? t.columns)]);
  header.font = { bold: true };
  header.commit();
  return sheet;
}

/** A sheet's autofilter range, as a sheet-local `_xlnm._FilterDatabase` name needs it. */
interface FilterRange {
  readonly sheetIndex: number;
  readonly range: string;
}

/** Adds the header row's autofilter over every data row, commits the sheet and returns its filter range. */
function closeSheet(sheet: ExcelJS.Worksheet, t: ExportTable, dataRows: number): FilterRange {
  // written when the sheet is committed, so it can cover every data row
  const lastColumn = columnLetters(t.columns.length);
  sheet.autoFilter = `A1:${lastColumn}${1 + dataRows}`;
  sheet.commit();
  return { sheetIndex: sheet.id - 1, range: `'${sheet.name.replaceAll("'", "''")}'!$A$1:$${lastColumn}$${1 + dataRows}` };
}

/** A column's letters: 1 → A, 26 → Z, 27 → AA. */
function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/**
 * Makes the workbook declare each sheet's `_xlnm._FilterDatabase`, the
 * sheet-local name Excel writes beside an `<autoFilter>` and without which
 * LibreOffice shows no filter buttons. exceljs writes `<autoFilter>` but
 * not the name, and its defined names carry no sheet; the workbook part is
 * written last, from `definedNames.model`, so that model is given the
 * names of the sheets committed by then.
 */
function filterDatabaseNames(workbook: ExcelJS.stream.xlsx.WorkbookWriter, filters: readonly FilterRange[]): void {
  Object.defineProperty(workbook.definedNames, 'model', {
    get: () => filters.map((f) => ({ name: '_xlnm._FilterDatabase', localSheetId: f.sheetIndex, ranges: [f.range] })),
  });
}

/**
 * How many bytes of a sheet's XML wait in the zip compressor's input. The
 * streaming writer hands rows to the zip without waiting for it, so without
 * this look a fast reader fills memory with a whole sheet. It reads
 * exceljs's sheet stream (a StreamBuf whose `pipes` feed the compressor);
 * when that shape changes it reports 0, and writing goes on unthrottled.
 */
function zipBacklog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as { readonly stream?: { readonly pipes?: readonly unknown[] } }).stream;
  let bytes = 0;
  for (const pipe of stream?.pipes ?? []) {
    // archiver's PassThrough comes from readable-stream 2, which has no `writableLength` getter
    const length = (pipe as { readonly _writableState?: { readonly length?: unknown } })._writableState?.length;
    if (typeof length === 'number') bytes += length;
  }
  return bytes;
}

/** A value read from the warehouse as a cell: numbers stay numbers, text is neutralised. */
function cellValue(v: unknown, where: () => string): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  const text = neutraliseCell(typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v));
  if (text.length > EXCEL_MAX_CELL_CHARS) throw new Error(`expected a text of at most ${EXCEL_MAX_CELL_CHARS} characters (Excel's limit) at ${where()}, got ${text.length}`);
  return text;
}
