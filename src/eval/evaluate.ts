import { loadGold } from './gold.ts';
import { readPredictions } from './read-predictions.ts';
import { scoreDocument, totalScore, type DocumentScore, type Score } from './score.ts';

/** Scores per document and in total. */
export interface Evaluation {
  readonly documents: readonly DocumentScore[];
  readonly total: Score;
}

/**
 * Scores an `observations.csv` against the gold files in `goldDirs`. Only
 * documents with gold are scored; a gold document with no predictions
 * scores zero recall.
 *
 * @example
 * evaluate(['../shared/corpus/dev/gold'], 'output/observations.csv').total.l1.f1 // → 0.9…
 */
export function evaluate(goldDirs: readonly string[], observationsFile: string): Evaluation {
  const gold = loadGold(goldDirs);
  const predictions = readPredictions(observationsFile);
  const documents = gold.map((g) => scoreDocument(g, predictions.get(g.sourcePath) ?? []));
  return { documents, total: totalScore(documents) };
}
