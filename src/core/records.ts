/**
 * The typed records that flow through the stages:
 * raw file → {@link SourceDocument} → {@link Sentence}[] → {@link Quantity}[]
 * → {@link Observation}[] → validated observations and {@link Reject}s.
 *
 * Every record is readonly; a stage returns new records and never mutates
 * its input.
 */

/** A character range `[start, end)` in a document's NFC text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The encoding a file's bytes were read in: UTF-8 or UTF-16 (with or
 * without a byte order mark), or a pre-Unicode Vietnamese one found by how
 * Vietnamese each reading looks.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | 'viscii';

/**
 * A repair made to text that decoded cleanly but was wrong: `double-utf8`,
 * UTF-8 read as Windows-1252 and saved as UTF-8 again ("Ä‘áº¡t" for "đạt");
 * `vni-text`, VNI-font text saved as Unicode ("Taêng tröôûng" for "Tăng
 * trưởng").
 */
export type TextRepair = 'double-utf8' | 'vni-text';

/** What the loader knows about a document besides its text. */
export interface DocumentMeta {
  /** Title from `og:title`, `<title>` or the first line. */
  readonly title: string | null;
  /** Publication date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) when known. */
  readonly published: string | null;
  /** Where the date came from, for the run log. */
  readonly publishedSource: 'html-meta' | 'text' | 'option' | 'manifest' | null;
  /** Canonical URL from HTML metadata, when present. */
  readonly url: string | null;
  /** `txt`, `md` or `html`: as the content reads, whatever the extension says. */
  readonly format: 'txt' | 'md' | 'html';
  /** The encoding the file's bytes were read in. */
  readonly encoding: TextEncoding;
  /** The repair made to its decoded text, or null when none was needed. */
  readonly encodingRepair: TextRepair | null;
  /** What the loader did that the file's name does not say ("read as HTML: the .txt file holds an HTML page"), for the run log. */
  readonly notes: readonly string[];
}

/** A loaded report: its clean NFC text, identity and metadata. */
export interface SourceDocument {
  /** Path relative to the input folder, `/`-separated. */
  readonly sourcePath: string;
  /** Stable identity across versions (the relative path by default). */
  readonly docId: string;
  /** SHA-256 of the raw bytes, hex. */
  readonly contentHash: string;
  readonly byteSize: number;
  /** The article text, NFC, with block boundaries as newlines. */
  readonly text: string;
  readonly meta: DocumentMeta;
}

/** One sentence of a document, with its position. */
export interface Sentence {
  /** 0-based index in the document. */
  readonly index: number;
  /** 0-based paragraph (block) index. */
  readonly paragraph: number;
  readonly span: Span;
  readonly text: string;
}

/** Qualifier codes of the contract. */
export const QUALIFIERS = ['approx', 'over', 'under', 'at_least', 'at_most', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Status codes of the contract (empty means reported). */
export const STATUSES = ['estimate', 'preliminary', 'target', 'forecast'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A quantity read from text: a number with its scale, unit and the words
 * that qualify it, before any context (period, region, indicator) is added.
 */
export interface Quantity {
  /** The exact span, qualifier and unit words included. */
  readonly span: Span;
  readonly text: string;
  /** Value in base units (full magnitude, sign applied). */
  readonly value: number;
  /** Upper end of a range, in base units. */
  readonly valueHigh: number | null;
  /** `value` as decimal text, set only when a double cannot hold it exactly (more than 15 significant digits). */
  readonly valueExact?: string;
  /** `valueHigh` as decimal text, on the same condition. */
  readonly valueHighExact?: string;
  /** Canonical unit code (`VND`, `%`, `USD/person`, …). */
  readonly unit: string;
  /** Power of ten of the scale words used (tỷ 9, triệu 6, nghìn 3). */
  readonly unitMult: number;
  readonly qualifier: Qualifier | null;
  /** Span of the number itself (without qualifier and unit). */
  readonly numberSpan: Span;
  /** True when the sign comes from a word such as "giảm" or "nhập siêu". */
  readonly signFromWord: boolean;
  /** How an ambiguous separator was read, when it was. */
  readonly reading: string | null;
  /** The thousands reading of a separator read as a decimal ("1,250": 1250 where 1,25 was taken), for validation to choose when the decimal breaks its rules. */
  readonly alternative?: { readonly value: number; readonly valueHigh: number | null; readonly reading: string };
  /** Whether the quantity is a core statistic or an incidental count. */
  readonly kind: 'measure' | 'count' | 'duration' | 'ratio' | 'rank' | 'index' | 'label';
}

/** The attributes of an observation that a named rule sets. */
export type ExplainedAttribute = 'period' | 'basePeriod' | 'region' | 'indicator' | 'status';

/** Which rule set an attribute, and the words it read (document offsets). */
export interface Attribution {
  readonly rule: string;
  /** The span the rule took the attribute from; null when it came from the document (its date, its main region). */
  readonly span: Span | null;
  readonly text: string | null;
}

/** An observation as the contract defines it, with its provenance. */
export interface Observation {
  readonly sourcePath: string;
  readonly docId: string;
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly unitMult: number;
  readonly period: string | null;
  readonly basePeriod: string | null;
  readonly region: string | null;
  readonly indicator: string | null;
  readonly valueHigh: number | null;
  /** `value` as decimal text when a double cannot hold it exactly (see {@link Quantity.valueExact}). */
  readonly valueExact?: string;
  readonly valueHighExact?: string;
  readonly qualifier: Qualifier | null;
  readonly status: Status | null;
  readonly sentence: string;
  readonly span: Span;
  readonly sentenceIndex: number;
  /** Where the sentence starts in the document text. */
  readonly sentenceStart: number;
  /** For each attribute, the rule that set it and the words it read. */
  readonly explain: Readonly<Partial<Record<ExplainedAttribute, Attribution>>>;
}
