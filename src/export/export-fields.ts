import { QUALIFIERS, STATUSES } from '../core/records.ts';

/**
 * The field catalogue of the exports: for every column any export writes,
 * its type, what it holds (in English), its Vietnamese label and the
 * constraints every row meets. The data package (`datapackage.json`), the
 * Parquet column types and any later writer (xlsx headers, CSVW) read their
 * column descriptions from here, so a column is described once.
 */

/** A column's type, in Frictionless Table Schema terms. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime';

/** Constraints every value of a column meets (Frictionless Table Schema v2). */
export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly minimum?: number;
  /** An XML Schema regular expression, implicitly anchored: the whole value must match. */
  readonly pattern?: string;
  readonly enum?: readonly (string | number)[];
}

/** One column of the catalogue. */
export interface ExportField {
  readonly type: FieldType;
  /** What the column holds, in English. */
  readonly description: string;
  /** The column's label in Vietnamese (Frictionless `title`). */
  readonly labelVi: string;
  readonly constraints?: FieldConstraints;
  /** The unit of every value, when the column has one fixed unit. */
  readonly unit?: string;
  /** An example value, as written in the CSV (Table Schema wants a string). */
  readonly example?: string;
}

/** A point of the contract's periods: a year, quarter, half, month or day. */
const PERIOD_POINT = String.raw`\d{4}(-(Q[1-4]|S[12]|\d{2}(-\d{2})?))?`;
/** The contract's periods: a point, or a span of two points ("2024-01/2024-09"). */
export const PERIOD_PATTERN = `${PERIOD_POINT}(/${PERIOD_POINT})?`;
/** SDMX TIME_PERIOD as the SDMX export writes it: a standard period, or a start day and a positive duration. */
export const TIME_PERIOD_PATTERN = String.raw`${PERIOD_POINT}|\d{4}-\d{2}-\d{2}/P(\d+Y)?(\d+M)?(\d+D)?`;
/** A publication date: a day, a month or a year. */
export const PUBLISHED_PATTERN = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
/** An SDMX identifier (IDType): letters, digits, `_`, `@`, `$`, `-`. */
export const SDMX_ID_PATTERN = String.raw`[A-Za-z0-9_@$\-]+`;

const CHANGES = ['new', 'same', 'revised', 'reclassified', 'retracted'] as const;

const f = (type: FieldType, description: string, labelVi: string, more: Omit<ExportField, 'type' | 'description' | 'labelVi'> = {}): ExportField => ({
  type, description, labelVi, ...more,
});

