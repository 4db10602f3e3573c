import { sql, PostgresAdapter, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';
import { packText, unpackText } from '../version-text.ts';
import { createBest } from './2026-12-06T00-00-00-best-by-data.ts';
import { columnTypes } from './column-types.ts';

/**
 * What is the same for every figure of a version is stored with the
 * version, once, and the version's text is stored compressed:
 * - `figures`: one row per figure, with what is its own (value, unit,
 *   period, region, indicator, span, key, change, retracted). The row ids
 *   are the observations' ids.
 * - `document_versions` gains `closed_run_id` (the run that closed it);
 *   its `text` becomes `text_zlib` (see `packText`).
 * - `observations` becomes a view over both, with the columns of the
 *   table it was, in the same order: `doc_id`, `run_id`, `vintage_from`
 *   and `vintage_to` are the version's; `recorded_from`/`recorded_to` are
 *   its `valid_from`/`valid_to`. The three views over it keep their
 *   columns.
 * A figure stored 7 columns (about 75 bytes) and 4 index entries that its
 * version already had: a third of the warehouse.
 *
 * Rows written before must agree with their version on all of them, or the
 * migration stops (and the warehouse stays as it was) rather than lose the
 * difference. `vintage_to` is taken from the version: a re-read that
 * redated a version in place moved the version's close but left a figure
 * closed on another day unmoved, so where they differ the version's day is
 * the one the report's history gives. A version closed with no figures
 * before this migration has no closing run.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  const clash = await sql<{ obs_id: number; version_id: number }>`
    SELECT o.obs_id, o.version_id FROM observations o JOIN document_versions v ON v.version_id = o.version_id
    WHERE o.doc_id <> v.doc_id OR o.run_id <> v.run_id OR o.vintage_from IS DISTINCT FROM v.vintage_from
       OR o.recorded_from IS DISTINCT FROM v.valid_from OR o.recorded_to IS DISTINCT FROM v.valid_to
       OR (o.closed_run_id IS NOT NULL AND v.valid_to IS NULL)
    ORDER BY o.obs_id LIMIT 1`.execute(db);
  const first = clash.rows[0];
  if (first) {
    throw new Error(`expected every figure to share its version's report, run and times, got figure ${first.obs_id} differing from version ${first.version_id}`);
  }
  const runs = await sql<{ version_id: number }>`
    SELECT version_id FROM observations GROUP BY version_id HAVING COUNT(DISTINCT closed_run_id) > 1 ORDER BY version_id LIMIT 1`.execute(db);
  if (runs.rows[0]) throw new Error(`expected one closing run per version, got several for version ${runs.rows[0].version_id}`);

  await db.schema.alterTable('document_versions').addColumn('closed_run_id', t.text).execute();
  await sql`UPDATE document_versions SET closed_run_id = (SELECT MAX(o.closed_run_id) FROM observations o WHERE o.version_id = document_versions.version_id)`.execute(db);

  let figures = db.schema.createTable('figures').addColumn('obs_id', 'integer', t.identity) as CreateTableBuilder<string, string>;
  for (const [name, type] of FIGURE_COLUMNS) figures = figures.addColumn(name, type === 'real' ? t.real : type === 'text' ? t.text : 'integer', constraintsOf(name));
  await figures.addUniqueConstraint('figures_version_seq', ['version_id', 'seq']).execute();
  const own = sql.raw(['obs_id', ...FIGURE_COLUMNS.map(([name]) => name)].join(', '));
  await sql`INSERT INTO figures (${own}) SELECT ${own} FROM observations ORDER BY obs_id`.execute(db);
  await continueIdentity(db, 'figures');
  await db.schema.createIndex('figures_key').on('figures').column('obs_key').execute();
  await db.schema.createIndex('figures_series').on('figures').columns(['indicator', 'region', 'period']).execute();

  await dropViews(db);
  await db.schema.dropTable('observations').execute();
  await sql`CREATE VIEW observations AS SELECT ${viewColumns()} FROM figures f JOIN document_versions v ON v.version_id = f.version_id`.execute(db);
  await createViews(db, sql`figures f JOIN document_versions v ON v.version_id = f.version_id`, {
    recordedFrom: sql`v.valid_from`, recordedTo: sql`v.valid_to`, closedRun: sql`v.closed_run_id`, own: 'f', version: 'v',
  });

  await db.schema.alterTable('document_versions').addColumn('text_zlib', t.blob).execute();
  await eachVersion(db, 'text', async (id, text: string) => {
    await db.updateTable('document_versions').set({ text_zlib: packText(text) }).where('version_id', '=', id).execute();
  });
  await db.schema.alterTable('document_versions').dropColumn('text').execute();
}

/** Puts the observations table back, every column on every row, and the version text uncompressed. */
export async function down(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  // a column added to rows that exist needs a default; every row gets its text at once
  await db.schema.alterTable('document_versions').addColumn('text', t.text, (c) => c.notNull().defaultTo('')).execute();
  await eachVersion(db, 'text_zlib', async (id, packed: Uint8Array) => {
    await db.updateTable('document_versions').set({ text: unpackText(packed) }).where('version_id', '=', id).execute();
  });
  await db.schema.alterTable('document_versions').dropColumn('text_zlib').execute();

  await dropViews(db);
  await sql`DROP VIEW observations`.execute(db);
  let table = db.schema.createTable('observations').addColumn('obs_id', 'integer', t.identity) as CreateTableBuilder<string, string>;
  for (const [name, type] of TABLE_COLUMNS) {
    const dataType = type === 'real' ? t.real : type === 'text' ? t.text : 'integer';
    table = table.addColumn(name, dataType, name === 'doc_id' ? (c) => c.notNull().references('documents.doc_id') : name === 'run_id' ? (c) => c.notNull().references('runs.run_id') : name === 'vintage_from' ? (c) => c.notNull() : constraintsOf(name));
  }
  await table.addUniqueConstraint('observations_version_seq', ['version_id', 'seq']).execute();
  const all = sql.raw(['obs_id', ...TABLE_COLUMNS.map(([name]) => name)].join(', '));
  await sql`INSERT INTO observations (${all}) SELECT ${viewColumns()} FROM figures f JOIN document_versions v ON v.version_id = f.version_id ORDER BY f.obs_id`.execute(db);
  await continueIdentity(db, 'observations');
  for (const [name, columns] of [
    ['observations_series', ['indicator', 'region', 'period']], ['observations_doc', ['doc_id', 'vintage_to']], ['observations_key', ['obs_key']],
    ['observations_closed', ['closed_run_id']], ['observations_run', ['run_id']], ['observations_sentence', ['sentence_id']],
  ] as const) {
    await db.schema.createIndex(name).on('observations').columns([...columns]).execute();
  }
  await db.schema.dropTable('figures').execute();
  await db.schema.alterTable('document_versions').dropColumn('closed_run_id').execute();
  await createViews(db, sql`observations o JOIN document_versions v ON v.version_id = o.version_id`, {
    recordedFrom: sql`o.recorded_from`, recordedTo: sql`o.recorded_to`, closedRun: sql`o.closed_run_id`, own: 'o', version: 'o',
  });
}

type ColumnType = 'integer' | 'real' | 'text';

/** The columns of the observations table before this migration, in their order (after `obs_id`). */
const TABLE_COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
  ['version_id', 'integer'], ['doc_id', 'text'], ['run_id', 'text'], ['seq', 'integer'], ['text', 'text'], ['value', 'real'], ['unit', 'text'],
  ['unit_mult', 'integer'], ['period', 'text'], ['base_period', 'text'], ['region', 'text'], ['indicator', 'text'], ['value_high', 'real'],
  ['qualifier', 'text'], ['status', 'text'], ['sentence_index', 'integer'], ['span_start', 'integer'], ['span_end', 'integer'],
  ['vintage_from', 'text'], ['vintage_to', 'text'], ['retracted', 'integer'], ['obs_key', 'text'], ['change', 'text'], ['previous_obs_id', 'integer'],
  ['recorded_from', 'text'], ['recorded_to', 'text'], ['closed_run_id', 'text'], ['sentence_start', 'integer'], ['value_exact', 'text'],
  ['value_high_exact', 'text'], ['sentence_id', 'integer'],
];

