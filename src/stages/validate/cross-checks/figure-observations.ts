import type { DocumentWork } from '../../../core/document-work.ts';
import type { ValidationRule } from '../../../core/validation.ts';

/**
 * For each sentence model of a document, the index in `work.observations`
 * of each of its figures (parallel to `model.figures`), or null for a figure
 * the normaliser did not turn into an observation. A figure's observation
 * is the one whose span starts where the figure's quantity starts in the
 * document.
 *
 * @example
 * figureObservations(extractFromText('Thu đạt 50 tỷ đồng, trong đó thuế 20 tỷ đồng', …).work) // → [[0, 1]]
 */
export function figureObservations(work: DocumentWork): ReadonlyArray<ReadonlyArray<number | null>> {
  const byStart = new Map<number, number>();
  work.observations.forEach((o, i) => {
    if (!byStart.has(o.span.start)) byStart.set(o.span.start, i);
  });
  return work.models.map((model) => {
    const at = model.mentions.sentence.span.start;
    return model.figures.map((f) => byStart.get(at + f.quantity.span.start) ?? null);
  });
}

/**
 * Whether a rule applies to a comparison of figures: always when it names
 * no indicator, else when one of the figures compared is of its indicator
 * (a part of a breakdown has no indicator of its own, its whole has one).
 *
 * @example
 * involvesRuleIndicator(work, { indicator: 'gdp', … }, [3, 4]) // → true when observation 3 or 4 is gdp
 */
export function involvesRuleIndicator(work: DocumentWork, rule: ValidationRule, indexes: readonly number[]): boolean {
  return rule.indicator === null || indexes.some((i) => work.observations[i]?.indicator === rule.indicator);
}
