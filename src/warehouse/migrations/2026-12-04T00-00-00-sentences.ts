import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

/**
 * Each sentence stored once, not once per figure:
 * - `sentences`: one row per sentence of a version that has figures (its
 *   index in the document, where it starts, its text), unique by version
 *   and index;
 * - `observations.sentence_id` points at it; `observations.sentence` is
 *   gone (a report of one long sentence, split in pieces of up to 4000
 *   characters, stored a piece with each of its thousands of figures);
 * - the three views keep their columns, in the same order, with
 *   `sentence` read from the sentence row.
 * Rows written before get one sentence per version and sentence index,
 * with the text their figures stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  // two texts under one sentence index of a version would lose one of them: refuse to migrate rather than drop it
  const clash = await sql<{ version_id: number; sentence_index: number; texts: number }>`
    SELECT version_id, sentence_index, COUNT(DISTINCT sentence) AS texts FROM observations
    GROUP BY version_id, sentence_index HAVING COUNT(DISTINCT sentence) > 1 LIMIT 1`.execute(db);
  const first = clash.rows[0];
  if (first) {
    throw new Error(`expected one sentence text per version and sentence index, got ${first.texts} for sentence ${first.sentence_index} of version ${first.version_id}`);
  }
  await db.schema
    .createTable('sentences')
    .addColumn('sentence_id', 'integer', t.identity)
    .addColumn('version_id', 'integer', (c) => c.notNull().references('document_versions.version_id'))
    .addColumn('sentence_index', 'integer', (c) => c.notNull())
    .addColumn('sentence_start', 'integer')
    .addColumn('text', t.text, (c) => c.notNull())
    .addUniqueConstraint('sentences_version_index', ['version_id', 'sentence_index'])
    .execute();
  await db.schema.alterTable('observations').addColumn('sentence_id', 'integer', (c) => c.references('sentences.sentence_id')).execute();
  // the first figure of each sentence gives its start (null for rows written before it was recorded)
  await sql`
    INSERT INTO sentences (version_id, sentence_index, sentence_start, text)
    SELECT version_id, sentence_index, sentence_start, sentence FROM observations
    WHERE obs_id IN (SELECT MIN(obs_id) FROM observations GROUP BY version_id, sentence_index)
    ORDER BY version_id, sentence_index`.execute(db);
  await sql`
    UPDATE observations SET sentence_id = (
      SELECT s.sentence_id FROM sentences s WHERE s.version_id = observations.version_id AND s.sentence_index = observations.sentence_index)`.execute(db);
  await db.schema.createIndex('observations_sentence').on('observations').column('sentence_id').execute();

  for (const v of ['best_observations', 'current_observations', 'observation_history']) await sql`DROP VIEW ${sql.raw(v)}`.execute(db);
  await db.schema.alterTable('observations').dropColumn('sentence').execute();
  await sql`
    CREATE VIEW observation_history AS
    SELECT o.obs_id, o.obs_key, o.doc_id, v.source_path, v.version_no AS doc_version, o.seq, o.text, o.value, o.unit, o.unit_mult,
           o.period, o.region, o.indicator, o.value_high, o.qualifier, o.status, s.text AS sentence, o.base_period, o.span_start, o.span_end,
           v.published, o.change, o.vintage_from, o.vintage_to, o.retracted, o.recorded_from, o.recorded_to, o.run_id, o.closed_run_id,
           o.value_exact, o.value_high_exact
    FROM observations o JOIN document_versions v ON v.version_id = o.version_id JOIN sentences s ON s.sentence_id = o.sentence_id`.execute(db);
  await sql`
    CREATE VIEW current_observations AS
    SELECT o.obs_id, o.obs_key, o.doc_id, d.source_path, v.version_no AS doc_version, o.seq, o.text, o.value, o.unit, o.unit_mult,
           o.period, o.region, o.indicator, o.value_high, o.qualifier, o.status, s.text AS sentence, o.base_period, o.span_start, o.span_end,
           v.published, o.vintage_from, o.recorded_from, o.run_id, o.value_exact, o.value_high_exact
    FROM observations o JOIN document_versions v ON v.version_id = o.version_id JOIN documents d ON d.doc_id = o.doc_id
         JOIN sentences s ON s.sentence_id = o.sentence_id
    WHERE o.vintage_to IS NULL AND o.retracted = 0`.execute(db);
  await createBestObservations(db);
}

/** Puts `observations.sentence` back from the sentence rows, drops them and restores the views before. */
export async function down(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  for (const v of ['best_observations', 'current_observations', 'observation_history']) await sql`DROP VIEW ${sql.raw(v)}`.execute(db);
  // a column added to rows that exist needs a default; every row gets its text at once
  await db.schema.alterTable('observations').addColumn('sentence', t.text, (c) => c.notNull().defaultTo('')).execute();
  await sql`UPDATE observations SET sentence = (SELECT s.text FROM sentences s WHERE s.sentence_id = observations.sentence_id)`.execute(db);
  await db.schema.dropIndex('observations_sentence').execute();
  await db.schema.alterTable('observations').dropColumn('sentence_id').execute();
  await db.schema.dropTable('sentences').execute();
  await sql`
    CREATE VIEW observation_history AS
    SELECT o.obs_id, o.obs_key, o.doc_id, v.source_path, v.version_no AS doc_version, o.seq, o.text, o.value, o.unit, o.unit_mult,
           o.period, o.region, o.indicator, o.value_high, o.qualifier, o.status, o.sentence, o.base_period, o.span_start, o.span_end,
           v.published, o.change, o.vintage_from, o.vintage_to, o.retracted, o.recorded_from, o.recorded_to, o.run_id, o.closed_run_id,
           o.value_exact, o.value_high_exact
    FROM observations o JOIN document_versions v ON v.version_id = o.version_id`.execute(db);
  await sql`
    CREATE VIEW current_observations AS
    SELECT o.obs_id, o.obs_key, o.doc_id, d.source_path, v.version_no AS doc_version, o.seq, o.text, o.value, o.unit, o.unit_mult,
           o.period, o.region, o.indicator, o.value_high, o.qualifier, o.status, o.sentence, o.base_period, o.span_start, o.span_end,
           v.published, o.vintage_from, o.recorded_from, o.run_id, o.value_exact, o.value_high_exact
    FROM observations o JOIN document_versions v ON v.version_id = o.version_id JOIN documents d ON d.doc_id = o.doc_id
    WHERE o.vintage_to IS NULL AND o.retracted = 0`.execute(db);
  await createBestObservations(db);
}

/** The view over `current_observations` both directions recreate, as the input migration defined it. */
async function createBestObservations(db: Kysely<any>): Promise<void> {
  // one figure per indicator, region, period and unit: reported over preliminary over estimate over forecast over target, then the latest published
  await sql`
    CREATE VIEW best_observations AS
    SELECT * FROM (
      SELECT c.*,
             COUNT(*) OVER (PARTITION BY c.indicator, c.region, c.period, c.unit) AS candidates,
             ROW_NUMBER() OVER (
               PARTITION BY c.indicator, c.region, c.period, c.unit
               ORDER BY CASE c.status WHEN 'preliminary' THEN 1 WHEN 'estimate' THEN 2 WHEN 'forecast' THEN 3 WHEN 'target' THEN 4 ELSE 0 END,
                        c.published IS NULL, c.published DESC, c.recorded_from DESC, c.doc_id, c.seq) AS pick
      FROM current_observations c
      WHERE c.indicator IS NOT NULL AND c.period IS NOT NULL) ranked
    WHERE pick = 1`.execute(db);
}