/** The columns a version gives its figures, with where the view reads them from. */
const VERSION_COLUMNS: Readonly<Record<string, string>> = {
  doc_id: 'v.doc_id', run_id: 'v.run_id', vintage_from: 'v.vintage_from', vintage_to: 'v.vintage_to',
  recorded_from: 'v.valid_from', recorded_to: 'v.valid_to', closed_run_id: 'v.closed_run_id',
};

/** A figure's own columns: the table's, less what its version gives. */
const FIGURE_COLUMNS = TABLE_COLUMNS.filter(([name]) => !(name in VERSION_COLUMNS));

/** The `observations` view's select list: the table's columns in its order, each from the figure or its version. */
function viewColumns(): RawBuilder<unknown> {
  return sql.raw(['f.obs_id', ...TABLE_COLUMNS.map(([name]) => (name in VERSION_COLUMNS ? `${VERSION_COLUMNS[name]} AS ${name}` : `f.${name}`))].join(', '));
}

/** The constraints a column had in the observations table, and has in `figures`. */
function constraintsOf(name: string): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  switch (name) {
    case 'version_id': return (c) => c.notNull().references('document_versions.version_id');
    case 'sentence_id': return (c) => c.references('sentences.sentence_id');
    case 'retracted': return (c) => c.notNull().defaultTo(0);
    case 'seq': case 'text': case 'value': case 'unit': case 'unit_mult': case 'sentence_index': case 'span_start': case 'span_end':
      return (c) => c.notNull();
    default: return (c) => c;
  }
}

