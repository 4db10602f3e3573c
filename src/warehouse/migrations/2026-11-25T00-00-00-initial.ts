import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

/**
 * The first warehouse schema: runs, documents, document versions (content
 * hash, vintage interval), observations (with vintage columns for later
 * revisions) and rejects. Frozen: later changes come as new migrations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('runs')
    .addColumn('run_id', t.text, (c) => c.primaryKey())
    .addColumn('pipeline', t.text, (c) => c.notNull())
    .addColumn('input_dir', t.text, (c) => c.notNull())
    .addColumn('solieu_version', t.text, (c) => c.notNull())
    .addColumn('started_at', t.text, (c) => c.notNull())
    .addColumn('finished_at', t.text)
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('counts', t.text)
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('doc_id', t.text, (c) => c.primaryKey())
    .addColumn('source_path', t.text, (c) => c.notNull())
    .addColumn('first_run_id', t.text, (c) => c.notNull().references('runs.run_id'))
    .addColumn('last_seen_run_id', t.text, (c) => c.notNull().references('runs.run_id'))
    .execute();

  await db.schema
    .createTable('document_versions')
    .addColumn('version_id', 'integer', t.identity)
    .addColumn('doc_id', t.text, (c) => c.notNull().references('documents.doc_id'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('content_hash', t.text, (c) => c.notNull())
    .addColumn('extractor_version', t.text, (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('format', t.text, (c) => c.notNull())
    .addColumn('title', t.text)
    .addColumn('url', t.text)
    .addColumn('published', t.text)
    .addColumn('published_source', t.text)
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('run_id', t.text, (c) => c.notNull().references('runs.run_id'))
    .addColumn('valid_from', t.text, (c) => c.notNull())
    .addColumn('valid_to', t.text)
    .addUniqueConstraint('document_versions_doc_version', ['doc_id', 'version_no'])
    .execute();
  await db.schema.createIndex('document_versions_hash').on('document_versions').columns(['doc_id', 'content_hash']).execute();

  await db.schema
    .createTable('observations')
    .addColumn('obs_id', 'integer', t.identity)
    .addColumn('version_id', 'integer', (c) => c.notNull().references('document_versions.version_id'))
    .addColumn('doc_id', t.text, (c) => c.notNull().references('documents.doc_id'))
    .addColumn('run_id', t.text, (c) => c.notNull().references('runs.run_id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('value', t.real, (c) => c.notNull())
    .addColumn('unit', t.text, (c) => c.notNull())
    .addColumn('unit_mult', 'integer', (c) => c.notNull())
    .addColumn('period', t.text)
    .addColumn('base_period', t.text)
    .addColumn('region', t.text)
    .addColumn('indicator', t.text)
    .addColumn('value_high', t.real)
    .addColumn('qualifier', t.text)
    .addColumn('status', t.text)
    .addColumn('sentence', t.text, (c) => c.notNull())
    .addColumn('sentence_index', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('vintage_from', t.text, (c) => c.notNull())
    .addColumn('vintage_to', t.text)
    .addColumn('retracted', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('observations_version_seq', ['version_id', 'seq'])
    .execute();
  await db.schema.createIndex('observations_series').on('observations').columns(['indicator', 'region', 'period']).execute();
  await db.schema.createIndex('observations_doc').on('observations').columns(['doc_id', 'vintage_to']).execute();

  await db.schema
    .createTable('rejects')
    .addColumn('reject_id', 'integer', t.identity)
    .addColumn('run_id', t.text, (c) => c.notNull().references('runs.run_id'))
    .addColumn('doc_id', t.text)
    .addColumn('version_id', 'integer', (c) => c.references('document_versions.version_id'))
    .addColumn('source_path', t.text, (c) => c.notNull())
    .addColumn('stage', t.text, (c) => c.notNull())
    .addColumn('code', t.text, (c) => c.notNull())
    .addColumn('message', t.text, (c) => c.notNull())
    .addColumn('text', t.text)
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('record', t.text)
    .addColumn('created_at', t.text, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();
  await db.schema.createIndex('rejects_run').on('rejects').columns(['run_id']).execute();
  await db.schema.createIndex('rejects_version').on('rejects').columns(['version_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['rejects', 'observations', 'document_versions', 'documents', 'runs']) await db.schema.dropTable(t).execute();
}
