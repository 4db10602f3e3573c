import { warehouseName } from '../warehouse/database.ts';
import { loadPipeline } from '../pipeline/load-pipeline.ts';
import { EXIT } from './exit-codes.ts';
import { runPipeline, RunError, type RunSummary } from '../pipeline/run-pipeline.ts';
import type { DocIdFrom } from '../pipeline/survey-files.ts';
import { readManifest } from '../stages/load/read-manifest.ts';
import type { Shard } from '../pipeline/shard.ts';

/** The `run` command's options, resolved. */
export interface RunCommandOptions {
  readonly input: string;
  readonly output: string;
  readonly db: string;
  readonly pipeline: string;
  readonly published: string | null;
  readonly manifest: string | null;
  readonly docIdFrom: DocIdFrom;
  readonly prune: boolean;
  /** Validation warnings quarantine as errors do. */
  readonly strict: boolean;
  /** Seconds to wait for another run on the same warehouse. */
  readonly waitSeconds: number;
  readonly concurrency?: number;
  /** Threads that run the stages. */
  readonly workers?: number;
  readonly maxFileBytes?: number;
  /** This process's part of a run shared by several (`--shard i/n`). */
  readonly shard?: Shard;
  readonly quiet: boolean;
}

/**
 * `solieu run`: runs the pipeline, prints progress (on a terminal) and a
 * summary, and returns the exit code: 0 clean, 3 when some inputs were
 * rejected, 2 when the run failed or was stopped (with a one-line message).
 * SIGINT or SIGTERM stops it after the files under way; a second one ends
 * it at once.
 *
 * @example
 * await runCommand({ input: 'raw', output: 'output', db: 'output/warehouse.sqlite', pipeline: 'reports', … }) // → 0
 */
export async function runCommand(o: RunCommandOptions): Promise<number> {
  let summary: RunSummary;
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stop.signal.aborted) process.exit(EXIT.FAILED);
    process.stderr.write(`\nsolieu run: ${signal}: finishing the files under way, then stopping (again to stop at once)\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
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
      docIdFrom: o.docIdFrom,
      prune: o.prune || pipeline.settings.prune,
      strict: o.strict || pipeline.settings.strict,
      waitSeconds: o.waitSeconds,
      signal: stop.signal,
      onWait: (h) => process.stderr.write(`solieu run: the warehouse is in use by run ${h.runId} (pid ${h.pid}, since ${h.since}); waiting up to ${o.waitSeconds} s\n`),
      ...(manifest ? { manifest } : {}),
      ...(o.concurrency ? { concurrency: o.concurrency } : {}),
      ...(o.workers ? { workers: o.workers } : {}),
      ...(o.maxFileBytes ? { maxFileBytes: o.maxFileBytes } : {}),
      ...(o.shard ? { shard: o.shard } : {}),
      ...(tty ? { onProgress: (done: number, total: number, file: string) => process.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`) } : {}),
    });
    if (tty) process.stderr.write('\r\x1b[K');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`solieu run: ${error instanceof RunError ? '' : 'failed: '}${message}\n`);
    return EXIT.FAILED;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  process.stdout.write(formatSummary(summary, o));
  if (summary.stopped) {
    process.stderr.write(`solieu run: stopped with ${summary.documentsSkipped} of ${summary.documentsRead} files not read; run again to finish\n`);
    return EXIT.FAILED;
  }
  return summary.documentsRejected > 0 || summary.inputRejects.length > 0 ? EXIT.INPUTS_REJECTED : EXIT.OK;
}

function formatSummary(s: RunSummary, o: RunCommandOptions): string {
  const lines: string[] = [];
  if (!o.quiet) {
    for (const r of [...s.inputRejects, ...s.rejectedFiles]) lines.push(`rejected ${r.sourcePath}: ${r.code}: ${r.message}`);
    for (const n of s.loadNotes) lines.push(`note ${n.path}: ${n.note}`);
    for (const f of s.filesIgnored) lines.push(`ignored ${f}: not a report format the pipeline reads`);
    for (const r of s.interruptedRuns) lines.push(`run ${r} did not finish: marked interrupted`);
    lines.push(`stages: ${s.stages.map((st) => `${st.stage} ${st.in}→${st.out}${st.rejected ? ` (${st.rejected} rejected)` : ''}`).join(', ')}`);
    const f = s.figures;
    lines.push(`figures: ${f.new} new, ${f.revised} revised, ${f.reclassified} reclassified, ${f.retracted} retracted, ${f.same} the same`);
    if (s.documentsMissing > 0) {
      lines.push(s.documentsPruned > 0 ? `${s.documentsMissing} reports have no file: their figures are retracted` : `${s.documentsMissing} reports have no file: their figures stay current (--prune retracts them)`);
    }
    lines.push(`run ${s.runId}${s.shard ? ` (shard ${s.shard.index} of ${s.shard.count})` : ''}`);
    if (!s.stopped && s.shard) {
      lines.push(`wrote ${warehouseName(o.db)}; no exports from a shard: run solieu export --db … once every shard is done`);
    } else if (!s.stopped) {
      const files = `${o.output}/observations.csv (${s.exported.observations} rows), ${o.output}/rejects.csv (${s.exported.rejects} rows)`;
      const reports = s.exportReports.copied > 0 ? ` (the rows of ${s.exportReports.formatted} reports written anew, ${s.exportReports.copied} copied)` : '';
      lines.push(s.exportsKept ? `nothing changed: kept ${files}, ${warehouseName(o.db)}` : `wrote ${files}${reports}, ${warehouseName(o.db)}`);
    }
  }
  const parts = [
    `loaded ${s.documentsLoaded}`,
    ...(s.documentsUpdated ? [`updated ${s.documentsUpdated}`] : []),
    `unchanged ${s.documentsUnchanged}`,
    ...(s.documentsRenamed ? [`renamed ${s.documentsRenamed}`] : []),
    ...(s.documentsDuplicate ? [`duplicates ${s.documentsDuplicate}`] : []),
    `rejected ${s.documentsRejected}`,
    ...(s.documentsSkipped ? [`skipped ${s.documentsSkipped}`] : []),
  ];
  lines.push(
    `documents read ${s.documentsRead} (${parts.join(', ')})` +
      `${s.documentsMissing ? `, ${s.documentsMissing} missing` : ''}` +
      `${s.filesIgnored.length ? `, ${s.filesIgnored.length} other files ignored` : ''}` +
      `${s.inputRejects.length ? `, ${s.inputRejects.length} other inputs rejected` : ''}; ` +
      `observations accepted ${s.observationsAccepted} (${s.observationsWarned} with warnings), rejected ${s.observationsRejected}; ${s.seconds.toFixed(2)} s`,
  );
  return `${lines.join('\n')}\n`;
}
