/**
 * The first characters that make a spreadsheet read a cell as a formula:
 * OWASP's "CSV Injection" list (`=`, `+`, `-`, `@`, tab, carriage return)
 * and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Apple
 * Numbers folds to the ASCII ones, as csv-stringify's `escape_formulas` does.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * A text cell made safe to open in a spreadsheet: one that begins with a
 * formula character gets a leading `'`, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it. Every other text is
 * returned unchanged. Only text cells go through this: numbers are written
 * as numbers, so a negative `value` (-2.1) stays a number, while a text
 * cell that happens to begin with "-" ("-2,1%" in `text`) is neutralised
 * like any other, because a spreadsheet cannot tell it from a formula.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x","y")') // → '\'=HYPERLINK("http://x","y")'
 * neutraliseCell('-2,1%')                      // → "'-2,1%"
 * neutraliseCell('315.839 tỷ đồng')            // → '315.839 tỷ đồng'
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
