import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { taxonomyNames } from '../../src/export/taxonomy-names.ts';
import { BUILTIN_TAXONOMY_DIR } from '../../src/taxonomy/load-taxonomy.ts';
import { readCsvTable } from '../../src/taxonomy/read-csv-table.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const table = (name: string): Array<Record<string, string>> => readCsvTable(path.join(BUILTIN_TAXONOMY_DIR, name));

const dir = useTempDir();

describe('taxonomy names', () => {
  it('gives every indicator of indicators.csv a Vietnamese and an English name', () => {
    const rows = table('indicators.csv');
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect.soft(r['name_vi'], r['code']).toBeTruthy();
      expect.soft(r['name_en'], r['code']).toBeTruthy();
    }
  });

  it('gives every unit code of units.csv and unit-denominators.csv both names in unit-names.csv', () => {
    const names = new Map(table('unit-names.csv').map((r) => [r['unit'], r]));
    const codes = new Set([...table('units.csv'), ...table('unit-denominators.csv')].map((r) => r['unit']).filter(Boolean));
    expect(codes.size).toBeGreaterThan(40);
    for (const code of codes) {
      expect.soft(names.get(code)?.['name_vi'], code).toBeTruthy();
      expect.soft(names.get(code)?.['name_en'], code).toBeTruthy();
    }
  });

  it('names every unit an indicator may be stated in, in both languages', () => {
    const names = taxonomyNames();
    for (const r of table('indicators.csv')) {
      for (const unit of (r['unit_family'] ?? '').split('|').filter(Boolean)) {
        expect.soft(names.unit(unit), `${r['code']} ${unit}`).not.toBe('');
        expect.soft(names.unitEn(unit), `${r['code']} ${unit}`).not.toBe('');
      }
    }
  });

  it('names indicators and units, a rate by its parts', () => {
    const names = taxonomyNames();
    expect(names.indicator('gdp.growth')).toBe('Tốc độ tăng trưởng GDP/GRDP (theo giá so sánh)');
    expect(names.indicatorEn('gdp.growth')).toBe('GDP/GRDP growth rate (constant prices)');
    expect(names.indicatorEn('gdp')).toMatch(/^Gross domestic product/);
    expect(names.unit('VND')).toBe('đồng');
    expect(names.unitEn('VND')).toBe('Vietnamese dong');
    expect(names.unit('VND/person')).toBe('đồng/người');
    expect(names.unitEn('VND/person')).toBe('Vietnamese dong/person');
    expect(names.unit('%')).toBe('phần trăm');
    expect(names.unitEn('pp')).toBe('percentage points');
    expect(names.unitEn('km/h')).toBe('kilometres per hour');
    expect([names.indicator('no.such'), names.indicatorEn('no.such'), names.unit('furlong'), names.unitEn('VND/furlong')]).toEqual(['', '', '', '']);
  });

  it('reads a taxonomy folder without name_en or unit-names.csv: the English names are empty', () => {
    writeFileSync(path.join(dir.path, 'indicators.csv'), 'code,name_vi,unit_family,min,max,notes\nhousing.price,Giá bán căn hộ,VND/m2,1000000,1000000000,\n');
    writeFileSync(path.join(dir.path, 'units.csv'), 'phrase,unit,kind,notes\nđồng,VND,measure,\nm2,m2,measure,\n');
    writeFileSync(path.join(dir.path, 'unit-denominators.csv'), 'phrase,unit,notes\nm2,m2,\n');
    const names = taxonomyNames(dir.path);
    expect([names.indicator('housing.price'), names.indicatorEn('housing.price')]).toEqual(['Giá bán căn hộ', '']);
    expect([names.unit('VND/m2'), names.unitEn('VND/m2')]).toEqual(['đồng/m2', '']);
  });
});
