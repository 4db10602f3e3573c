import { loadPipeline } from '../pipeline/load-pipeline.ts';
import { readStdin } from './read-stdin.ts';
import { EXIT } from './exit-codes.ts';
import { toContractRecord } from '../export/contract-record.ts';
import { extractFromText, numbersInText } from '../pipeline/extract-text.ts';
import { decodeText } from '../stages/load/decode-text.ts';
import { stageContext } from '../stages/stage.ts';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.ts';

/** The `extract` command's options. */
export interface ExtractCommandOptions {
  readonly jsonl: boolean;
  readonly numbers: boolean;
  readonly explain: boolean;
  readonly published: string | null;
  readonly pipeline: string;
}

/**
 * `solieu extract`: reads standard input (decoded as a file is: UTF-8,
 * UTF-16, a legacy Vietnamese encoding; bytes that are none of these exit 2
 * with the place of the first bad byte) and prints its observations (or,
 * with `--numbers`, every number read with its kind and reason) as JSON.
 * With `--jsonl` every input line is a document and every output line is
 * `{"line": N, "observations": [...]}` (or `"numbers"`), N counting from 1.
 * With `--explain` every observation also has `explain`: for each of its
 * period, region, indicator, status and base period, the named rule that
 * set it and the words it read.
 *
 * @example
 * echo 'GRDP tăng 7,5%' | solieu extract   // → [{"text":"7,5%","value":7.5,"unit":"%",…}]
 */
export async function extractCommand(o: ExtractCommandOptions): Promise<number> {
  const pipeline = await loadPipeline(o.pipeline);
  const ctx = stageContext(loadTaxonomy(pipeline.settings.taxonomyDir ?? undefined), { strict: pipeline.settings.strict });
  const bytes = await readStdin();
  // decoded once, as a file is: with --jsonl the whole input is in one encoding
  const decoded = decodeText(bytes);
  if (!decoded.ok && decoded.code !== 'FILE_EMPTY') {
    process.stderr.write(`solieu extract: standard input: ${decoded.code}: ${decoded.message}\n`);
    return EXIT.FAILED;
  }
  // empty or blank input still prints [] (or a line per blank line), as before
  const input = decoded.ok ? decoded.text : bytes.toString('utf8');
  const readOne = (text: string, name: string): unknown => {
    if (o.numbers) {
      return numbersInText(text, pipeline.stages, ctx).map((n) => ({ value: n.value, text: n.text, kind: n.kind, reason: n.reason, span_start: n.span.start, span_end: n.span.end }));
    }
    const processed = extractFromText(text, pipeline.stages, ctx, { name, published: o.published });
    return processed.accepted.map((obs) => (o.explain ? { ...toContractRecord(obs, null), explain: obs.explain } : toContractRecord(obs, null)));
  };
  const key = o.numbers ? 'numbers' : 'observations';
  if (!o.jsonl) {
    process.stdout.write(`${JSON.stringify(readOne(input, 'stdin'), null, 2)}\n`);
    return EXIT.OK;
  }
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(JSON.stringify({ line: i + 1, [key]: readOne(line.replace(/\r$/, ''), `line-${i + 1}`) }));
    if (out.length >= 1000) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  });
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return EXIT.OK;
}