/** The catalogue, by column name. */
export const EXPORT_FIELDS = {
  // observations.csv: the contract's columns, then provenance
  source_path: f('string', "The raw file's path relative to the input folder.", 'Đường dẫn tệp nguồn', { example: '000_730c65573414c71e.txt' }),
  doc_id: f('string', 'Stable identity of the report across its versions (manifest id, canonical URL or path).', 'Mã báo cáo', { constraints: { required: true } }),
  doc_version: f('integer', 'The content version of the report the row was extracted from, counting from 1.', 'Phiên bản báo cáo', { constraints: { minimum: 1 } }),
  text: f('string', 'The exact span of the document text that states the quantity.', 'Đoạn văn bản nêu số liệu', { example: '315.839 tỷ đồng' }),
  value: f('number', 'The value in the base unit of `unit`, full magnitude ("315.839 tỷ đồng" is 315839000000000); "." decimal point, no grouping. A stated decrease is negative.', 'Giá trị', { example: '315839000000000' }),
  unit: f('string', 'Canonical unit code: VND, USD, % (also growth rates), pp, index, rank, times, person, tonne, … ; a rate is written unit/denominator (VND/person).', 'Đơn vị', { example: 'VND' }),
  unit_mult: f('integer', 'The power of ten the text used (tỷ 9, triệu 6, nghìn 3, none 0): SDMX UNIT_MULT. `value` already includes it.', 'Bậc lũy thừa của 10 (UNIT_MULT)', { unit: 'power of ten', example: '9' }),
  period: f('string', 'The time the figure refers to: a year 2023, quarter 2024-Q1, half 2024-S1, month 2024-10, day 2024-10-31, or a span of two of them 2024-01/2024-09 (first to last, both included). Empty when the text gives none.', 'Kỳ số liệu', { constraints: { pattern: PERIOD_PATTERN }, example: '2024-01/2024-09' }),
  region: f('string', 'Canonical region name (regions.csv, economies.csv): "Việt Nam" for the whole country, a province or city, a socio-economic region, or a foreign economy. Empty when the text names none.', 'Địa bàn', { example: 'Quảng Ninh' }),
  indicator: f('string', 'Indicator code from the taxonomy (indicators.csv); empty when the figure is unclassified.', 'Mã chỉ tiêu', { example: 'gdp.growth' }),
  value_high: f('number', 'The upper end of a range stated in the text ("8,5-9%" gives value 8.5 and value_high 9), in the unit of `value`; else empty.', 'Giá trị cận trên'),
  qualifier: f('string', 'How the text bounds the value: approx (khoảng), over (hơn, trên), under (dưới), at_least (ít nhất), at_most (tối đa), range (từ … đến); empty when stated exactly.', 'Mức độ chính xác', { constraints: { enum: QUALIFIERS } }),
  status: f('string', 'The status the text gives the figure: estimate (ước tính), preliminary (sơ bộ), target (kế hoạch, mục tiêu), forecast (dự báo); empty when reported.', 'Trạng thái số liệu', { constraints: { enum: STATUSES } }),
  sentence: f('string', 'The sentence the span is in.', 'Câu chứa số liệu'),
  base_period: f('string', 'The period a growth rate or comparison is measured against ("so với cùng kỳ năm trước"), in the form of `period`; empty when none.', 'Kỳ gốc so sánh', { constraints: { pattern: PERIOD_PATTERN } }),
  span_start: f('integer', 'Offset of the span\'s first character in the document text (UTF-16 code units, from 0).', 'Vị trí đầu', { unit: 'UTF-16 code units', constraints: { minimum: 0 } }),
  span_end: f('integer', 'Offset just past the span\'s last character in the document text (UTF-16 code units).', 'Vị trí cuối', { unit: 'UTF-16 code units', constraints: { minimum: 0 } }),
  published: f('string', "The report's publication date as known: a day, a month or a year; empty when unknown.", 'Ngày công bố', { constraints: { pattern: PUBLISHED_PATTERN } }),
  obs_key: f('string', "The figure's stable key across the report's versions: a revised figure keeps it.", 'Khóa số liệu', { example: 'a1a31018ec24-1-17' }),
  region_code: f('string', "The region's official code for the figure's period: the statistics office's province code (the 63 units until 2025-06-30, the 34 from 2025-07-01, so Bắc Ninh is 27 for 2024 and 24 for 2025), VN for Việt Nam, ISO 3166-1 alpha-2 for a foreign economy; empty for a region with no official code (a socio-economic region, a bloc).", 'Mã địa bàn', { example: '22' }),
  region_key: f('string', 'The region without diacritics, in lower case, for searching ("quang ninh").', 'Địa bàn (không dấu)', { example: 'quang ninh' }),
  indicator_name: f('string', "The indicator's name from the taxonomy, in Vietnamese (English with --labels en); empty when unclassified.", 'Tên chỉ tiêu'),
  unit_name: f('string', "The unit's name, in Vietnamese (English with --labels en).", 'Tên đơn vị', { example: 'đồng' }),
  value_exact: f('string', '`value` as exact decimal text when it has more than 15 significant digits, which a double (and so `value`) cannot hold exactly; else empty.', 'Giá trị chính xác (dạng chữ số)', { constraints: { pattern: '-?[0-9]+(\\.[0-9]+)?' }, example: '1234567890123456789' }),
  value_high_exact: f('string', '`value_high` as exact decimal text, on the same condition as `value_exact`.', 'Giá trị cận trên chính xác (dạng chữ số)', { constraints: { pattern: '-?[0-9]+(\\.[0-9]+)?' } }),

  // typed columns only the Parquet file has
  published_date: f('date', '`published` as a date, when it is a full day; else empty.', 'Ngày công bố (kiểu ngày)'),
  period_start: f('date', 'The first day `period` covers; empty when there is no period.', 'Ngày đầu kỳ'),
  period_end: f('date', 'The last day `period` covers (included); empty when there is no period.', 'Ngày cuối kỳ'),

  // rejects.csv
  file: f('string', 'The file (or manifest) the reject comes from.', 'Tệp', { constraints: { required: true } }),
  stage: f('string', 'The stage that refused it: load, segment, extract, structure, normalise, validate, store.', 'Công đoạn', { constraints: { required: true } }),
  code: f('string', 'The stable reject code (src/core/reject-codes.ts).', 'Mã lỗi', { constraints: { required: true } }),
  message: f('string', 'What was expected and what was found, in one line.', 'Thông báo', { constraints: { required: true } }),
  run_id: f('string', 'The run that wrote the row.', 'Mã lượt chạy', { constraints: { required: true } }),
  rule: f('string', 'The code of the validation rule (src/taxonomy/data/rules.csv, or a user rules file).', 'Mã quy tắc kiểm tra', { constraints: { required: true }, example: 'PART_EXCEEDS_WHOLE' }),
  severity: f('string', 'error: the figure was quarantined; warning: it was accepted with this finding.', 'Mức độ', { constraints: { required: true, enum: ['error', 'warning'] } }),
  quarantined: f('boolean', 'Whether the figure was quarantined (it is in rejects.csv) rather than accepted.', 'Bị cách ly', { constraints: { required: true } }),
  evidence: f('string', 'The figures the rule compared, as JSON: their texts, values (base units) and spans (document offsets).', 'Bằng chứng', { constraints: { required: true } }),

  // observations_history.csv and best_observations.csv
  change: f('string', 'How the figure changed from the version before: new, same, revised (another value), reclassified (another indicator, region or period), retracted (gone).', 'Loại thay đổi', { constraints: { enum: CHANGES } }),
  vintage_from: f('date', 'The first day this vintage of the figure was the published one (publication axis).', 'Hiệu lực từ ngày'),
  vintage_to: f('date', 'The day a later version replaced this one (not included); empty while current.', 'Hiệu lực đến ngày'),
  retracted: f('integer', '1 when the figure was withdrawn (gone from the next version or its report pruned), else 0.', 'Đã rút', { constraints: { enum: [0, 1] } }),
  recorded_from: f('datetime', 'When the row was loaded into the warehouse (UTC).', 'Ghi nhận lúc'),
  recorded_to: f('datetime', 'When a later run closed the row (UTC); empty while open.', 'Đóng lúc'),
  candidates: f('integer', 'How many current figures state the series (indicator, region, period, unit); the best one is picked: reported over preliminary over estimate over forecast over target, then the latest published.', 'Số số liệu cùng chuỗi', { constraints: { minimum: 1 } }),

  // revisions.csv and conflicts.csv
  old_value: f('number', 'The value the figure had in the version before; empty for a new figure.', 'Giá trị cũ'),
  new_value: f('number', 'The value in the new version; empty for a retracted figure.', 'Giá trị mới'),
  old_status: f('string', 'The status before (as `status`).', 'Trạng thái cũ', { constraints: { enum: STATUSES } }),
  new_status: f('string', 'The status in the new version (as `status`).', 'Trạng thái mới', { constraints: { enum: STATUSES } }),
  old_text: f('string', 'The span that stated the figure before.', 'Đoạn văn bản cũ'),
  new_text: f('string', 'The span that states it in the new version.', 'Đoạn văn bản mới'),
  old_indicator: f('string', 'The indicator before a reclassification.', 'Mã chỉ tiêu cũ'),
  old_region: f('string', 'The region before a reclassification.', 'Địa bàn cũ'),
  old_period: f('string', 'The period before a reclassification.', 'Kỳ cũ', { constraints: { pattern: PERIOD_PATTERN } }),
  old_version: f('integer', 'The report version the old figure is from.', 'Phiên bản cũ', { constraints: { minimum: 1 } }),
  new_version: f('integer', 'The report version the new figure is from.', 'Phiên bản mới', { constraints: { minimum: 1 } }),
  vintage: f('date', 'The day the change became known (publication axis).', 'Ngày thay đổi'),
  best: f('boolean', 'Whether best_observations picks this figure for its series.', 'Được chọn'),

  // observations.sdmx.csv (SDMX-CSV 2.0, DSD SOLIEU:DSD_OBSERVATIONS(1.0.0))
  STRUCTURE: f('string', 'SDMX-CSV: the kind of structure the row refers to; always "datastructure".', 'Loại cấu trúc SDMX', { constraints: { required: true, enum: ['datastructure'] } }),
  STRUCTURE_ID: f('string', 'SDMX-CSV: the data structure definition, AGENCY:ID(VERSION).', 'Mã cấu trúc SDMX', { constraints: { required: true, enum: ['SOLIEU:DSD_OBSERVATIONS(1.0.0)'] } }),
  ACTION: f('string', 'SDMX-CSV: I (information; loaded as a merge).', 'Thao tác SDMX', { constraints: { required: true, enum: ['I'] } }),
  REF_AREA: f('string', 'Dimension: the region as a code of codelists/CL_AREA.csv (statistics office province code, VN, ISO 3166-1 for foreign economies, X_… otherwise, _U unknown).', 'Mã địa bàn', { constraints: { required: true, pattern: SDMX_ID_PATTERN }, example: '22' }),
  INDICATOR: f('string', 'Dimension: the indicator as a code of codelists/CL_INDICATOR.csv (the taxonomy code upper-cased, "." as "_"; _U unclassified).', 'Mã chỉ tiêu SDMX', { constraints: { required: true, pattern: SDMX_ID_PATTERN }, example: 'GDP_GROWTH' }),
  FIGURE: f('string', "Dimension: the figure's stable key (obs_key), which keeps a figure's series across report versions and tells apart figures of one report that share area, indicator and period.", 'Mã số liệu', { constraints: { required: true, pattern: SDMX_ID_PATTERN } }),
  TIME_PERIOD: f('string', 'Dimension: SDMX TIME_PERIOD: 2023, 2024-Q1, 2024-S1, 2024-10, 2024-10-31, or a start day and a duration for spans (2024-01-01/P9M, 2018-01-01/P6Y).', 'Kỳ (SDMX)', { constraints: { required: true, pattern: TIME_PERIOD_PATTERN }, example: '2024-01-01/P9M' }),
  OBS_VALUE: f('number', 'Measure: the value as the text states it, in units of 10^UNIT_MULT of UNIT_MEASURE (315839 with UNIT_MULT 9 for "315.839 tỷ đồng").', 'Giá trị (SDMX)', { constraints: { required: true }, example: '315839' }),
  UNIT_MEASURE: f('string', 'Attribute: the unit as a code of codelists/CL_UNIT.csv (PT for %, VND, USD, VND_PER_PERSON, …).', 'Mã đơn vị', { constraints: { required: true, pattern: SDMX_ID_PATTERN } }),
  UNIT_MULT: f('integer', 'Attribute: the power of ten OBS_VALUE is in (codelists/CL_UNIT_MULT.csv).', 'Bậc lũy thừa của 10', { unit: 'power of ten', constraints: { required: true } }),
  DECIMALS: f('integer', 'Attribute: the number of decimal digits of OBS_VALUE.', 'Số chữ số thập phân', { constraints: { required: true, minimum: 0 } }),
  OBS_STATUS: f('string', 'Attribute: SDMX CL_OBS_STATUS: A reported, P preliminary (provisional), E estimate, F forecast or target (SOLIEU_STATUS tells which).', 'Trạng thái (SDMX)', { constraints: { required: true, enum: ['A', 'P', 'E', 'F'] } }),
  OBS_QUALIFIER: f('string', 'Attribute: how the text bounds the value (codelists/CL_QUALIFIER.csv): APPROX, OVER, UNDER, AT_LEAST, AT_MOST, RANGE; empty when exact.', 'Mức độ chính xác (SDMX)', { constraints: { enum: QUALIFIERS.map((q) => q.toUpperCase()) } }),
  VALUE_HIGH: f('number', 'Attribute: the upper end of a stated range, in the unit and multiplier of OBS_VALUE; else empty.', 'Cận trên (SDMX)'),
  BASE_PER: f('string', 'Attribute: the base period a growth rate is measured against, as a TIME_PERIOD; else empty.', 'Kỳ gốc (SDMX)'),
  SOURCE_TEXT: f('string', 'Attribute: the exact span of the report that states the figure.', 'Đoạn văn bản nguồn', { constraints: { required: true } }),
  SOLIEU_STATUS: f('string', "The contract's status word (estimate, preliminary, target, forecast; empty when reported), which OBS_STATUS F cannot tell apart for targets and forecasts.", 'Trạng thái (solieu)', { constraints: { enum: STATUSES } }),
  DOC_ID: f('string', 'The report (doc_id).', 'Mã báo cáo', { constraints: { required: true } }),
  DOC_VERSION: f('integer', 'The report version (doc_version).', 'Phiên bản báo cáo', { constraints: { required: true, minimum: 1 } }),
  SOURCE_PATH: f('string', "The report's file (source_path).", 'Tệp nguồn', { constraints: { required: true } }),
  SPAN_START: f('integer', 'Offset of the span in the document text (span_start).', 'Vị trí đầu', { unit: 'UTF-16 code units', constraints: { required: true, minimum: 0 } }),
  SPAN_END: f('integer', 'Offset just past the span (span_end).', 'Vị trí cuối', { unit: 'UTF-16 code units', constraints: { required: true, minimum: 0 } }),
  PUBLISHED: f('string', "The report's publication date (published).", 'Ngày công bố', { constraints: { pattern: PUBLISHED_PATTERN } }),

  // codelists/CL_*.csv
  id: f('string', 'The code, an SDMX identifier.', 'Mã', { constraints: { required: true, unique: true, pattern: SDMX_ID_PATTERN } }),
  name_vi: f('string', "The code's name in Vietnamese.", 'Tên tiếng Việt'),
  name_en: f('string', "The code's name in English, where known.", 'Tên tiếng Anh'),
  solieu_values: f('string', 'The values of observations.csv the code stands for, "|"-separated (two region names share a code when the unit was renamed or took over the code).', 'Giá trị tương ứng trong observations.csv'),
} as const satisfies Record<string, ExportField>;

/** A column the catalogue describes. */
export type ExportColumn = keyof typeof EXPORT_FIELDS;

/**
 * The catalogue entry of a column, or undefined when the catalogue lacks it.
 *
 * @example
 * exportField('unit_mult')?.labelVi // → 'Bậc lũy thừa của 10 (UNIT_MULT)'
 * exportField('nope')               // → undefined
 */
export function exportField(name: string): ExportField | undefined {
  return Object.hasOwn(EXPORT_FIELDS, name) ? (EXPORT_FIELDS as Record<string, ExportField>)[name] : undefined;
}
