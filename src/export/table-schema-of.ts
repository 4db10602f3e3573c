import { EXPORT_FAILURE_CODES, exportFailure, type ExportFailure } from './export-failure.ts';
import { exportField, type FieldConstraints, type FieldType } from './export-fields.ts';
import type { ExportResource, ResourceForeignKey } from './export-resources.ts';

/** A Frictionless Table Schema (v2) field. */
export interface TableSchemaField {
  readonly name: string;
  readonly type: FieldType;
  readonly title: string;
  readonly description: string;
  readonly constraints?: FieldConstraints;
  /** The fixed unit of every value (a property of our own: Table Schema has none). */
  readonly unit?: string;
  readonly example?: string;
  /** The decimal mark of a number field written with a decimal comma (`--excel vi`). */
  readonly decimalChar?: string;
}

/** A Frictionless Table Schema (v2). */
export interface TableSchema {
  readonly fields: readonly TableSchemaField[];
  readonly missingValues: readonly string[];
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly ResourceForeignKey[];
}

/**
 * The Table Schema of an export file, from the field catalogue: each
 * column's type, Vietnamese title, English description, constraints (those
 * of the catalogue, plus `required` for the file's required columns and
 * its primary key) and fixed unit. An empty cell is a missing value. A
 * column the catalogue lacks is a failure.
 *
 * @example
 * const schema = tableSchemaOf(EXPORT_RESOURCES[0]!);
 * 'fields' in schema && schema.fields[4] // → { name: 'value', type: 'number', title: 'Giá trị', … }
 */
export function tableSchemaOf(resource: ExportResource, foreignKeys: readonly ResourceForeignKey[] = resource.foreignKeys ?? []): TableSchema | ExportFailure {
  const required = new Set([...(resource.required ?? []), ...(resource.primaryKey ?? [])]);
  const fields: TableSchemaField[] = [];
  for (const name of resource.columns) {
    const field = exportField(name);
    if (!field) return exportFailure(EXPORT_FAILURE_CODES.UNKNOWN_COLUMN, resource.path, `${resource.path}: expected every column in the field catalogue (src/export/export-fields.ts), got "${name}"`);
    const constraints: FieldConstraints = { ...field.constraints, ...(required.has(name) ? { required: true } : {}) };
    fields.push({
      name,
      type: field.type,
      title: field.labelVi,
      description: resource.descriptions?.[name] ?? field.description,
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      ...(field.unit !== undefined ? { unit: field.unit } : {}),
      ...(field.example !== undefined ? { example: field.example } : {}),
    });
  }
  return {
    fields,
    missingValues: [''],
    ...(resource.primaryKey ? { primaryKey: resource.primaryKey } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
