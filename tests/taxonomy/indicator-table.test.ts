import { describe, expect, it } from 'vitest';
import { buildIndicatorTable } from '../../src/taxonomy/indicator-table.ts';

const indicators = [
  { code: 'gdp.growth', measure: 'growth', unit_family: '%' },
  { code: 'exports', measure: 'level', unit_family: 'USD' },
  { code: 'pci', measure: 'index', unit_family: 'points' },
];
const aliases = [
  { alias: 'tăng trưởng grdp', code: 'gdp.growth' },
  { alias: 'grdp', code: 'gdp.growth' },
  { alias: 'kim ngạch … xuất khẩu', code: 'exports' },
  { alias: '(pci)', code: 'pci' },
];
const table = buildIndicatorTable(indicators, aliases);
const found = (text: string) => table.findAliases(text).map((m) => [m.alias, text.slice(m.start, m.end)]);

describe('buildIndicatorTable findAliases', () => {
  it('finds an alias as whole words only, leftmost-longest', () => {
    expect(found('Tốc độ tăng trưởng GRDP đạt 7%; GRDP bình quân.')).toEqual([['tăng trưởng grdp', 'tăng trưởng GRDP'], ['grdp', 'GRDP']]);
    // inside a longer word, or touching a digit, it is not the alias
    expect(found('GRDPx tăng, 2GRDP, GRDPđ.')).toEqual([]);
    expect(found('(GRDP) tăng 7%.')).toEqual([['grdp', 'GRDP']]);
  });

  it('lengthens a gap until the alias ends on a whole word', () => {
    // the shortest gap would end inside "xuất khẩuxx"; the next "xuất khẩu" ends a word
    expect(found('Kim ngạch hàng xuất khẩuxx và xuất khẩu đạt 5 tỷ USD.')).toEqual([['kim ngạch … xuất khẩu', 'Kim ngạch hàng xuất khẩuxx và xuất khẩu']]);
    expect(found('Kim ngạch xuất khẩu đạt 5 tỷ USD.')).toEqual([['kim ngạch … xuất khẩu', 'Kim ngạch xuất khẩu']]);
  });

  it('reads an alias that begins with a bracket, and names score indices by a pattern with the same bounds', () => {
    expect(found('Chỉ số năng lực cạnh tranh (PCI) đạt 70 điểm.')).toEqual([['(pci)', '(PCI)']]);
    expect(table.scoreNames?.test('chỉ số (pci) năm 2023')).toBe(true);
    expect(table.scoreNames?.test('chỉ số x(pci)y')).toBe(false);
  });
});
