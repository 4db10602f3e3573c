import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

/**
 * `validation_results`: what the validation rules found in each stored
 * version, one row per finding: the rule, its severity, the message, the
 * evidence (the texts, values and spans compared, as JSON), and the figure
 * it is about: its `seq` in the version when it was accepted (a warning),
 * null when it was quarantined (its reject row has the same rule code).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('validation_results')
    .addColumn('result_id', 'integer', t.identity)
    .addColumn('version_id', 'integer', (c) => c.notNull().references('document_versions.version_id'))
    .addColumn('doc_id', t.text, (c) => c.notNull())
    .addColumn('run_id', t.text, (c) => c.notNull())
    .addColumn('seq', 'integer')
    .addColumn('rule', t.text, (c) => c.notNull())
    .addColumn('severity', t.text, (c) => c.notNull())
    .addColumn('message', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('validation_results_version').on('validation_results').column('version_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('validation_results').execute();
}
