/**
 * The warehouse stays a small multiple of its input. A report that is one
 * long sentence is split by the segment stage into pieces of up to 4000
 * characters; when every figure stored its piece, 155 KB of text made a
 * warehouse of hundreds of times its size. Each sentence is now stored
 * once, and its figures point at it.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import pipeline from '../../pipelines/reports.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

/** How many times its input's size the warehouse may be. */
const MAX_RATIO = 20;

const SECTORS = ['doanh thu ngành bán lẻ', 'sản lượng điện sản xuất', 'kim ngạch xuất khẩu thủy sản', 'vốn đầu tư thực hiện', 'thu ngân sách nội địa'];
const UNITS = ['tỷ đồng', 'triệu USD', 'nghìn tấn'];

/** Invented clauses with figures, each different, joined into one line of about `bytes` UTF-8 bytes with no full stop. */
function oneLongLine(bytes: number): string {
  const clauses: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const clause =
      `${SECTORS[i % SECTORS.length]} tháng ${(i % 12) + 1} đạt ${10 + (i % 89)}.${String((i * 37) % 1000).padStart(3, '0')} ${UNITS[i % UNITS.length]}, ` +
      `tăng ${(i % 9) + 1},${(i * 7) % 10}% so với cùng kỳ; `;
    clauses.push(clause);
    size += Buffer.byteLength(clause);
  }
  return clauses.join('');
}

describe('warehouse and export size', () => {
  it('a 155 KB report of one sentence makes a warehouse and an observations.csv under 20 times its size', async () => {
    const input = path.join(dir.path, 'raw');
    const output = path.join(dir.path, 'out');
    const db = path.join(output, 'warehouse.sqlite');
    mkdirSync(input, { recursive: true });
    const file = path.join(input, 'mot-cau-dai.txt');
    writeFileSync(file, oneLongLine(155_000));
    const inputBytes = statSync(file).size;
    expect(inputBytes).toBeGreaterThanOrEqual(155_000);

    const summary = await runPipeline({ input, output, db, pipeline });
    expect(summary).toMatchObject({ documentsRead: 1, documentsLoaded: 1, documentsRejected: 0 });
    // thousands of figures, each from a piece of the one sentence: the case that made the warehouse grow
    expect(summary.observationsAccepted).toBeGreaterThan(2000);

    const sqlite = new Database(db, { readonly: true });
    try {
      const stored = sqlite.prepare('SELECT COUNT(*) AS figures, COUNT(DISTINCT sentence_id) AS sentences FROM observations').get() as { figures: number; sentences: number };
      expect(stored.figures).toBe(summary.observationsAccepted);
      expect(stored.sentences).toBeGreaterThan(30);
      expect(stored.sentences).toBeLessThan(stored.figures / 50);
    } finally {
      sqlite.close();
    }
    const walBytes = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
    const warehouseBytes = statSync(db).size + walBytes;
    expect(warehouseBytes / inputBytes).toBeLessThan(MAX_RATIO);
    // and the run's CSV: each figure's sentence cell is cut around it, not the whole piece of the line
    expect(statSync(path.join(output, 'observations.csv')).size / inputBytes).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
