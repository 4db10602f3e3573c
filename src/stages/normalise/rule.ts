import type { Status, Span } from '../../core/records.ts';
import type { ConceptMention, TimeMention } from '../../core/mentions.ts';
import type { FigureNode, SentenceModel, TimeRole } from '../../core/sentence-model.ts';
import type { Taxonomy } from '../../taxonomy/load-taxonomy.ts';

/** A time mention with its period completed from the document context (a year-less "quý II" gets the year the text speaks of). */
export interface ResolvedTime extends TimeMention {
  /** Index in the sentence's times. */
  readonly index: number;
  readonly role: TimeRole;
}

/** What the sentences before tell about the figures of this one: the document context layer. */
export interface DocumentContext {
  /** The region the document is about, null when it names none clearly. */
  readonly mainRegion: string | null;
  /** The period carried from the sentences before; undefined before any. */
  readonly carriedPeriod: string | null | undefined;
  /** A status carried into a breakdown that continues a preliminary figure ("sơ bộ … Trong đó, …"). */
  readonly carriedStatus: Status | null;
  /** The status of the data the document reports, from its own words ("số liệu sơ bộ"). */
  readonly releaseStatus: Status | null;
  /** The concept the previous sentence of the paragraph ended on. */
  readonly carriedConcept: ConceptMention | null;
  /** The region the paragraph is about, named in an earlier sentence of it. */
  readonly paragraphRegion: string | null | undefined;
  /** The region the section is about, named at the head of a paragraph. */
  readonly sectionRegion: string | null | undefined;
  /** The two periods of the last "from … to …" series that stated them ("tăng từ X năm 2010 lên Y năm 2022"). */
  readonly carriedSeries: { readonly from: string; readonly to: string } | null;
  /** Whether this sentence goes on from the one before ("Trong đó, …"). */
  readonly continues: boolean;
}

/** Everything a rule may read about one figure. */
export interface FigureContext {
  readonly model: SentenceModel;
  readonly figure: FigureNode;
  readonly times: readonly ResolvedTime[];
  readonly doc: DocumentContext;
  readonly taxonomy: Taxonomy;
  /** The indicator codes given to the sentence's earlier figures (by figure index). */
  readonly earlierCodes: ReadonlyMap<number, string | null>;
  /** The periods given to the sentence's earlier figures (by figure index). */
  readonly earlierPeriods: ReadonlyMap<number, string | null>;
}

/** What a rule decided, and the span (sentence offsets) it read it from. */
export interface Decision<T> {
  readonly value: T;
  readonly span: Span | null;
}

/** A named rule for one attribute: the construction it handles and how. */
export interface Rule<T> {
  readonly name: string;
  /** The construction, with an invented example. */
  readonly construction: string;
  /** The decision, or undefined when the construction is not there. */
  apply(fc: FigureContext): Decision<T> | undefined;
}

/** The first rule of a list that decides, with its name. */
export interface Applied<T> extends Decision<T> {
  readonly rule: string;
}

/**
 * Applies the rules in order; the first that decides wins.
 *
 * @example
 * firstDecision(PERIOD_RULES, fc) // → { value: '2023', span: { start: 17, end: 25 }, rule: 'period.before-in-clause' }
 */
export function firstDecision<T>(rules: readonly Rule<T>[], fc: FigureContext): Applied<T> | undefined {
  for (const rule of rules) {
    const d = rule.apply(fc);
    // built field by field: a spread of whatever shape the rule returned makes this one site see dozens of shapes
    if (d !== undefined) return { value: d.value, span: d.span, rule: rule.name };
  }
  return undefined;
}
