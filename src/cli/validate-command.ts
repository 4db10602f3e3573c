import { warehouseName } from '../warehouse/database.ts';
import { EXIT } from './exit-codes.ts';
import { loadPipeline } from '../pipeline/load-pipeline.ts';
import { openExistingWarehouse } from './open-existing-warehouse.ts';
import { revalidateWarehouse, type RevalidateSummary } from '../pipeline/revalidate.ts';

/** The `validate` command's options, resolved. */
export interface ValidateCommandOptions {
  readonly db: string;
  readonly output: string;
  readonly pipeline: string;
  readonly strict: boolean;
  readonly waitSeconds: number;
  readonly json: boolean;
}

/**
 * `solieu validate`: runs the rules in force (the pipeline's taxonomy and
 * rules, `--strict`) again over the figures the warehouse holds, without
 * reading the input files, and writes validation.csv, rejects.csv and
 * observations.csv as a run does. Exit 0; 3 when a report's structure could
 * not be rebuilt (it is kept as it was, and named); 2 when it could not run.
 *
 * @example
 * await validateCommand({ db: 'output/warehouse.sqlite', output: 'output', pipeline: 'reports', strict: true, waitSeconds: 600, json: false }) // → 0
 */
export async function validateCommand(o: ValidateCommandOptions): Promise<number> {
  const opened = await openExistingWarehouse(o.db);
  if (!opened.ok) {
    process.stderr.write(`solieu validate: ${opened.error}\n`);
    return EXIT.FAILED;
  }
  let summary: RevalidateSummary;
  try {
    const pipeline = await loadPipeline(o.pipeline);
    summary = await revalidateWarehouse({
      db: opened.db,
      output: o.output,
      pipeline,
      strict: o.strict || pipeline.settings.strict,
      waitSeconds: o.waitSeconds,
      onWait: (h) => process.stderr.write(`solieu validate: the warehouse is in use by run ${h.runId} (pid ${h.pid}, since ${h.since}); waiting up to ${o.waitSeconds} s\n`),
    });
  } catch (error) {
    process.stderr.write(`solieu validate: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  } finally {
    await opened.db.destroy();
  }
  if (o.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else process.stdout.write(formatSummary(summary, o));
  return summary.failed.length > 0 ? EXIT.INPUTS_REJECTED : EXIT.OK;
}

function formatSummary(s: RevalidateSummary, o: ValidateCommandOptions): string {
  const lines: string[] = [];
  for (const f of s.failed) lines.push(`kept as it was ${f.docId}: ${f.message}`);
  if (s.otherReader > 0) lines.push(`${s.otherReader} reports were read by another solieu version, pipeline or taxonomy: their figures are judged as read (solieu run reads them again)`);
  const f = s.figures;
  lines.push(`figures: ${f.new} let in, ${f.retracted} quarantined from the current versions, ${f.same} in place`);
  lines.push(`run ${s.runId}`);
  lines.push(`wrote ${o.output}/validation.csv (${s.exported.findings} rows), ${o.output}/rejects.csv (${s.exported.rejects} rows), ${o.output}/observations.csv (${s.exported.observations} rows), ${warehouseName(o.db)}`);
  lines.push(
    `reports validated ${s.reports} (in place ${s.updated}, new versions ${s.stored}${s.failed.length ? `, kept ${s.failed.length}` : ''}); ` +
      `observations accepted ${s.observationsAccepted} (${s.observationsWarned} with warnings), quarantined ${s.observationsRejected}; ${s.seconds.toFixed(2)} s`,
  );
  return `${lines.join('\n')}\n`;
}
