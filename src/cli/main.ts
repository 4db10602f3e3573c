import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './exit-codes.ts';
import { isPostgresTarget } from '../warehouse/database.ts';
import { parseShard, type Shard } from '../pipeline/shard.ts';
import { runCommand } from './run-command.ts';
import { extractCommand } from './extract-command.ts';
import { evalCommand } from './eval-command.ts';
import { diffCommand } from './diff-command.ts';
import { EXCEL_VARIANTS, EXPORT_FORMATS, EXPORT_WRITERS, LABEL_LANGUAGES, exportCommand } from './export-command.ts';
import { conflictsCommand } from './conflicts-command.ts';
import { validateCommand } from './validate-command.ts';
import { SOLIEU_VERSION } from '../pipeline/solieu-version.ts';
import { readDate } from '../stages/load/read-date.ts';

/** What `--db` says, in every command's help. */
const DB_HELP = 'the warehouse: a SQLite file, or a PostgreSQL server as postgres://user:password@host:port/database (default: $DATABASE_URL when set, else <output>/warehouse.sqlite)';

/**
 * The warehouse a command uses: `--db` (a SQLite file, resolved, or a
 * `postgres://` URL, as given), else `DATABASE_URL` when it names a
 * PostgreSQL server (as Heroku, Render and libpq-minded tools set it),
 * else `warehouse.sqlite` in the output folder.
 */
