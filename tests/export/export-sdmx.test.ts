import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { periodInterval } from '../../src/core/period-interval.ts';
import { neutraliseCell } from '../../src/export/neutralise-cell.ts';
import { SDMX_COLUMNS, SDMX_DIMENSIONS, SDMX_FILE, exportSdmx } from '../../src/export/export-sdmx.ts';
import { CODELIST_IDS, CODELIST_OF_COLUMN } from '../../src/export/sdmx-codelists.ts';
import { currentObservations, type ExportedObservation } from '../../src/warehouse/current-observations.ts';
import { openSqliteWarehouse } from '../../src/warehouse/database.ts';
import { WAREHOUSES, useBuiltWarehouses } from './build-warehouses.ts';

const built = useBuiltWarehouses();

type Row = Record<string, string>;
const DAY_MS = 86_400_000;
const SDMX_ID = /^[A-Za-z0-9_@$-]+$/;

/**
 * The days an SDMX TIME_PERIOD covers, for the forms the SDMX 2.1
 * Technical Notes §4.2 allow and the export writes: Gregorian year, month,
 * day; reporting half and quarter; a time range start-day/positive
 * duration. Null for anything else (2024-01/P9M, 2024-M1, 2024-01/2024-09).
 */
function parseTimePeriod(tp: string): { first: number; last: number } | null {
  const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
  const months = (y: number, m: number, n: number) => ({ first: utc(y, m, 1), last: utc(y, m + n, 1) - 1 });
  let m = /^(\d{4})$/.exec(tp);
  if (m) return months(+m[1]!, 1, 12);
  m = /^(\d{4})-S([12])$/.exec(tp);
  if (m) return months(+m[1]!, (+m[2]! - 1) * 6 + 1, 6);
  m = /^(\d{4})-Q([1-4])$/.exec(tp);
  if (m) return months(+m[1]!, (+m[2]! - 1) * 3 + 1, 3);
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(tp);
  if (m) return months(+m[1]!, +m[2]!, 1);
  const day = (y: string, mo: string, d: string): number | null => {
    const t = utc(+y, +mo, +d);
    return new Date(t * DAY_MS).getUTCDate() === +d && new Date(t * DAY_MS).getUTCMonth() === +mo - 1 ? t : null;
  };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tp);
  if (m) {
    const d = day(m[1]!, m[2]!, m[3]!);
    return d === null ? null : { first: d, last: d };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})\/P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(tp);
  if (m) {
    const start = day(m[1]!, m[2]!, m[3]!);
    const [y, mo, d] = [+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
    if (start === null || y + mo + d === 0) return null;
    const s = new Date(start * DAY_MS);
    const end = Date.UTC(s.getUTCFullYear() + y, s.getUTCMonth() + mo, s.getUTCDate() + d) / DAY_MS;
    return { first: start, last: end - 1 };
  }
  return null;
}

function readCsv(file: string): Row[] {
  return parse(readFileSync(file, 'utf8'), { columns: true }) as Row[];
}

async function exported(label: string) {
  const w = built.get(label);
  const db = openSqliteWarehouse(w.db);
  try {
    const observations: ExportedObservation[] = [];
    for await (const o of currentObservations(db)) observations.push(o);
    const dir = path.join(w.output, 'sdmx');
    const result = await exportSdmx(db, dir);
    return { observations, result, dir };
  } finally {
    await db.destroy();
  }
}

const STATUS_OF: Record<string, string> = { '': 'A', preliminary: 'P', estimate: 'E', forecast: 'F', target: 'F' };