/** After rows were copied with their ids, the next id PostgreSQL gives follows them (SQLite's `autoincrement` follows by itself). */
async function continueIdentity(db: Kysely<any>, table: 'figures' | 'observations'): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`SELECT setval(pg_get_serial_sequence(${table}, 'obs_id'), COALESCE(MAX(obs_id), 0) + 1, false) FROM ${sql.table(table)}`.execute(db);
}

/** Calls `f` with each version's id and `column`, a hundred versions read at a time. */
async function eachVersion<T>(db: Kysely<any>, column: 'text' | 'text_zlib', f: (id: number, value: T) => Promise<void>): Promise<void> {
  for (let after = -1; ;) {
    const rows = await db.selectFrom('document_versions').select(['version_id', column]).where('version_id', '>', after).orderBy('version_id').limit(100).execute();
    for (const r of rows) await f(r.version_id as number, r[column] as T);
    if (rows.length < 100) return;
    after = rows[rows.length - 1]!.version_id as number;
  }
}

async function dropViews(db: Kysely<any>): Promise<void> {
  for (const v of ['best_observations', 'current_observations', 'observation_history']) await sql`DROP VIEW ${sql.raw(v)}`.execute(db);
}

/**
 * The three views, as the migrations before defined them, over `from`:
 * `own` names the figure's row, `version` where the version's columns are
 * read (the version row, or the old table's own copy).
 */
async function createViews(
  db: Kysely<any>,
  from: RawBuilder<unknown>,
  c: { recordedFrom: RawBuilder<unknown>; recordedTo: RawBuilder<unknown>; closedRun: RawBuilder<unknown>; own: 'f' | 'o'; version: 'v' | 'o' },
): Promise<void> {
  const o = sql.raw(c.own);
  const w = sql.raw(c.version);
  await sql`
    CREATE VIEW observation_history AS
    SELECT ${o}.obs_id, ${o}.obs_key, ${w}.doc_id, v.source_path, v.version_no AS doc_version, ${o}.seq, ${o}.text, ${o}.value, ${o}.unit, ${o}.unit_mult,
           ${o}.period, ${o}.region, ${o}.indicator, ${o}.value_high, ${o}.qualifier, ${o}.status, s.text AS sentence, ${o}.base_period, ${o}.span_start, ${o}.span_end,
           v.published, ${o}.change, ${w}.vintage_from, ${w}.vintage_to, ${o}.retracted, ${c.recordedFrom} AS recorded_from, ${c.recordedTo} AS recorded_to,
           ${w}.run_id, ${c.closedRun} AS closed_run_id, ${o}.value_exact, ${o}.value_high_exact
    FROM ${from} JOIN sentences s ON s.sentence_id = ${o}.sentence_id`.execute(db);
  await sql`
    CREATE VIEW current_observations AS
    SELECT ${o}.obs_id, ${o}.obs_key, ${w}.doc_id, d.source_path, v.version_no AS doc_version, ${o}.seq, ${o}.text, ${o}.value, ${o}.unit, ${o}.unit_mult,
           ${o}.period, ${o}.region, ${o}.indicator, ${o}.value_high, ${o}.qualifier, ${o}.status, s.text AS sentence, ${o}.base_period, ${o}.span_start, ${o}.span_end,
           v.published, ${w}.vintage_from, ${c.recordedFrom} AS recorded_from, ${w}.run_id, ${o}.value_exact, ${o}.value_high_exact
    FROM ${from} JOIN documents d ON d.doc_id = ${w}.doc_id JOIN sentences s ON s.sentence_id = ${o}.sentence_id
    WHERE ${w}.vintage_to IS NULL AND ${o}.retracted = 0`.execute(db);
  // best_observations as the migration before defined it, over the new current_observations
  await createBest(db);
}
