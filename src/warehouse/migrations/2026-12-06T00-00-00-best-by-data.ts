import { sql, type Kysely } from 'kysely';

/**
 * `best_observations` decides by what the reports say alone: among
 * figures of the same status, the latest published, a report with no
 * publication date last, then by report id and place in the report. It no
 * longer prefers the figure loaded last: reports read in one run are
 * written in no set order (files in parallel, or runs split in shards over
 * several processes), so a tie decided by load time fell either way, and
 * two warehouses of the same reports could pick differently. A report
 * re-read replaces its own figures (the old ones are no longer current),
 * so load time never chose between versions of one report.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW best_observations`.execute(db);
  await createBest(db, BY_DATA);
}

/** The ties of the view this migration defines, by what the reports say. */
const BY_DATA = sql`c.published IS NULL, c.published DESC, c.doc_id, c.seq`;

/** Restores the view before: ties between equally published figures fall to the one loaded last. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW best_observations`.execute(db);
  await createBest(db, sql`c.published IS NULL, c.published DESC, c.recorded_from DESC, c.doc_id, c.seq`);
}

/**
 * Creates `best_observations` over `current_observations`, with `ties`
 * (by default this migration's) deciding between figures of one status;
 * a later migration that recreates the views under it calls this.
 */
export async function createBest(db: Kysely<any>, ties: ReturnType<typeof sql> = BY_DATA): Promise<void> {
  // one figure per indicator, region, period and unit: reported over preliminary over estimate over forecast over target, then `ties`
  await sql`
    CREATE VIEW best_observations AS
    SELECT * FROM (
      SELECT c.*,
             COUNT(*) OVER (PARTITION BY c.indicator, c.region, c.period, c.unit) AS candidates,
             ROW_NUMBER() OVER (
               PARTITION BY c.indicator, c.region, c.period, c.unit
               ORDER BY CASE c.status WHEN 'preliminary' THEN 1 WHEN 'estimate' THEN 2 WHEN 'forecast' THEN 3 WHEN 'target' THEN 4 ELSE 0 END,
                        ${ties}) AS pick
      FROM current_observations c
      WHERE c.indicator IS NOT NULL AND c.period IS NOT NULL) ranked
    WHERE pick = 1`.execute(db);
}
