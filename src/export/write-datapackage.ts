import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPORT_FAILURE_CODES, exportFailure, type ExportFailure } from './export-failure.ts';
import { EXPORT_RESOURCES, type ExportResource } from './export-resources.ts';
import { CSV_DIALECTS, type CsvDialect } from './csv-dialect.ts';
import { tableSchemaOf, type TableSchema } from './table-schema-of.ts';

/** The data package file of an export folder. */
export const DATAPACKAGE_FILE = 'datapackage.json';

/** The Frictionless profile the descriptor follows. */
export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** A resource of the written descriptor. */
export interface DataPackageResource {
  readonly name: string;
  readonly type: 'table';
  readonly path: string;
  readonly format: string;
  readonly mediatype: string;
  readonly encoding?: 'utf-8' | 'utf-8-sig';
  readonly bytes: number;
  readonly hash: string;
  readonly title: string;
  readonly description: string;
  readonly dialect?: Readonly<Record<string, string | boolean | number>>;
  readonly schema: TableSchema;
}

/** A Frictionless Data Package (v2) descriptor. */
export interface DataPackage {
  readonly $schema: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly created: string;
  readonly resources: readonly DataPackageResource[];
}

/** Options of `writeDataPackage`. */
export interface DataPackageOptions {
  /** Names of `EXPORT_RESOURCES` to describe (each file must exist); default every one whose file is in the folder. */
  readonly resources?: readonly string[];
  /** The `created` timestamp (RFC 3339); default now. */
  readonly created?: string;
  /** The columns a resource was written with, where `--columns` chose them; default the resource's own. */
  readonly columns?: Readonly<Record<string, readonly string[]>>;
  /** The header written for a column (`--labels vi`), which is its field name; default the column name. */
  readonly header?: (column: string) => string;
  /** How the CSV files were written; the plain dialect (no BOM, ",", ".") by default. */
  readonly csv?: CsvDialect;
  /** The tables were written as sheets of one workbook: its path, and the sheet of each resource. */
  readonly workbook?: { readonly path: string; readonly sheets: Readonly<Record<string, string>> };
}

/** The media type of an xlsx workbook. */
export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A resource as this export wrote it: its chosen columns, and its sheet when the tables went into a workbook. */
function asWritten(r: ExportResource, o: DataPackageOptions): ExportResource & { readonly sheet?: string } {
  const columns = o.columns?.[r.name];
  const chosen = columns ? { ...r, columns, required: (r.required ?? []).filter((c) => columns.includes(c)) } : r;
  // a key one of whose columns was left out keys nothing
  const keyed = columns && r.primaryKey && !r.primaryKey.every((c) => columns.includes(c)) ? (({ primaryKey: _drop, ...rest }) => rest)(chosen) : chosen;
  const sheet = o.workbook?.sheets[r.name];
  return sheet === undefined || o.workbook === undefined ? keyed : { ...keyed, path: o.workbook.path, format: 'xlsx', mediatype: XLSX_MEDIATYPE, sheet };
}

/** What `writeDataPackage` wrote. */
export interface DataPackageWritten {
  readonly ok: true;
  readonly file: string;
  readonly descriptor: DataPackage;
}

/**
 * Writes `datapackage.json` (Frictionless Data Package v2) describing the
 * files of an export folder: for each, its path, format, media type,
 * encoding (UTF-8, no BOM), size, SHA-256 hash, CSV dialect and a Table
 * Schema built from the field catalogue (types, Vietnamese titles, English
 * descriptions, constraints, primary key; foreign keys from the SDMX file
 * to the code lists it uses). A foreign key is kept only when the code
 * list is in the package. A missing file or column, or a failed write, is
 * returned as a value.
 *
 * @example
 * await writeDataPackage('output') // → { ok: true, file: 'output/datapackage.json', descriptor: { resources: [{ name: 'observations', … }, …] } }
 * await writeDataPackage('output', { resources: ['observations', 'observations_parquet'] })
 */
