/**
 * Rows as a plain text table for a terminal: a header, columns padded to
 * their widest cell (cells cut to `maxWidth` characters), empty cells for
 * null.
 *
 * @example
 * formatTable([{ a: 'x', b: 1 }], ['a', 'b'])
 * // → 'a  b\nx  1\n'
 */
export function formatTable<Row extends object>(rows: readonly Row[], columns: ReadonlyArray<keyof Row & string>, maxWidth = 40): string {
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (parts: readonly string[]): string => parts.map((p, i) => (i === parts.length - 1 ? p : p.padEnd(widths[i]!))).join('  ').trimEnd();
  return `${[line(columns), ...cells.map(line)].join('\n')}\n`;
}
