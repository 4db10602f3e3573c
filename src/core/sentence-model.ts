/**
 * The structure of a sentence, built once from its mentions by the
 * structure stage: its clauses and parentheticals, the role of each time
 * and place, and for each figure what governs it (its comparison base, the
 * total it breaks down, the concept it is paired with). Normalise reads
 * this, never the sentence's text.
 */
import type { ChangeDirection, MarkerMention, SentenceMentions } from './mentions.ts';
import type { Quantity, Span } from './records.ts';

/**
 * What a time expression is to the figures around it: the `frame` they are
 * measured in, a comparison `base` ("so với cùng kỳ năm trước"), the time of
 * a `compared` figure ("so với 7,33% của bảy tháng năm 2022"), a `reference`
 * whole ("chiếm 67% của cả năm 2024"), or an `idiom` that dates nothing
 * ("từ trước đến nay").
 */
export type TimeRole = 'frame' | 'base' | 'compared' | 'reference' | 'idiom';

/**
 * What a place is to the figures around it: their `subject`, the other side
 * of a comparison (`compared`), or a foreign economy in a statement about
 * Việt Nam's dealings with it (`partner`: "Hoa Kỳ là thị trường xuất khẩu
 * lớn nhất của Việt Nam").
 */
export type PlaceRole = 'subject' | 'compared' | 'partner';

/**
 * How a figure stands in a breakdown: an item after "trong đó", "gồm",
 * "bao gồm", "chia ra", "riêng", in a sentence that opens with one, or in a
 * ":"-list whose items each open with a place or a concept.
 */
export interface BreakdownItem {
  /** The marker that opens the breakdown (index into the sentence's markers); null for a ":"-list without one. */
  readonly marker: number | null;
  /** The figure the breakdown divides (index into the model's figures), when the sentence states it before the items. */
  readonly total: number | null;
  /**
   * What tells the item from the others: a `place` ("trong đó Hà Nội tăng
   * 8%") or a `period` ("(quý 1 tăng 5,1%; quý 2 tăng 6%)"), so the item is
   * the same indicator for another region or period; or a `part` of the
   * total (a sector, a product, a market), which is not.
   */
  readonly by: 'part' | 'place' | 'period';
}

/** A figure's place in a "from … to …" series ("tăng từ 42,8% năm 2018 lên 46,6% năm 2023"). */
export interface SeriesLink {
  readonly role: 'from' | 'to';
  /** The figure at the other end (index into the model's figures). */
  readonly other: number;
  /** The figure at this end that the series names (itself, or the figure a parenthetical share belongs to). */
  readonly head: number;
}

/** A figure with what governs it. */
export interface FigureNode {
  /** Position in {@link SentenceModel.figures}. */
  readonly index: number;
  /** The quantity as read, with sentence offsets. */
  readonly quantity: Quantity;
  /** The clause holding the figure. */
  readonly clause: Span;
  /** Where the figure's part of the sentence starts (after the last ";" or ":" before it). */
  readonly segmentStart: number;
  /** The parentheses the figure is inside, if any. */
  readonly paren: Span | null;
  /** The nearest word of change or level before the figure, if any. */
  readonly change: ChangeDirection | null;
  /** The comparison base of the figure (index into the sentence's times). */
  readonly baseTime: number | null;
  /** The named rule of the structure stage that found the base ("base.after-in-clause"); null without a base. */
  readonly baseRule: string | null;
  /** "chiếm 20%": the figure is a share of a whole. */
  readonly share: boolean;
  /** "đạt 85% kế hoạch", "bằng 102% cùng kỳ": a percentage of a whole named right after it. */
  readonly percentOf: boolean;
  /** "theo giá so sánh" near the figure: a level at constant prices. */
  readonly constantPrices: boolean;
  /** Set when the figure is an item of a breakdown. */
  readonly breakdown: BreakdownItem | null;
  /** Set when the figure is one end of a "from … to …" series. */
  readonly series: SeriesLink | null;
  /** The concept a "lần lượt" list pairs the figure with (index into the sentence's concepts). */
  readonly pairedConcept: number | null;
  /** The figure this one restates ("5,2 tỷ USD, tương đương 125.890 tỷ đồng"). */
  readonly equivalentOf: number | null;
  /** For a figure in brackets, the figure the brackets stand beside ("tăng 8% (quý I tăng 7,1%; …)"). */
  readonly host: number | null;
}

/** One sentence's structure. */
export interface SentenceModel {
  readonly mentions: SentenceMentions;
  /** Clauses, in order, between clause punctuation. */
  readonly clauses: readonly Span[];
  /** Innermost parentheses. */
  readonly parentheticals: readonly Span[];
  /** The role of each time mention (parallel to `mentions.times`). */
  readonly timeRoles: readonly TimeRole[];
  /** The role of each place mention (parallel to `mentions.places`). */
  readonly placeRoles: readonly PlaceRole[];
  readonly figures: readonly FigureNode[];
  /** The marker the sentence opens with when it goes on from the one before ("Trong đó, …", "Ngoài ra, …"). */
  readonly opener: MarkerMention | null;
}

/**
 * The clause of a model that holds position `pos`.
 *
 * @example
 * clauseAt(model, 24) // → { start: 19, end: 38 }
 */
export function clauseAt(model: SentenceModel, pos: number): Span {
  return model.clauses.find((c) => pos >= c.start && pos < c.end) ?? model.clauses.find((c) => pos <= c.end) ?? { start: 0, end: model.mentions.sentence.text.length };
}

/**
 * How many words stand between two positions of the sentence.
 *
 * @example
 * wordsBetween(model, 5, 6) // → 0
 */
export function wordsBetween(model: SentenceModel, a: number, b: number): number {
  let n = 0;
  for (const w of model.mentions.words) if (w.start < b && w.end > a) n++;
  return n;
}

/**
 * Whether a mention at `start` may give context to a figure: a mention
 * inside parentheses belongs only to the figures inside the same
 * parentheses ("(cả nước 28 tỷ USD)", "(năm 2022 tăng 20%)"); one outside
 * them, to any figure.
 *
 * @example
 * visibleTo(model, figure, { start: 11 }) // → false
 */
export function visibleTo(model: SentenceModel, figure: FigureNode, mention: { readonly start: number }): boolean {
  const paren = model.parentheticals.find((r) => mention.start >= r.start && mention.start < r.end);
  return paren === undefined || (figure.paren !== null && paren.start === figure.paren.start);
}

/**
 * Whether the sentence has a marker of one of `kinds` inside `[from, to)`.
 *
 * @example
 * hasMarker(model, ['compare'], 0, 30) // → true
 */
export function hasMarker(model: SentenceModel, kinds: readonly MarkerMention['marker'][], from: number, to: number): boolean {
  return model.mentions.markers.some((m) => kinds.includes(m.marker) && m.start >= from && m.end <= to);
}
