import { PostgresAdapter, sql, type ColumnDataType, type ColumnDefinitionBuilder, type Expression, type Kysely } from 'kysely';

/** A column's type as `addColumn` takes it. */
type DataTypeExpression = ColumnDataType | Expression<unknown>;

/**
 * The column types of the warehouse, as each database system spells them,
 * so one migration makes the same schema on SQLite and on PostgreSQL:
 * - `text`: SQLite's `text`; on PostgreSQL `text COLLATE "C"`, so text
 *   compares and sorts by its bytes as SQLite's does (a server's own
 *   locale would order `Đà Nẵng` and `Bắc Ninh` another way, and the
 *   exports and keys with them);
 * - `real`: a double, exactly (SQLite's `real` is one; PostgreSQL's
 *   `real` is a single-precision float and would lose digits, so there it
 *   is `double precision`);
 * - `identity`: a row id the database assigns: SQLite's
 *   `autoincrement`, PostgreSQL's identity column;
 * - `blob`: bytes, SQLite's `blob` and PostgreSQL's `bytea` (both read
 *   back as a Buffer).
 * On SQLite they give what the migrations wrote before they were shared,
 * so a SQLite warehouse's schema is unchanged.
 *
 * @example
 * const t = columnTypes(db);
 * db.schema.createTable('runs').addColumn('id', 'integer', t.identity).addColumn('name', t.text).addColumn('value', t.real)
 */
export function columnTypes(db: Kysely<any>): {
  readonly text: DataTypeExpression;
  readonly real: DataTypeExpression;
  readonly identity: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  readonly blob: DataTypeExpression;
} {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return { text: sql`text collate "C"`, real: 'double precision', identity: (c) => c.primaryKey().generatedByDefaultAsIdentity(), blob: 'bytea' };
  }
  return { text: 'text', real: 'real', identity: (c) => c.primaryKey().autoIncrement(), blob: 'blob' };
}
