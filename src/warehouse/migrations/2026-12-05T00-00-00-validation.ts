import type { Kysely } from 'kysely';

/**
 * `validation_results`: what the validation rules found in each stored
 * version, one row per finding: the rule, its severity, the message, the
 * evidence (the texts, values and spans compared, as JSON), and the figure
 * it is about: its `seq` in the version when it was accepted (a warning),
 * null when it was quarantined (its reject row has the same rule code).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('validation_results')
    .addColumn('result_id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('document_versions.version_id'))
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('validation_results_version').on('validation_results').column('version_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('validation_results').execute();
}