function warehouseTarget(given: string | undefined, output: string): string {
  const target = given ?? (process.env.DATABASE_URL && isPostgresTarget(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined);
  if (target !== undefined && isPostgresTarget(target)) return target;
  return path.resolve(target ?? path.join(output, 'warehouse.sqlite'));
}

/**
 * The `solieu` command line. Returns the exit code; never calls
 * `process.exit`, so it can be run from tests.
 *
 * @example
 * await main(['run', '--input', 'raw', '--output', 'output']) // → 0
 */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command()
    .name('solieu')
    .description('Turns Vietnamese economic reports into clean, validated, versioned statistical data.')
    .version(SOLIEU_VERSION)
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s) })
    .showHelpAfterError('(run solieu --help for usage)');

  program
    .command('run')
    .description('run a pipeline over a folder of reports into a SQLite warehouse and CSV exports')
    .option('--input <dir>', 'folder of reports (.txt, .md, .html), read recursively', 'raw')
    .option('--output <dir>', 'folder for observations.csv and rejects.csv', 'output')
    .option('--db <file|url>', DB_HELP)
    .option('--pipeline <name>', 'pipeline name in pipelines/ or path to a pipeline file', 'reports')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every document, for relative periods', isoDate)
    .option('--manifest <file>', 'CSV/TSV listing files with their publication dates and report ids (columns: file or source_path; published, date or approx_date; doc_id)')
    .addOption(new Option('--doc-id-from <source>', 'where report ids come from: auto tries the manifest doc_id, the page URL, the path').choices(['auto', 'manifest', 'url', 'path']).default('auto'))
    .option('--prune', 'retract the figures of reports whose files are gone (by default they stay current, marked missing)')
    .option('--strict', 'quarantine the figures with validation warnings too, as errors are (the exit codes stay the same)')
    .addOption(new Option('--wait <seconds>', 'how long to wait for another run on the same warehouse').argParser(nonNegativeInt).default(600))
    .addOption(new Option('--concurrency <n>', 'files processed at once').argParser(positiveInt))
    .addOption(new Option('--workers <n>', 'threads that run the stages (default: the number of cores; 1 runs them on the main thread)').argParser(positiveInt))
    .addOption(new Option('--max-file-size <MB>', "reject files larger than this (default: the pipeline's maxFileBytes, 20 MB)").argParser(megabytes))
    .addOption(new Option('--shard <i/n>', 'carry out the i-th of n parts of the run (processes on one or several machines sharing a PostgreSQL warehouse); no exports').argParser(shardOption))
    .option('--quiet', 'print only the summary line')
    .action(async (opts) => {
      const output = path.resolve(opts.output);
      code = await runCommand({
        input: path.resolve(opts.input),
        output,
        db: warehouseTarget(opts.db, output),
        pipeline: opts.pipeline,
        published: opts.published ?? null,
        manifest: opts.manifest ? path.resolve(opts.manifest) : null,
        docIdFrom: opts.docIdFrom,
        prune: Boolean(opts.prune),
        strict: Boolean(opts.strict),
        waitSeconds: opts.wait,
        concurrency: opts.concurrency,
        workers: opts.workers ?? availableParallelism(),
        maxFileBytes: opts.maxFileSize,
        ...(opts.shard ? { shard: opts.shard } : {}),
        quiet: Boolean(opts.quiet),
      });
    });

  const warehouseOf = (opts: { db?: string; output: string }): { db: string; output: string } => {
    const output = path.resolve(opts.output);
    return { output, db: warehouseTarget(opts.db, output) };
  };

  program
    .command('diff')
    .description('list the figures revised, reclassified, new and retracted, by report; writes revisions.csv')
    .option('--since <run|date>', 'changes of the runs after this run id, or of the versions published after this day (YYYY-MM-DD); default: the latest run')
    .option('--output <dir>', 'folder of the warehouse and of revisions.csv', 'output')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'print the changes as JSON')
    .action(async (opts) => {
      code = await diffCommand({ ...warehouseOf(opts), since: opts.since ?? null, json: Boolean(opts.json) });
    });

  program
    .command('export')
    .description('write observations.csv (current, or as known on a day), observations_history.csv and best_observations.csv from the warehouse, or the xlsx, SDMX-CSV or Parquet export, with a datapackage.json describing them')
    .option('--as-of <date>', 'the figures as known on this day (YYYY-MM-DD), by publication date', isoDay)
    .option('--output <dir>', 'folder of the warehouse and of the exports', 'output')
    .option('--db <file|url>', DB_HELP)
    .addOption(new Option('--format <format>', `what to write: ${EXPORT_FORMATS.map((f) => `${f} (${EXPORT_WRITERS[f].description})`).join('; ')}`).choices(EXPORT_FORMATS).default('csv'))
    .addOption(new Option('--excel [locale]', 'CSV for spreadsheets: UTF-8 with BOM; "vi" for a Vietnamese-locale spreadsheet (";" separator, decimal comma)').choices(EXCEL_VARIANTS).preset('en'))
    .addOption(new Option('--labels <language>', 'names of indicators and units in this language; "vi" also writes Vietnamese column headers (CSV, xlsx)').choices(LABEL_LANGUAGES))
    .option('--columns <list>', 'the columns of the observations table, comma-separated, in order (CSV, xlsx); e.g. period,region,indicator,value,unit', columnList)
    .option('--json', 'print what was written as JSON')
    .action(async (opts) => {
      code = await exportCommand({ ...warehouseOf(opts), asOf: opts.asOf ?? null, json: Boolean(opts.json), format: opts.format, excel: opts.excel ?? null, labels: opts.labels ?? null, columns: opts.columns ?? null });
    });

  program
    .command('conflicts')
    .description('list the series different reports state with different values, and the figure best_observations picks; writes conflicts.csv')
    .option('--output <dir>', 'folder of the warehouse and of conflicts.csv', 'output')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'print the conflicts as JSON')
    .action(async (opts) => {
      code = await conflictsCommand({ ...warehouseOf(opts), json: Boolean(opts.json) });
    });

  program
    .command('validate')
    .description('run the validation rules in force again over the figures the warehouse holds, without reading the reports again; writes validation.csv, rejects.csv and observations.csv')
    .option('--output <dir>', 'folder of the warehouse and of the exports', 'output')
    .option('--db <file|url>', DB_HELP)
    .option('--pipeline <name>', 'pipeline whose taxonomy and rules to use', 'reports')
    .option('--strict', 'quarantine the figures with validation warnings too, as errors are')
    .addOption(new Option('--wait <seconds>', 'how long to wait for another run on the same warehouse').argParser(nonNegativeInt).default(600))
    .option('--json', 'print what was done as JSON')
    .action(async (opts) => {
      code = await validateCommand({ ...warehouseOf(opts), pipeline: opts.pipeline, strict: Boolean(opts.strict), waitSeconds: opts.wait, json: Boolean(opts.json) });
    });

  program
    .command('extract')
    .description('read text on standard input and print its observations (or every number read) as JSON')
    .option('--jsonl', 'every input line is a document; print one JSON object per line: {"line": N, "observations": [...]}')
    .option('--numbers', 'list every number read with what it was judged to be and why')
    .option('--explain', 'give each observation the rule that set each attribute and the words it read')
    .option('--published <date>', 'publication date (YYYY-MM-DD), for relative periods', isoDate)
    .option('--pipeline <name>', 'pipeline whose stages to use', 'reports')
    .action(async (opts) => {
      code = await extractCommand({ jsonl: Boolean(opts.jsonl), numbers: Boolean(opts.numbers), explain: Boolean(opts.explain), published: opts.published ?? null, pipeline: opts.pipeline });
    });

  program
    .command('eval')
    .description('score observations against gold annotations (L1, L2, L3 and attribute accuracy)')
    .requiredOption('--gold <dir...>', 'folder(s) of gold JSON files')
    .requiredOption('--observations <file>', 'observations.csv to score')
    .option('--details', 'list misses, false positives and attribute errors per document')
    .option('--json', 'print the scores as JSON')
    .action(async (opts) => {
      code = await evalCommand({ gold: (opts.gold as string[]).map((d) => path.resolve(d)), observations: path.resolve(opts.observations), details: Boolean(opts.details), json: Boolean(opts.json) });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.OK;
      return EXIT.FAILED;
    }
    process.stderr.write(`solieu: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  }
  return code;
}

function isoDate(value: string): string {
  const reading = readDate(value);
  if (!reading.ok) throw new InvalidArgumentError(reading.message.startsWith('expected') ? reading.message : `expected a real date, got "${value}": ${reading.message}`);
  return reading.date;
}

function columnList(value: string): string[] {
  const columns = value.split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (columns.length === 0) throw new InvalidArgumentError(`expected column names separated by commas, got "${value}"`);
  return columns;
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a size in MB above 0, got "${value}"`);
  return Math.round(n * 1024 * 1024);
}

function shardOption(value: string): Shard {
  const r = parseShard(value);
  if (!r.ok) throw new InvalidArgumentError(r.error);
  return r.shard;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number of seconds, got "${value}"`);
  return n;
}

function isoDay(value: string): string {
  const reading = readDate(value);
  if (!reading.ok || !/^\d{4}-\d{2}-\d{2}$/.test(reading.date)) throw new InvalidArgumentError(`expected a day (YYYY-MM-DD or DD/MM/YYYY), got "${value}"${reading.ok ? '' : `: ${reading.message}`}`);
  return reading.date;
}
