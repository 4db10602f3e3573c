import type { Observation } from '../core/records.ts';

/** An observation with the contract's column names, as printed by `solieu extract`. */
export interface ContractRecord {
  source_path: string;
  doc_id: string;
  doc_version: number | null;
  text: string;
  value: number;
  unit: string;
  unit_mult: number;
  period: string | null;
  region: string | null;
  indicator: string | null;
  value_high: number | null;
  qualifier: string | null;
  status: string | null;
  sentence: string;
  base_period: string | null;
  span_start: number;
  span_end: number;
  /** `value` as decimal text, only when a double cannot hold it exactly. */
  value_exact?: string;
  value_high_exact?: string;
}

/**
 * An observation under the contract's column names.
 *
 * @example
 * toContractRecord(observation, null).unit_mult // → 9
 */
export function toContractRecord(o: Observation, docVersion: number | null): ContractRecord {
  return {
    source_path: o.sourcePath,
    doc_id: o.docId,
    doc_version: docVersion,
    text: o.text,
    value: o.value,
    unit: o.unit,
    unit_mult: o.unitMult,
    period: o.period,
    region: o.region,
    indicator: o.indicator,
    value_high: o.valueHigh,
    qualifier: o.qualifier,
    status: o.status,
    sentence: o.sentence,
    base_period: o.basePeriod,
    span_start: o.span.start,
    span_end: o.span.end,
    ...(o.valueExact === undefined ? {} : { value_exact: o.valueExact }),
    ...(o.valueHighExact === undefined ? {} : { value_high_exact: o.valueHighExact }),
  };
}
