import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { readManifest } from '../../src/stages/load/read-manifest.ts';
import pipeline from '../../pipelines/reports.ts';
import { DEV, HAS_DEV } from '../helpers/shared-corpus.ts';

/**
 * Invented reports: figures with every kind of period (year, quarter, half,
 * month, a nine-month and a multi-year span, a span of days, none), every
 * status, a range, a foreign economy and a province after the 2025 merger.
 */
export const INVENTED_REPORTS: Readonly<Record<string, string>> = {
  'bac-ninh-2025.txt': [
    'BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH BẮC NINH QUÝ IV NĂM 2025',
    'Tổng sản phẩm trên địa bàn tỉnh Bắc Ninh (GRDP) quý IV năm 2025 ước tính tăng 9,2% so với cùng kỳ năm trước.',
    'Năm 2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh Bắc Ninh sơ bộ đạt 52.340 tỷ đồng.',
    'Kim ngạch xuất khẩu tháng 12 năm 2025 của tỉnh Bắc Ninh đạt 7,1 tỷ USD.',
    'Năm 2026, tỉnh Bắc Ninh phấn đấu tốc độ tăng trưởng GRDP đạt từ 10,5-11%.',
  ].join('\n\n'),
  'ca-nuoc-2024.txt': [
    'TÌNH HÌNH KINH TẾ - XÃ HỘI CẢ NƯỚC 9 THÁNG NĂM 2024',
    'Tổng sản phẩm trong nước (GDP) quý III năm 2024 ước tính tăng 7,4% so với cùng kỳ năm trước.',
    'Vốn đầu tư trực tiếp nước ngoài thực hiện tại Việt Nam 9 tháng năm 2024 ước đạt 17,34 tỷ USD, tăng 8,9% so với cùng kỳ năm trước.',
    'Tính chung 6 tháng đầu năm 2024, tổng kim ngạch xuất khẩu hàng hóa đạt 190,1 tỷ USD.',
    'Chỉ số giá tiêu dùng (CPI) tháng 10 năm 2024 tăng 2,89% so với cùng kỳ năm trước.',
    'Trong 9 tháng năm 2024, cán cân thương mại hàng hóa ước tính xuất siêu 20,8 tỷ USD.',
    'Giai đoạn 2021-2025, tốc độ tăng trưởng GDP bình quân dự báo đạt khoảng 6,2%/năm.',
    'Năm 2023, tổng thu ngân sách nhà nước đạt 1.752,3 nghìn tỷ đồng.',
  ].join('\n\n'),
  'the-gioi.txt': [
    'KINH TẾ THẾ GIỚI VÀ TỈNH QUẢNG NINH',
    'Tăng trưởng kinh tế của Hoa Kỳ năm 2024 đạt 2,8%.',
    'Năm 2023, GRDP tỉnh Quảng Ninh ước đạt 315.839 tỷ đồng, tăng 11,03%.',
    'Từ ngày 16/12 đến ngày 31/12/2024, tỉnh Quảng Ninh đón 120 nghìn lượt khách du lịch.',
    'Kim ngạch nhập khẩu của tỉnh Quảng Ninh năm 2024 giảm 3,5% so với năm 2023.',
  ].join('\n\n'),
  'khong-ky.txt': ['DOANH NGHIỆP TỈNH QUẢNG NINH', 'Toàn tỉnh Quảng Ninh hiện có 3.250 doanh nghiệp đang hoạt động.'].join('\n\n'),
};

/** Publication dates of the invented reports: a day, a month, a year, none. */
const INVENTED_PUBLISHED = 'file,published\nbac-ninh-2025.txt,2026-01-06\nca-nuoc-2024.txt,2024-10\nthe-gioi.txt,2025\n';

/** A warehouse built by a real run, with its export folder. */
export interface BuiltWarehouse {
  readonly label: string;
  /** The run's output folder: observations.csv, rejects.csv and the exports the test writes. */
  readonly output: string;
  readonly db: string;
}

/** The warehouses a test file gets, for `it.each`: the invented reports, and the dev corpus when it is there. */
export const WAREHOUSES: readonly string[] = ['invented reports', ...(HAS_DEV ? ['dev corpus'] : [])];

/**
 * Builds, once for a test file, a warehouse from the invented reports and,
 * when the shared corpus is present, one from the dev corpus with its
 * manifest; removes them after the file. Call `get(label)` inside tests.
 */
export function useBuiltWarehouses(): { get(label: string): BuiltWarehouse } {
  const state = { list: [] as BuiltWarehouse[], root: '' };
  beforeAll(async () => {
    state.root = mkdtempSync(path.join(os.tmpdir(), 'solieu-export-'));
    const raw = path.join(state.root, 'invented', 'raw');
    mkdirSync(raw, { recursive: true });
    for (const [file, text] of Object.entries(INVENTED_REPORTS)) writeFileSync(path.join(raw, file), `${text}\n`);
    const manifest = path.join(state.root, 'invented', 'manifest.csv');
    writeFileSync(manifest, INVENTED_PUBLISHED);
    const invented = path.join(state.root, 'invented', 'out');
    await runPipeline({ input: raw, output: invented, db: path.join(invented, 'warehouse.sqlite'), pipeline, manifest: readManifest(manifest) });
    state.list.push({ label: 'invented reports', output: invented, db: path.join(invented, 'warehouse.sqlite') });
    if (HAS_DEV) {
      const dev = path.join(state.root, 'dev', 'out');
      await runPipeline({ input: path.join(DEV, 'raw'), output: dev, db: path.join(dev, 'warehouse.sqlite'), pipeline, manifest: readManifest(path.join(DEV, 'sources.tsv')) });
      state.list.push({ label: 'dev corpus', output: dev, db: path.join(dev, 'warehouse.sqlite') });
    }
  }, 180_000);
  afterAll(() => {
    if (state.root !== '') rmSync(state.root, { recursive: true, force: true });
  });
  return {
    get(label) {
      const w = state.list.find((x) => x.label === label);
      if (!w) throw new Error(`no warehouse "${label}" was built`);
      return w;
    },
  };
}