export async function writeDataPackage(dir: string, options: DataPackageOptions = {}): Promise<DataPackageWritten | ExportFailure> {
  const chosen: Array<ExportResource & { readonly sheet?: string }> = [];
  if (options.resources) {
    for (const name of options.resources) {
      const found = EXPORT_RESOURCES.find((e) => e.name === name);
      if (!found) return exportFailure(EXPORT_FAILURE_CODES.MISSING_FILE, null, `expected a resource of ${EXPORT_RESOURCES.map((e) => e.name).join(', ')}, got "${name}"`);
      const r = asWritten(found, options);
      if (!existsSync(path.join(dir, r.path))) return exportFailure(EXPORT_FAILURE_CODES.MISSING_FILE, path.join(dir, r.path), `${path.join(dir, r.path)}: no such file to describe`);
      chosen.push(r);
    }
  } else {
    chosen.push(...EXPORT_RESOURCES.map((r) => asWritten(r, options)).filter((r) => existsSync(path.join(dir, r.path))));
  }
  const header = options.header ?? ((c: string) => c);
  const dialect = options.csv ?? CSV_DIALECTS.plain;
  const names = new Set(chosen.map((r) => r.name));
  const resources: DataPackageResource[] = [];
  for (const r of chosen) {
    const described = tableSchemaOf(r, (r.foreignKeys ?? []).filter((k) => names.has(k.reference.resource)));
    if ('ok' in described) return described;
    const schema = named(described, header, r.format === 'csv' ? dialect.decimalMark : '.');
    const file = path.join(dir, r.path);
    let bytes: number;
    let hash: string;
    try {
      bytes = (await stat(file)).size;
      hash = await sha256Of(file);
    } catch (error) {
      return exportFailure(EXPORT_FAILURE_CODES.READ_FAILED, file, error);
    }
    resources.push({
      name: r.name,
      type: 'table',
      path: r.path,
      format: r.format,
      mediatype: r.mediatype,
      ...(r.format === 'csv' ? { encoding: dialect.bom ? ('utf-8-sig' as const) : ('utf-8' as const) } : {}),
      bytes,
      hash: `sha256:${hash}`,
      title: r.title,
      description: r.description,
      ...(r.format === 'csv' ? { dialect: { header: true, delimiter: dialect.delimiter, lineTerminator: '\n', quoteChar: '"', doubleQuote: true } } : {}),
      ...(r.sheet !== undefined ? { dialect: { header: true, sheetName: r.sheet } } : {}),
      schema,
    });
  }
  const descriptor: DataPackage = {
    $schema: DATAPACKAGE_PROFILE,
    name: 'solieu-export',
    title: 'Số liệu kinh tế trích từ báo cáo (solieu)',
    description: 'Figures extracted from Vietnamese economic reports by solieu: each with its indicator, region, period, value, unit, status and the report span it comes from.',
    created: options.created ?? new Date().toISOString(),
    resources,
  };
  const target = path.join(dir, DATAPACKAGE_FILE);
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, `${JSON.stringify(descriptor, null, 2)}\n`, 'utf8');
    await rename(tmp, target);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    return exportFailure(EXPORT_FAILURE_CODES.WRITE_FAILED, target, error);
  }
  return { ok: true, file: target, descriptor };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A schema under the headers the file was written with, its numbers with the decimal mark they were written with. */
function named(schema: TableSchema, header: (column: string) => string, decimalMark: '.' | ','): TableSchema {
  return {
    ...schema,
    fields: schema.fields.map((f) => ({ ...f, name: header(f.name), ...(f.type === 'number' && decimalMark !== '.' ? { decimalChar: decimalMark } : {}) })),
    ...(schema.primaryKey ? { primaryKey: schema.primaryKey.map(header) } : {}),
    ...(schema.foreignKeys ? { foreignKeys: schema.foreignKeys.map((k) => ({ ...k, fields: k.fields.map(header) })) } : {}),
  };
}
