import { EXIT } from './exit-codes.ts';
import { evaluate } from '../eval/evaluate.ts';
import { formatEvaluation } from '../eval/format-evaluation.ts';

/** The `eval` command's options. */
export interface EvalCommandOptions {
  readonly gold: readonly string[];
  readonly observations: string;
  readonly details: boolean;
  readonly json: boolean;
}

/**
 * `solieu eval`: scores an observations.csv against gold folders and prints
 * the per-document and total scores (and, with `--details`, what was
 * missed or wrong).
 *
 * @example
 * solieu eval --gold ../shared/corpus/dev/gold --observations output/observations.csv
 */
export async function evalCommand(o: EvalCommandOptions): Promise<number> {
  try {
    const result = evaluate(o.gold, o.observations);
    process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEvaluation(result, { details: o.details })}\n`);
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`solieu eval: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  }
}
