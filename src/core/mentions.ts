/**
 * What the extract stage reads in a sentence: every number, and every word
 * or phrase that later gives a figure its context (times, places, concepts,
 * status words, change words, structure markers), each with its span.
 *
 * Spans of mentions are offsets in their sentence's text, `[start, end)`.
 * Nothing after extract reads the sentence's text again for these.
 */
import type { Quantity, Sentence, Status } from './records.ts';

/** What a number in the text was judged to be. */
export type NumberKind =
  | 'quantity'
  | 'date'
  | 'time'
  | 'year'
  | 'period'
  | 'document_number'
  | 'list_marker'
  | 'ordinal'
  | 'name'
  | 'phone'
  | 'denominator'
  | 'bare';

/** One number found in a sentence, with what it was judged to be and why. */
export interface NumberReading {
  /**
   * The number's value as written, before scale words ("315.839" of
   * "315.839 tỷ đồng"); a bare number keeps its scale and sign ("5 nghìn"
   * 5000, "âm 1.200.000" -1200000). Null when unreadable.
   */
  readonly value: number | null;
  /** The number's own text (with the scale words and sign of a bare number). */
  readonly text: string;
  /** Span of the number in the sentence. */
  readonly span: { readonly start: number; readonly end: number };
  readonly kind: NumberKind;
  readonly reason: string;
  /** Set when `kind` is `quantity`: the figure with its unit and qualifier (sentence offsets). */
  readonly quantity?: Quantity;
}

/** What a time expression names. */
export type TimeUnit = 'span' | 'ytd' | 'half' | 'quarter' | 'month' | 'day' | 'year' | 'none' | 'other';

/** A base stated relative to the figure's own period. */
export type RelativeBase = 'previous_year' | 'previous_month' | 'previous_quarter';

/** The placeholder for a year a time expression does not state ("quý I", "tháng 9"). */
export const YEAR_PLACEHOLDER = '????';

/**
 * A time expression, resolved as far as the sentence and the publication
 * date allow: "quý I năm 2024" is `2024-Q1`; "quý I" alone keeps the
 * template `????-Q1` for the document context to give it a year.
 */
export interface TimeMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The named rule of the time reader that read it. */
  readonly rule: string;
  readonly unit: TimeUnit;
  /** The SDMX-style period, when the expression states or implies its year. */
  readonly period: string | null;
  /** A period with {@link YEAR_PLACEHOLDER} for a year not stated ("????-Q1"). */
  readonly template: string | null;
  /** Years to add to the context's year when the template is filled ("9 tháng năm trước": -1). */
  readonly yearOffset: number;
  /** The year the expression itself states, or null. */
  readonly statedYear: number | null;
  /** Set for expressions defined against the figure's own period ("cùng kỳ năm trước", "tháng trước"). */
  readonly relative: RelativeBase | null;
  /** Set for expressions that are always a comparison base ("cùng kỳ", "quý trước"). */
  readonly inherentBase: boolean;
  /**
   * Why the expression gives no period: `since` ("từ năm 2010", "từ trước đến
   * nay"), `prices` ("giá so sánh 2010"), `vague` ("nhiều năm qua"),
   * `to_date` ("đến nay": a stock without a date), `document_date` (the
   * date of a resolution or a meeting),
   * `no_publication_date` (a relative time in an undated text). Null when it gives one.
   */
  readonly open: 'since' | 'prices' | 'vague' | 'to_date' | 'no_publication_date' | 'document_date' | null;
}

/** How a place is used where it is named. */
export type PlaceUse =
  /** what the figures near it are about */
  | 'subject'
  /** a yardstick ("cao nhất cả nước", "bình quân chung của cả nước") */
  | 'yardstick'
  /** inside the name of a road, a port, an organisation ("cao tốc Nội Bài - Lào Cai", "Tập đoàn Điện lực Việt Nam") */
  | 'in_name'
  /** where an event took place ("họp báo … tại Hà Nội") */
  | 'venue'
  /** one of two named as a pair ("Tuyên Quang - Phú Thọ"): the figure is neither's alone */
  | 'pair'
  /** a foreign economy as Việt Nam's partner ("xuất khẩu sang Hoa Kỳ", "nhà đầu tư Singapore"): the figure stays Việt Nam's */
  | 'partner';

/** A place named in a sentence. */
export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Canonical region name; null for a pair. */
  readonly region: string | null;
  /** What kind of unit the region is (`country`, `province`, `city`, `foreign`, `bloc`, `world`, `macro`). */
  readonly scope: string;
  readonly use: PlaceUse;
  /** Named as a unit before the 2025 merger ("TP.HCM (cũ)", "Bình Dương cũ"). */
  readonly former: boolean;
}

/** Whether a place is Việt Nam or one of its provinces and cities. */
export function isDomestic(p: Pick<PlaceMention, 'scope'>): boolean {
  return p.scope === 'country' || p.scope === 'province' || p.scope === 'city';
}

/** Whether a place is a foreign economy, a bloc or the world. */
export function isForeign(p: Pick<PlaceMention, 'scope'>): boolean {
  return p.scope === 'foreign' || p.scope === 'bloc' || p.scope === 'world';
}

