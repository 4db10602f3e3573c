import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';
import { laterDay, obsKey, vintageDate } from '../../revisions/vintage.ts';

/**
 * Re-ingestion with history:
 * - documents get an identity (how their id was found: `manifest`, `url` or
 *   `path`, and the key looked up) and a missing/pruned state;
 * - versions get the path they were read from, why they exist, and a
 *   vintage interval on the publication axis;
 * - observations get a stable `obs_key`, how they changed from the version
 *   before, the row they revise, and both time axes: `vintage_from/to` by
 *   publication (closed-open days), `recorded_from/to` by load time;
 * - `document_events` records renames, missing and returning reports,
 *   pruning and corrected dates; `run_lock` lets one run write at a time;
 * - the views `observation_history`, `current_observations` and
 *   `best_observations` answer the common questions without a join.
 * Rows written before keep their values; their figures are not linked
 * across versions (each version's rows get keys of their own).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('documents').addColumn('identity', t.text, (c) => c.notNull().defaultTo('path')).execute();
  await db.schema.alterTable('documents').addColumn('identity_key', t.text).execute();
  await db.schema.alterTable('documents').addColumn('missing_since_run_id', t.text, (c) => c.references('runs.run_id')).execute();
  await db.schema.alterTable('documents').addColumn('pruned_run_id', t.text, (c) => c.references('runs.run_id')).execute();
  await sql`UPDATE documents SET identity_key = doc_id`.execute(db);
  // an HTML report already stored is found again by its canonical URL, when no other report has the same one
  await sql`
    UPDATE documents SET identity = 'url', identity_key = (
      SELECT v.url FROM document_versions v WHERE v.doc_id = documents.doc_id AND v.valid_to IS NULL)
    WHERE (SELECT v.url FROM document_versions v WHERE v.doc_id = documents.doc_id AND v.valid_to IS NULL) IS NOT NULL
      AND (SELECT COUNT(*) FROM document_versions w WHERE w.valid_to IS NULL
           AND w.url = (SELECT v.url FROM document_versions v WHERE v.doc_id = documents.doc_id AND v.valid_to IS NULL)) = 1`.execute(db);
  await db.schema.createIndex('documents_identity').on('documents').column('identity_key').unique().execute();

  await db.schema.alterTable('document_versions').addColumn('source_path', t.text).execute();
  await db.schema.alterTable('document_versions').addColumn('reason', t.text).execute();
  await db.schema.alterTable('document_versions').addColumn('vintage_from', t.text).execute();
  await db.schema.alterTable('document_versions').addColumn('vintage_to', t.text).execute();
  const versions = await db.selectFrom('document_versions as v').innerJoin('documents as d', 'd.doc_id', 'v.doc_id')
    .select(['v.version_id', 'v.doc_id', 'v.version_no', 'v.published', 'v.valid_from', 'd.source_path']).orderBy('v.doc_id').orderBy('v.version_no').execute();
  const vintageOf = new Map<number, string>();
  for (const v of versions) vintageOf.set(v.version_id, vintageDate(v.published, v.valid_from));
  for (const [k, v] of versions.entries()) {
    const next = versions[k + 1]?.doc_id === v.doc_id ? versions[k + 1] : undefined;
    const from = vintageOf.get(v.version_id)!;
    await db.updateTable('document_versions').set({
      source_path: v.source_path,
      reason: v.version_no === 1 ? 'new' : 'changed',
      vintage_from: from,
      vintage_to: next ? laterDay(from, vintageOf.get(next.version_id)!) : null,
    }).where('version_id', '=', v.version_id).execute();
  }
  await db.schema.createIndex('document_versions_content').on('document_versions').column('content_hash').execute();

  for (const [name, type] of [['obs_key', 'text'], ['change', 'text'], ['previous_obs_id', 'integer'], ['recorded_from', 'text'], ['recorded_to', 'text'], ['closed_run_id', 'text'], ['sentence_start', 'integer']] as const) {
    await db.schema.alterTable('observations').addColumn(name, type === 'text' ? t.text : type).execute();
  }
  await sql`UPDATE observations SET recorded_from = vintage_from, recorded_to = vintage_to`.execute(db);
  await sql`
    UPDATE observations SET
      vintage_from = (SELECT v.vintage_from FROM document_versions v WHERE v.version_id = observations.version_id),
      vintage_to = CASE WHEN vintage_to IS NULL THEN NULL ELSE (SELECT v.vintage_to FROM document_versions v WHERE v.version_id = observations.version_id) END`.execute(db);
  const rows = await db.selectFrom('observations as o').innerJoin('document_versions as v', 'v.version_id', 'o.version_id')
    .select(['o.obs_id', 'o.doc_id', 'o.seq', 'v.version_no']).execute();
  for (const r of rows) {
    await db.updateTable('observations').set({ obs_key: obsKey(r.doc_id, r.version_no, r.seq), change: r.version_no === 1 ? 'new' : null }).where('obs_id', '=', r.obs_id).execute();
  }
  await db.schema.createIndex('observations_key').on('observations').column('obs_key').execute();
  await db.schema.createIndex('observations_closed').on('observations').column('closed_run_id').execute();
  await db.schema.createIndex('observations_run').on('observations').column('run_id').execute();

  await db.schema
    .createTable('document_events')
    .addColumn('event_id', 'integer', t.identity)
    .addColumn('doc_id', t.text, (c) => c.notNull().references('documents.doc_id'))
    .addColumn('run_id', t.text, (c) => c.notNull().references('runs.run_id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('source_path', t.text)
    .addColumn('detail', t.text)
    .addColumn('at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_events_run').on('document_events').columns(['run_id', 'doc_id']).execute();

  await db.schema
    .createTable('run_lock')
    .addColumn('name', t.text, (c) => c.primaryKey())
    .addColumn('run_id', t.text, (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    .addColumn('host', t.text, (c) => c.notNull())
    .addColumn('acquired_at', t.text, (c) => c.notNull())
    .addColumn('heartbeat_at', t.text, (c) => c.notNull())
    .execute();

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
  // one figure per indicator, region, period and unit: reported over preliminary over estimate over forecast over target, then the latest published
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

/** Drops what `up` created; the columns it added stay (SQLite cannot drop indexed columns in place). */
export async function down(db: Kysely<any>): Promise<void> {
  for (const v of ['best_observations', 'current_observations', 'observation_history']) await sql`DROP VIEW ${sql.raw(v)}`.execute(db);
  await db.schema.dropTable('run_lock').execute();
  await db.schema.dropTable('document_events').execute();
}
