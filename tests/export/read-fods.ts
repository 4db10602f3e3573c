import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';

/** A cell as LibreOffice saved it in a flat ODS file. */
export interface FodsCell {
  /** `office:value-type`: float, percentage, date, string, …; null for an empty cell. */
  readonly type: string | null;
  /** `office:value` for numbers, `office:date-value` for dates, null otherwise. */
  readonly value: string | null;
  /** The text shown, paragraphs joined with "\n". */
  readonly text: string;
  /** `table:formula`, when LibreOffice made the cell a formula. */
  readonly formula: string | null;
}

/** The cell LibreOffice leaves empty. */
const EMPTY: FodsCell = { type: null, value: null, text: '', formula: null };

/** A flat ODS file's sheets, by name: their rows of cells, trailing empty cells and rows dropped. */
export type FodsSheets = ReadonlyMap<string, FodsCell[][]>;

/**
 * Reads a flat ODS file (what `soffice --convert-to fods` writes) into its
 * sheets' cells, with each cell's value type, value, text and formula.
 *
 * @example
 * readFods('out/observations.fods').get('observations')?.[1]?.[4] // → { type: 'float', value: '8.19', text: '8.19', formula: null }
 */
export function readFods(file: string): FodsSheets {
  const $ = load(readFileSync(file, 'utf8'), { xml: true });
  const sheets = new Map<string, FodsCell[][]>();
  $('table\\:table').each((_, table) => {
    const rows: FodsCell[][] = [];
    for (const row of elementsUnder(table, 'table:table-row')) {
      const cells: FodsCell[] = [];
      for (const cell of childElements(row)) {
        if (cell.name !== 'table:table-cell' && cell.name !== 'table:covered-table-cell') continue;
        const read = readCell(cell);
        const repeat = Number(cell.attribs['table:number-columns-repeated'] ?? 1);
        // a row ends with one run of empty cells up to column 1024; never expand it
        for (let i = 0; i < (read === EMPTY ? Math.min(repeat, 64) : repeat); i++) cells.push(read);
      }
      while (cells.length > 0 && cells.at(-1) === EMPTY) cells.pop();
      const repeatRows = Number(row.attribs['table:number-rows-repeated'] ?? 1);
      for (let i = 0; i < (cells.length === 0 ? 1 : repeatRows); i++) rows.push(cells);
    }
    while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
    sheets.set(table.attribs['table:name'] ?? '', rows);
  });
  return sheets;
}

/**
 * The target ranges of a flat ODS file's database ranges (where LibreOffice
 * keeps autofilters), with whether each shows filter buttons.
 *
 * @example
 * readFodsFilters('out/observations.fods') // → [{ range: 'observations.A1:observations.S8', buttons: true }]
 */
export function readFodsFilters(file: string): { range: string; buttons: boolean }[] {
  const $ = load(readFileSync(file, 'utf8'), { xml: true });
  return $('table\\:database-range')
    .toArray()
    .map((r) => ({ range: r.attribs['table:target-range-address'] ?? '', buttons: r.attribs['table:display-filter-buttons'] === 'true' }));
}

function readCell(cell: Element): FodsCell {
  const type = cell.attribs['office:value-type'] ?? null;
  const formula = cell.attribs['table:formula'] ?? null;
  const paragraphs = childElements(cell).filter((e) => e.name === 'text:p');
  if (type === null && formula === null && paragraphs.length === 0) return EMPTY;
  return {
    type,
    value: cell.attribs['office:value'] ?? cell.attribs['office:date-value'] ?? null,
    text: paragraphs.map(textOf).join('\n'),
    formula,
  };
}

/** A paragraph's text: `<text:s text:c="3"/>` is three spaces, `<text:tab/>` a tab, `<text:line-break/>` a newline. */
function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.name === 'text:s') return ' '.repeat(Number(node.attribs['text:c'] ?? 1));
  if (node.name === 'text:tab') return '\t';
  if (node.name === 'text:line-break') return '\n';
  return node.children.map(textOf).join('');
}

function childElements(node: Element): Element[] {
  return node.children.filter(isTag);
}

/** The elements named `name` under `node`, through row groups and header rows. */
function elementsUnder(node: Element, name: string): Element[] {
  return childElements(node).flatMap((c) => (c.name === name ? [c] : elementsUnder(c, name)));
}
