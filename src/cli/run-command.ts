import { loadPipeline } from './load-pipeline.ts';
import { EXIT } from './exit-codes.ts';
import { runPipeline, RunError, type RunSummary } from '../pipeline/run-pipeline.ts';
import { readManifest } from '../stages/load/read-manifest.ts';

/** The `run` command's options, resolved. */
export interface RunCommandOptions {
  readonly input: string;
  readonly output: string;
  readonly db: string;
  readonly pipeline: string;
  readonly published: string | null;
  readonly manifest: string | null;
  readonly concurrency?: number;
  readonly quiet: boolean;
}

/**
 * `solieu run`: runs the pipeline, prints progress (on a terminal) and a
 * summary, and returns the exit code: 0 clean, 3 when some inputs were
 * rejected, 2 when the run failed (with a one-line message).
 *
 * @example
 * await runCommand({ input: 'raw', output: 'output', db: 'output/warehouse.sqlite', pipeline: 'reports', … }) // → 0
 */
export async function runCommand(o: RunCommandOptions): Promise<number> {
  let summary: RunSummary;
  try {
    const pipeline = await loadPipeline(o.pipeline);
    const manifest = o.manifest ? readManifest(o.manifest) : undefined;
    const tty = process.stderr.isTTY && !o.quiet;
    summary = await runPipeline({
      input: o.input,
      output: o.output,
      db: o.db,
      pipeline,
      published: o.published,
      ...(manifest ? { manifest } : {}),
      ...(o.concurrency ? { concurrency: o.concurrency } : {}),
      ...(tty ? { onProgress: (done: number, total: number, file: string) => process.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`) } : {}),
    });
    if (tty) process.stderr.write('\r\x1b[K');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`solieu run: ${error instanceof RunError ? '' : 'failed: '}${message}\n`);
    return EXIT.FAILED;
  }
  process.stdout.write(formatSummary(summary, o));
  return summary.documentsRejected > 0 ? EXIT.INPUTS_REJECTED : EXIT.OK;
}

function formatSummary(s: RunSummary, o: RunCommandOptions): string {
  const lines: string[] = [];
  if (!o.quiet) {
    for (const r of s.rejectedFiles) lines.push(`rejected ${r.sourcePath}: ${r.code}: ${r.message}`);
    for (const f of s.filesIgnored) lines.push(`ignored ${f}: not a report format the pipeline reads`);
    lines.push(`stages: ${s.stages.map((st) => `${st.stage} ${st.in}→${st.out}${st.rejected ? ` (${st.rejected} rejected)` : ''}`).join(', ')}`);
    lines.push(`wrote ${o.output}/observations.csv (${s.exported.observations} rows), ${o.output}/rejects.csv (${s.exported.rejects} rows), ${o.db}`);
  }
  lines.push(
    `documents read ${s.documentsRead} (loaded ${s.documentsLoaded}, unchanged ${s.documentsUnchanged}, rejected ${s.documentsRejected})` +
      `${s.filesIgnored.length ? `, ${s.filesIgnored.length} other files ignored` : ''}; ` +
      `observations accepted ${s.observationsAccepted}, rejected ${s.observationsRejected}; ${s.seconds.toFixed(2)} s`,
  );
  return `${lines.join('\n')}\n`;
}
