import { CompiledQuery } from 'kysely';
import { warehouseDialect, type Warehouse } from './database.ts';

/** The tables written in bulk. */
type BulkTable = 'figures' | 'sentences' | 'validation_results' | 'rejects';

/**
 * How many rows one statement inserts, largest first: a run's rows go in
 * statements of these sizes, whose SQL is built once and kept prepared by
 * the warehouse, so a row costs a share of one execution, not a query build
 * and a prepare. 64 rows of 26 columns stay far under SQLite's 32,766
 * bound values and PostgreSQL's 65,535.
 */
const SIZES = [64, 16, 4, 1] as const;

/** The SQL of an insert of `size` rows of these columns, by database system, table, columns, size and returning column (SQLite binds `?`, PostgreSQL `$1`). */
const compiledSql = new Map<string, string>();

/**
 * Inserts rows in statements of fixed sizes ({@link SIZES}), each with the
 * rows' values in the first row's column order; a column missing from a
 * row, or undefined, is written as null. With `returning`, the rows
 * inserted with those columns, in no set order (SQLite returns the rows of
 * a statement in an order of its own): return a column that tells them
 * apart.
 *
 * @example
 * await insertEach(trx, 'sentences', rows, ['sentence_id', 'sentence_index']) // → [{ sentence_id: 101, sentence_index: 0 }, …]
 */
export async function insertEach(
  db: Warehouse,
  table: BulkTable,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  returning: readonly string[] = [],
): Promise<Array<Record<string, unknown>>> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const out: Array<Record<string, unknown>> = [];
  let at = 0;
  for (const size of SIZES) {
    while (rows.length - at >= size) {
      const sql = sqlFor(db, table, columns, size, returning);
      const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, valuesOf(rows, at, size, columns)));
      for (const row of result.rows) out.push(row);
      at += size;
    }
  }
  return out;
}

/** The values of `size` rows from `at`, row by row in the order of `columns`, a missing one as null. */
function valuesOf(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, at: number, size: number, columns: readonly string[]): unknown[] {
  const values = new Array<unknown>(size * columns.length);
  let k = 0;
  for (let r = at; r < at + size; r++) {
    const row = rows[r]!;
    for (const c of columns) values[k++] = row[c] ?? null;
  }
  return values;
}

function sqlFor(db: Warehouse, table: BulkTable, columns: readonly string[], size: number, returning: readonly string[]): string {
  const key = `${warehouseDialect(db)}|${table}|${columns.join(',')}|${size}|${returning.join(',')}`;
  let sql = compiledSql.get(key);
  if (sql === undefined) {
    const row = Object.fromEntries(columns.map((c) => [c, null]));
    const base = db.insertInto(table).values(Array.from({ length: size }, () => row) as never);
    sql = (returning.length > 0 ? base.returning(returning as never) : base).compile().sql;
    compiledSql.set(key, sql);
  }
  return sql;
}
