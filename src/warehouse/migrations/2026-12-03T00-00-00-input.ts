import { sql, type Kysely } from 'kysely';

/**
 * What the loader did with a version's bytes, and the best rule by
 * publication date:
 * - `document_versions.encoding`: the encoding its bytes were read in
 *   (`utf-8`, `utf-16le`, `windows-1258`, `tcvn3`, `vni`, …; `utf-8` for
 *   versions stored before);
 * - `document_versions.load_notes`: what the loader did that the file's
 *   name does not say (read as HTML, converted, repaired), one per line;
 * - `best_observations` orders equals by publication date, a report with
 *   none last (its load day is no publication date), then by load time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document_versions').addColumn('encoding', 'text', (c) => c.notNull().defaultTo('utf-8')).execute();
  await db.schema.alterTable('document_versions').addColumn('load_notes', 'text').execute();
  await sql`DROP VIEW best_observations`.execute(db);
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

/** Puts the earlier best rule back; the columns stay (SQLite cannot drop them in place everywhere). */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW best_observations`.execute(db);
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
