import { describe, expect, it } from 'vitest';
import { taxonomy } from '../helpers/taxonomy.ts';

const regions = [...taxonomy.regions.regions.values()];
const find = (text: string, asOf: string | null = null) => taxonomy.regions.find(text, asOf).map((m) => m.region);

describe('the region table', () => {
  it('holds the 63 provinces and cities until 30 June 2025 and the 34 from 1 July 2025', () => {
    const until2025 = regions.filter((r) => (r.kind === 'province' || r.kind === 'city') && (!r.validFrom || r.validFrom <= '2025-06-30') && (!r.validTo || r.validTo >= '2025-06-30'));
    const from2025 = regions.filter((r) => (r.kind === 'province' || r.kind === 'city') && (!r.validFrom || r.validFrom <= '2025-07-01') && (!r.validTo || r.validTo >= '2025-07-01'));
    // Huế became a city of its own on 1 January 2025: the 63 are counted on 31 December 2024
    const end2024 = regions.filter((r) => (r.kind === 'province' || r.kind === 'city') && (!r.validFrom || r.validFrom <= '2024-12-31') && (!r.validTo || r.validTo >= '2024-12-31'));
    expect(end2024).toHaveLength(63);
    expect(until2025).toHaveLength(63);
    expect(from2025).toHaveLength(34);
  });

  it('keeps the merger lineage: every province that ended has a successor that exists after it', () => {
    for (const r of regions.filter((x) => x.validTo)) {
      const successor = taxonomy.regions.regions.get(r.successor ?? '');
      expect(successor, r.name).toBeDefined();
      expect(!successor!.validTo || successor!.validTo > r.validTo!, r.name).toBe(true);
    }
    expect(taxonomy.regions.regions.get('Bình Dương')?.successor).toBe('Hồ Chí Minh');
    expect(taxonomy.regions.regions.get('Hà Giang')?.successor).toBe('Tuyên Quang');
  });

  it.each([
    ['Tăng trưởng của TP.HCM đạt 7%', ['Hồ Chí Minh']],
    ['TP. Hồ Chí Minh và TPHCM', ['Hồ Chí Minh', 'Hồ Chí Minh']],
    ['tỉnh Bà Rịa - Vũng Tàu', ['Bà Rịa - Vũng Tàu']],
    ['Khánh Hoà và Thanh Hoá', ['Khánh Hòa', 'Thanh Hóa']],
    ['xuất khẩu của cả nước', ['Việt Nam']],
    ['Thừa Thiên - Huế', ['Thừa Thiên Huế']],
    ['vì hòa bình và phát triển', []],
    ['xuất khẩu sang Hoa Kỳ, EU và Trung Quốc', ['Hoa Kỳ', 'EU', 'Trung Quốc']],
    ['giá vàng thế giới và vùng Đồng bằng sông Cửu Long', ['Thế giới', 'Đồng bằng sông Cửu Long']],
  ])('finds the regions in "%s"', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('reads "Huế" by the date of the text', () => {
    expect(find('GRDP của Huế tăng 8%', '2024-06-01')).toEqual(['Thừa Thiên Huế']);
    expect(find('GRDP của Huế tăng 8%', '2025-09-01')).toEqual(['Huế']);
  });
});
