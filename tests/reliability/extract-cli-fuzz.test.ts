/**
 * Fuzz: `solieu extract --jsonl`, spawned as a user runs it, on random
 * lines of up to 1 MB (any Unicode, or Vietnamese-weighted report text
 * repeated into one long line): it exits 0, prints one line per input line
 * in order, and its output stays linear in its input.
 *
 * The bound: every observation repeats its sentence, and the segment stage
 * cuts sentences at `maxSentenceChars` (4000), so no observation prints
 * more than one 4000-character piece plus its own fields (~400 bytes). The
 * densest real figures ("1%, 2%, …" or "7,5%; 8,2%; …": a figure every 3
 * to 4 characters) measure 1,070-1,430 output bytes per input byte; the
 * text of these lines has words between its figures and measures far less.
 * OUTPUT_PER_INPUT_BYTE = 1,500 holds for any such text; a fixed 1 MB
 * allows for the per-line wrapper of many short lines. Before the limit
 * the ratio grew with the line (a 50,000-character line printed 169 MB,
 * 2,700 bytes per input byte, and a 100,000-character one crashed), so a
 * quadratic output fails this bound at once.
 *
 * Few runs (each spawns the CLI on up to ~1 MB) and a fixed seed, so the
 * file runs in well under a minute and a failure repeats.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared-corpus.ts';

const BIN = path.join(ROOT, 'bin/solieu.js');
const SEED = 20261202;
const RUNS = 5;
/** Output bytes allowed per input byte, and a fixed allowance (see the file's head). */
const OUTPUT_PER_INPUT_BYTE = 1500;
const OUTPUT_FIXED_BYTES = 1_000_000;

const WORDS = [
  'GRDP', 'tăng', 'giảm', 'đạt', 'ước', 'khoảng', 'trên', 'so với', 'cùng kỳ', 'năm 2023', 'quý II', '6 tháng đầu năm', 'tỷ đồng', 'triệu USD', 'nghìn tấn',
  'xuất khẩu', 'nhập khẩu', 'Hà Nội', 'Quảng Ninh', 'trong đó', 'chiếm', 'doanh nghiệp', 'vốn đầu tư', 'lần lượt', 'tương đương', 'đồng', 'người', 'và',
];
const PIECE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.oneof(fc.nat(100_000).map(String), fc.constantFrom('7,5%', '315.839', '1.234,5', '3,2%', '12,75', '(2,1%)', '-0,4')) },
  { weight: 2, arbitrary: fc.constantFrom(',', ';', '.', ':', '(', ')', '-', '/', '%') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A line without line breaks (they would make it two lines). */
const oneLine = (s: string): string => s.replace(/[\r\n]/g, ' ');

const shortLine = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map(oneLine),
  fc.array(PIECE, { maxLength: 300, size: 'large' }).map((p) => oneLine(p.join(' '))),
);
/** A long line: a random stretch of report text repeated to up to 1 MB, as a table or a page flattened into one line is. */
const longLine = fc
  .tuple(fc.array(PIECE, { minLength: 8, maxLength: 200 }), fc.integer({ min: 1_000, max: 1_000_000 }))
  .map(([pieces, length]) => {
    const unit = `${oneLine(pieces.join(' '))} `;
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });
/** Some short lines and one long one among them: each run spawns the CLI once. */
const input = fc.tuple(fc.array(shortLine, { maxLength: 12 }), longLine, fc.nat()).map(([lines, long, at]) => {
  const all = [...lines];
  all.splice(at % (all.length + 1), 0, long);
  return all;
});

/** Runs `solieu extract --jsonl` on the lines; counts what it prints without holding it (it can be large). */
function extractJsonl(lines: readonly string[]): Promise<{ code: number | null; stderr: string; bytes: number; heads: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    // the first characters of each output line, enough to read its number
    const heads: string[] = [];
    let head = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        const part = chunk.subarray(from, nl === -1 ? chunk.length : nl);
        if (head.length < 32) head += part.subarray(0, 32).toString('utf8');
        if (nl === -1) break;
        heads.push(head);
        head = '';
        from = nl + 1;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, bytes, heads }));
    // every line ends with a newline, so an empty last line is a line too
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('solieu extract --jsonl on random lines of up to 1 MB', () => {
  it('exits 0, prints one line per input line, and prints at most a constant times its input', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (lines) => {
        const inputBytes = Buffer.byteLength(`${lines.join('\n')}\n`, 'utf8');
        const r = await extractJsonl(lines);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.heads).toHaveLength(lines.length);
        r.heads.forEach((h, i) => expect(h.startsWith(`{"line":${i + 1},"observations":[`)).toBe(true));
        expect(r.bytes).toBeLessThanOrEqual(OUTPUT_PER_INPUT_BYTE * inputBytes + OUTPUT_FIXED_BYTES);
        if (process.env.FUZZ_REPORT) process.stdout.write(`lines ${lines.length}, in ${inputBytes} B, out ${r.bytes} B, ${(r.bytes / inputBytes).toFixed(1)} B per input byte\n`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 180_000);
});