describe.each(WAREHOUSES)('exportSdmx on the %s', (label) => {
  it('writes SDMX-CSV 2.0 rows whose header, codes, periods and values hold, and counts what it leaves out', async () => {
    const { observations, result, dir } = await exported(label);
    if (!result.ok) throw new Error(result.message);
    const noPeriod = observations.filter((o) => o.period === null).length;
    expect(result).toMatchObject({ read: observations.length, rows: observations.length - noPeriod, skipped: { noPeriod, unreadablePeriod: 0, duplicateKey: 0 } });

    // the header: STRUCTURE first (the character after it is the separator), then STRUCTURE_ID, ACTION, the dimensions, the measure
    const text = readFileSync(path.join(dir, SDMX_FILE), 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.slice(0, 'STRUCTURE'.length + 1)).toBe('STRUCTURE,');
    const header = text.slice(0, text.indexOf('\n')).split(',');
    expect(header).toEqual([...SDMX_COLUMNS]);
    expect(header.slice(0, 8)).toEqual(['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'REF_AREA', 'INDICATOR', 'FIGURE', 'TIME_PERIOD', 'OBS_VALUE']);
    const rows = readCsv(path.join(dir, SDMX_FILE));
    expect(rows).toHaveLength(result.rows);

    // every coded value is in its code list; code lists have unique SDMX ids
    const lists = Object.fromEntries(CODELIST_IDS.map((id) => [id, readCsv(path.join(dir, 'codelists', `${id}.csv`))]));
    for (const id of CODELIST_IDS) {
      const ids = lists[id]!.map((r) => r['id']!);
      expect(new Set(ids).size, id).toBe(ids.length);
      for (const code of ids) expect(code, id).toMatch(SDMX_ID);
      expect(result.codelists[id]).toBe(ids.length);
    }
    const codes = (column: keyof typeof CODELIST_OF_COLUMN) => new Map(lists[CODELIST_OF_COLUMN[column]]!.map((r) => [r['id']!, r]));
    const byColumn = Object.fromEntries((Object.keys(CODELIST_OF_COLUMN) as (keyof typeof CODELIST_OF_COLUMN)[]).map((c) => [c, codes(c)]));
    const keys = new Set<string>();
    const byKey = new Map(observations.map((o) => [o.obs_key, o]));
    for (const r of rows) {
      expect(r).toMatchObject({ STRUCTURE: 'datastructure', ACTION: 'I' });
      expect(r['STRUCTURE_ID']).toMatch(/^[A-Za-z0-9_@$-]+:[A-Za-z0-9_@$-]+\(\d+\.\d+\.\d+\)$/);
      for (const [column, list] of Object.entries(byColumn)) {
        if (column === 'OBS_QUALIFIER' && r[column] === '') continue;
        expect(list.has(r[column]!), `${column} ${r[column]} in ${CODELIST_OF_COLUMN[column as keyof typeof CODELIST_OF_COLUMN]}`).toBe(true);
      }
      for (const d of SDMX_DIMENSIONS) expect(r[d], d).toMatch(d === 'TIME_PERIOD' ? /./ : SDMX_ID);
      const key = SDMX_DIMENSIONS.map((d) => r[d]).join('.');
      expect(keys.has(key), key).toBe(false);
      keys.add(key);

      // the row is its observation: same days, same value, same status, same provenance
      const o = byKey.get(r['FIGURE']!)!;
      expect(o, r['FIGURE']).toBeDefined();
      expect(parseTimePeriod(r['TIME_PERIOD']!), `${r['TIME_PERIOD']} for ${o.period}`).toEqual(periodInterval(o.period!));
      expect(Number(`${r['OBS_VALUE']}e${r['UNIT_MULT']}`), r['SOURCE_TEXT']).toBe(o.value);
      expect(r['OBS_VALUE']).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(r['DECIMALS'])).toBe(r['OBS_VALUE']!.split('.')[1]?.length ?? 0);
      expect(Number(r['UNIT_MULT'])).toBe(o.unit_mult);
      if (o.value_high === null) expect(r['VALUE_HIGH']).toBe('');
      else expect(Number(`${r['VALUE_HIGH']}e${r['UNIT_MULT']}`)).toBe(o.value_high);
      expect(r['OBS_STATUS']).toBe(STATUS_OF[o.status ?? '']);
      expect(r['SOLIEU_STATUS']).toBe(o.status ?? '');
      expect(r['OBS_QUALIFIER']).toBe((o.qualifier ?? '').toUpperCase());
      if (o.base_period !== null) expect(parseTimePeriod(r['BASE_PER']!)).toEqual(periodInterval(o.base_period));
      // text cells that begin with a formula character carry writeCsv's leading "'"
      expect(r).toMatchObject({ SOURCE_TEXT: neutraliseCell(o.text), DOC_ID: neutraliseCell(o.doc_id), DOC_VERSION: String(o.doc_version), SOURCE_PATH: neutraliseCell(o.source_path), SPAN_START: String(o.span_start), SPAN_END: String(o.span_end), PUBLISHED: o.published ?? '' });
      expect(byColumn['REF_AREA']!.get(r['REF_AREA']!)!['solieu_values']!.split('|')).toContain(o.region ?? '');
      expect(byColumn['INDICATOR']!.get(r['INDICATOR']!)!['solieu_values']).toBe(o.indicator ?? '');
      expect(byColumn['UNIT_MEASURE']!.get(r['UNIT_MEASURE']!)!['solieu_values']).toBe(o.unit);
    }
  });
});

describe('exportSdmx on the invented reports', () => {
  it('codes each kind of figure: periods as standard periods or start/duration, values as written, statuses, areas by date', async () => {
    const { result, dir } = await exported('invented reports');
    expect(result).toMatchObject({ ok: true, skipped: { noPeriod: 1 } });
    const rows = readCsv(path.join(dir, SDMX_FILE));
    const row = (text: string) => rows.find((r) => r['SOURCE_TEXT'] === text);
    const cols = ['REF_AREA', 'INDICATOR', 'TIME_PERIOD', 'OBS_VALUE', 'UNIT_MEASURE', 'UNIT_MULT', 'DECIMALS', 'OBS_STATUS', 'OBS_QUALIFIER', 'VALUE_HIGH', 'SOLIEU_STATUS'] as const;
    const pick = (text: string) => {
      const r = row(text);
      return r && Object.fromEntries(cols.map((c) => [c, r[c]]));
    };
    expect.soft(pick('7,1 tỷ USD')).toEqual({ REF_AREA: '24', INDICATOR: 'EXPORTS_VALUE', TIME_PERIOD: '2025-12', OBS_VALUE: '7.1', UNIT_MEASURE: 'USD', UNIT_MULT: '9', DECIMALS: '1', OBS_STATUS: 'A', OBS_QUALIFIER: '', VALUE_HIGH: '', SOLIEU_STATUS: '' });
    expect.soft(pick('52.340 tỷ đồng')).toMatchObject({ REF_AREA: '24', TIME_PERIOD: '2025', OBS_VALUE: '52340', UNIT_MEASURE: 'VND', OBS_STATUS: 'P', SOLIEU_STATUS: 'preliminary' });
    expect.soft(pick('từ 10,5-11%')).toMatchObject({ TIME_PERIOD: '2026', OBS_VALUE: '10.5', VALUE_HIGH: '11', UNIT_MEASURE: 'PT', OBS_STATUS: 'F', OBS_QUALIFIER: 'RANGE', SOLIEU_STATUS: 'target' });
    expect.soft(pick('17,34 tỷ USD')).toMatchObject({ REF_AREA: 'VN', INDICATOR: 'FDI_DISBURSED', TIME_PERIOD: '2024-01-01/P9M', OBS_VALUE: '17.34', DECIMALS: '2', OBS_STATUS: 'E' });
    expect.soft(pick('190,1 tỷ USD')).toMatchObject({ TIME_PERIOD: '2024-S1', OBS_VALUE: '190.1' });
    expect.soft(pick('7,4%')).toMatchObject({ TIME_PERIOD: '2024-Q3', INDICATOR: 'GDP_GROWTH' });
    expect.soft(pick('khoảng 6,2%/năm')).toMatchObject({ TIME_PERIOD: '2021-01-01/P5Y', OBS_STATUS: 'F', OBS_QUALIFIER: 'APPROX', SOLIEU_STATUS: 'forecast' });
    expect.soft(pick('1.752,3 nghìn tỷ đồng')).toMatchObject({ OBS_VALUE: '1752.3', UNIT_MULT: '12', TIME_PERIOD: '2023' });
    expect.soft(pick('2,8%')).toMatchObject({ REF_AREA: 'US', TIME_PERIOD: '2024' });
    expect.soft(pick('315.839 tỷ đồng')).toMatchObject({ REF_AREA: '22', INDICATOR: 'GDP', OBS_VALUE: '315839', UNIT_MULT: '9', OBS_STATUS: 'E' });
    expect.soft(pick('120 nghìn lượt khách')).toMatchObject({ TIME_PERIOD: '2024-12-16/P16D', OBS_VALUE: '120', UNIT_MULT: '3', UNIT_MEASURE: 'VISITOR' });
    expect.soft(pick('3,5%')).toMatchObject({ OBS_VALUE: '-3.5' });
    const area = readCsv(path.join(dir, 'codelists', 'CL_AREA.csv')).find((r) => r['id'] === '24');
    expect(area).toMatchObject({ solieu_values: 'Bắc Ninh' });
    expect(area!['name_vi']).toMatch(/^Tỉnh Bắc Ninh \(từ 2025-07-01\)/);
  });
});
