/** How a CSV file is written: byte-order mark, field separator, decimal mark. */
export interface CsvDialect {
  /** Begin with the UTF-8 byte-order mark, which Excel needs to read the file as UTF-8. */
  readonly bom: boolean;
  readonly delimiter: ',' | ';';
  /** The decimal mark of numeric cells; text cells are written as they are. */
  readonly decimalMark: '.' | ',';
}

/**
 * The CSV dialects solieu writes. `plain` is the default of every export
 * (RFC 4180, Frictionless and SDMX-CSV expect it: UTF-8 without BOM, comma,
 * decimal point). `excel` adds the BOM, so Excel reads Vietnamese letters
 * as UTF-8 instead of the ANSI code page. `excel-vi` is for spreadsheets set
 * to a Vietnamese (or any decimal-comma) locale, whose list separator is `;`
 * and whose numbers are written `8,19`. The `sep=` first line is never
 * written: with it Excel stops honouring the BOM.
 *
 * @example
 * CSV_DIALECTS['excel-vi'] // → { bom: true, delimiter: ';', decimalMark: ',' }
 */
export const CSV_DIALECTS = {
  plain: { bom: false, delimiter: ',', decimalMark: '.' },
  excel: { bom: true, delimiter: ',', decimalMark: '.' },
  'excel-vi': { bom: true, delimiter: ';', decimalMark: ',' },
} as const satisfies Record<string, CsvDialect>;

/** A dialect's name: `plain`, `excel` or `excel-vi`. */
export type CsvDialectName = keyof typeof CSV_DIALECTS;