/** A business named in a sentence ("Công ty Cổ phần Xi măng Hạ Long", a ticker "VNM"): its figures are its own, not a region's. */
export interface OrganisationMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'business' | 'ticker';
}

/** What a figure is per, stated before it: "tính trên 1 km2", "/1.000 dân", "bình quân 1 tháng". */
export interface DenominatorMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The denominator unit: `km2`, `1000 person`, `month`. */
  readonly per: string;
  /** The unit of the counted noun before a "/" ("số doanh nghiệp/1.000 dân" → enterprise), when there is one. */
  readonly numerator: string | null;
}

/** A phrase of the taxonomy's indicator aliases. */
export interface ConceptMention {
  readonly start: number;
  readonly end: number;
  readonly alias: string;
  /** The candidate codes; empty for a concept without a code (a part, a product, a market). */
  readonly codes: readonly string[];
}

/** A status word. */
export interface StatusMention {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  /** Null for a word that marks a figure as reported again ("thực tế", "thực hiện được"). */
  readonly status: Status | null;
  /**
   * `wide`: a verb that governs the figures after it ("ước tính", "sơ bộ
   * đạt", "phấn đấu"). `local`: a noun that names the one figure right after
   * it ("mục tiêu 8 triệu khách", "dự toán 3.901 tỷ đồng"). `release`: the
   * status of the data a whole release reports ("Theo số liệu thống kê sơ
   * bộ của Tổng cục Hải quan, …").
   */
  readonly scope: 'wide' | 'local' | 'release';
}

/**
 * How a word of change or level bears on the figure after it: `up` and
 * `down` state a change ("tăng", "giảm", "thấp hơn"); `deficit` a negative
 * balance ("nhập siêu", "bán ròng"); `level` a level ("đạt", "là", "còn",
 * "chiếm", and amounts named as a loss or deficit: "lỗ", "thâm hụt", "bội chi"); `rate` names a rate without a direction ("tốc độ", "lạm
 * phát").
 */
export type ChangeDirection = 'up' | 'down' | 'deficit' | 'level' | 'rate';

/** A word that states a change or a level ("tăng", "giảm", "đạt", "chiếm"). */
export interface ChangeMention {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly direction: ChangeDirection;
}

/** The structure and comparison cues a sentence is built from. */
export type MarkerKind =
  /** "trong đó", "bao gồm", "gồm", "chia ra", "cụ thể", "riêng": a breakdown of what comes before */
  | 'breakdown'
  /** "lần lượt", "tương ứng": figures paired with the concepts listed before them */
  | 'respectively'
  /** "tương đương", "tức là": the same amount stated another way */
  | 'equivalent'
  /** "so với", "so": the comparison base follows */
  | 'compare'
  /** "cao hơn", "thấp hơn", "hơn", "bằng", "như": a compared figure or base follows */
  | 'comparative'
  /** "gấp": a multiple of what follows */
  | 'multiple'
  /** "chiếm", "tỷ trọng", "cơ cấu": a share of a whole */
  | 'share'
  /** "của": a period or owner of the figure before it ("7,33% của bảy tháng năm 2022") */
  | 'of'
  /** "theo giá so sánh", "giá so sánh": a level at constant prices */
  | 'constant_prices'
  /** "ngoài ra", "bên cạnh đó", "đồng thời": a sentence that goes on with the same subject */
  | 'continuation'
  /** "kế hoạch", "dự toán", "tổng" after a percentage: the whole it is a percentage of ("đạt 85% kế hoạch") */
  | 'reference'
  /** "mức", "con số", "ngưỡng", "thời điểm", "cuối", "đầu": a word that only introduces what follows */
  | 'filler'
  /** "cả": the whole of what follows ("của cả năm 2024") */
  | 'whole'
  /** "bình quân một", "trung bình mỗi": an average per unit ("vốn bình quân một doanh nghiệp 10 tỷ đồng") */
  | 'per_unit'
  /** "thì": what stands before it is the topic of what follows ("so với tháng trước thì giảm 0,2%") */
  | 'topic'
  /** "nhẹ", "mạnh", "thêm": how much a change is, between its verb and its figure ("tăng nhẹ 0,2%") */
  | 'degree'
  /** "vào", "tại", "sang", "từ", "với", "theo": a preposition, so what follows is no subject */
  | 'preposition'
  /** clause punctuation */
  | 'comma'
  | 'semicolon'
  | 'colon'
  | 'open_paren'
  | 'close_paren'
  | 'dash'
  | 'quote';

/** A structure or comparison cue. */
export interface MarkerMention {
  readonly start: number;
  readonly end: number;
  readonly marker: MarkerKind;
  readonly word: string;
}

/** Everything extract read in one sentence, in order of position within each list. */
export interface SentenceMentions {
  readonly sentence: Sentence;
  /** The sentence's words (runs of letters and digits), for counting words between two mentions. */
  readonly words: readonly { readonly start: number; readonly end: number }[];
  /** Every number read, figure or not (the figures carry their {@link Quantity}). */
  readonly numbers: readonly NumberReading[];
  readonly times: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  readonly organisations: readonly OrganisationMention[];
  readonly concepts: readonly ConceptMention[];
  readonly statuses: readonly StatusMention[];
  readonly changes: readonly ChangeMention[];
  readonly markers: readonly MarkerMention[];
}
