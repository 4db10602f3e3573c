import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

/**
 * What the loader did with a version's bytes, and the best rule by
 * publication date:
 * - `document_versions.encoding`: the encoding its bytes were read in
 *   (`utf-8`, `utf-16le`, `windows-1258`, `tcvn3`, `vni`, …; `utf-8` for
 *   versions stored before);
 * - `document_versions.load_notes`: what the loader did that the file's
 *   name does not say (read as HTML, converted, repaired), one per line;
 * - `observations.value_exact`, `value_high_exact`: the value as decimal
 *   text when a double cannot hold it exactly (more than 15 significant
 *   digits), else null; the three views carry them after `obs_key`;
 * - `best_observations` orders equals by publication date, a report with
 *   none last (its load day is no publication date), then by load time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('document_versions').addColumn('encoding', t.text, (c) => c.notNull().defaultTo('utf-8')).execute();
  await db.schema.alterTable('document_versions').addColumn('load_notes', t.text).execute();
  await db.schema.alterTable('observations').addColumn('value_exact', t.text).execute();
  await db.schema.alterTable('observations').addColumn('value_high_exact', t.text).execute();
  for (const v of ['best_observations', 'current_observations', 'observation_history']) await sql`DROP VIEW ${sql.raw(v)}`.execute(db);
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

/** Puts the earlier views back; the columns stay (SQLite cannot drop them in place everywhere). */
export async function down(db: Kysely<any>): Promise<void> {
  // the views go back to their columns before value_exact
  for (const v of ['best_observations', 'current_observations', 'observation_history']) await sql`DROP VIEW ${sql.raw(v)}`.execute(db);
  await sql`
    CREATE VIEW observation_history AS
    SELECT o.obs_id, o.obs_key, o.doc_id, v.source_path, v.version_no AS doc_version, o.seq, o.text, o.value, o.unit, o.unit_mult,
           o.period, o.region, o.indicator, o.value_high, o.qualifier, o.status, o.sentence, o.base_period, o.span_start, o.span_end,
           v.published, o.change, o.vintage_from, o.vintage_to, o.retracted, o.recorded_from, o.recorded_to, o.run_id, o.closed_run_id
    FROM observations o JOIN document_versions v ON v.version_id = o.version_id`.execute(db);
  await sql`
    CREATE VIEW current_observations AS
    SELECT o.obs_id, o.obs_key, o.doc_id, d.source_path, v.version_no AS doc_version, o.seq, o.text, o.value, o.unit, o.unit_mult,
           o.period, o.region, o.indicator, o.value_high, o.qualifier, o.status, o.sentence, o.base_period, o.span_start, o.span_end,
           v.published, o.vintage_from, o.recorded_from, o.run_id
    FROM observations o JOIN document_versions v ON v.version_id = o.version_id JOIN documents d ON d.doc_id = o.doc_id
    WHERE o.vintage_to IS NULL AND o.retracted = 0`.execute(db);
  await sql`
    CREATE VIEW best_observations AS
    SELECT * FROM (
      SELECT c.*,
             COUNT(*) OVER (PARTITION BY c.indicator, c.region, c.period, c.unit) AS candidates,
             ROW_NUMBER() OVER (
               PARTITION BY c.indicator, c.region, c.period, c.unit
               ORDER BY CASE c.status WHEN 'preliminary' THEN 1 WHEN 'estimate' THEN 2 WHEN 'forecast' THEN 3 WHEN 'target' THEN 4 ELSE 0 END,
                        c.vintage_from DESC, c.recorded_from DESC, c.doc_id, c.seq) AS pick
      FROM current_observations c
      WHERE c.indicator IS NOT NULL AND c.period IS NOT NULL) ranked
    WHERE pick = 1`.execute(db);
}
