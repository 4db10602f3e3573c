/**
 * One measured `solieu run`, for `npm run bench`: runs the default pipeline
 * over `--input` into `--output` in this process and prints, as one JSON
 * line, the run's summary (with its timings), the wall time from process
 * start and the peak resident memory. `--concurrency N` and `--workers N` (default the number of cores) are the run's.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadPipeline } from '../src/pipeline/load-pipeline.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const input = path.resolve(option('--input') ?? 'raw');
const output = path.resolve(option('--output') ?? 'output');
const concurrency = option('--concurrency');
const workers = option('--workers');
const pipeline = await loadPipeline('reports');
const summary = await runPipeline({
  input,
  output,
  db: path.join(output, 'warehouse.sqlite'),
  pipeline,
  ...(concurrency ? { concurrency: Number(concurrency) } : {}),
  workers: workers ? Number(workers) : availableParallelism(),
});
const { rejectedFiles, inputRejects, loadNotes, filesIgnored, ...counts } = summary;
process.stdout.write(
  `${JSON.stringify({
    summary: { ...counts, rejectedFiles: rejectedFiles.length, inputRejects: inputRejects.length, loadNotes: loadNotes.length, filesIgnored: filesIgnored.length },
    uptime: process.uptime(),
    // the main thread's busy time (the stages' threads aside) and the process's CPU time, in seconds
    mainBusy: performance.eventLoopUtilization().active / 1000,
    cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
