/**
 * `npm run bench`: times `solieu extract --jsonl` on 10,000 lines made of the
 * peer cases' texts (../shared/peers/*.json, every case's `text`, cycled in
 * file order). Prints the wall time of each run, with the process start-up
 * measured on empty input for comparison, and the lines per second.
 *
 * Options: `--lines N` (default 10000), `--runs N` (default 3), `--numbers`
 * (time `solieu extract --numbers --jsonl` instead).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const peers = path.resolve(root, '../shared/peers');
const bin = path.join(root, 'bin/solieu.js');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: expected ${name} to be a positive integer, got "${process.argv[i + 1]}"\n`);
    process.exit(2);
  }
  return value;
}

/** Every peer case's text that fits on one line, in file order. */
function peerTexts(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(peers).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(peers, file), 'utf8')) as { cases?: Array<{ text?: unknown }> };
    for (const c of data.cases ?? []) {
      if (typeof c.text === 'string' && c.text.trim() !== '' && !/[\r\n]/.test(c.text)) texts.push(c.text);
    }
  }
  return texts;
}

/** Runs the command on `input`; resolves with the wall time in seconds and the output line count. */
function timeRun(args: readonly string[], input: string): Promise<{ seconds: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`solieu ${args.join(' ')} exited with ${code}`));
      else resolve({ seconds, lines });
    });
    child.stdin.end(input);
  });
}

if (!existsSync(peers)) {
  process.stderr.write(`bench: ${peers} not found; the peer vectors sit beside the project in ../shared\n`);
  process.exit(2);
}
const lineCount = option('--lines', 10_000);
const runs = option('--runs', 3);
const args = ['extract', ...(process.argv.includes('--numbers') ? ['--numbers'] : []), '--jsonl'];
const texts = peerTexts();
const input = `${Array.from({ length: lineCount }, (_, i) => texts[i % texts.length]).join('\n')}\n`;

process.stdout.write(`input: ${lineCount} lines (${texts.length} distinct peer texts, cycled), ${Buffer.byteLength(input)} bytes\n`);
const startup = await timeRun(args, '');
process.stdout.write(`start-up (empty input): ${startup.seconds.toFixed(2)} s\n`);
const times: number[] = [];
for (let run = 1; run <= runs; run++) {
  const r = await timeRun(args, input);
  if (r.lines !== lineCount) throw new Error(`expected ${lineCount} output lines, got ${r.lines}`);
  times.push(r.seconds);
  process.stdout.write(`run ${run}: ${r.seconds.toFixed(2)} s, ${Math.round(lineCount / r.seconds)} lines/s\n`);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
process.stdout.write(`solieu ${args.join(' ')}: ${lineCount} lines in ${median.toFixed(2)} s (median of ${runs}), ${Math.round(lineCount / median)} lines/s\n`);
