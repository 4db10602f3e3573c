import { createHash } from 'node:crypto';
import type { Qualifier, Status } from '../core/records.ts';

/**
 * The codes the SDMX export gives solieu's values. SDMX identifiers
 * (IDType) allow only letters, digits, `_`, `@`, `$` and `-`: "." is the
 * series-key separator, so `gdp.growth` becomes `GDP_GROWTH`.
 */

/** The code of a dimension value the text does not give (SDMX's `_U`, unknown). */
export const SDMX_UNKNOWN = '_U';

/**
 * An SDMX identifier for any text: ASCII letters (tone marks dropped, đ as
 * d), upper case, every other run of characters as one `_`. Empty when the
 * text has no letter or digit.
 *
 * @example
 * sdmxId('gdp.per_capita')      // → 'GDP_PER_CAPITA'
 * sdmxId('Đồng bằng sông Hồng') // → 'DONG_BANG_SONG_HONG'
 */
export function sdmxId(text: string): string {
  const ascii = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return ascii.toUpperCase().replace(/[^A-Z0-9@$-]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * The INDICATOR code of a taxonomy code; `_U` for an unclassified figure.
 *
 * @example
 * indicatorId('gdp.growth') // → 'GDP_GROWTH'
 * indicatorId(null)         // → '_U'
 */
export function indicatorId(indicator: string | null): string {
  return indicator === null ? SDMX_UNKNOWN : orHashed(sdmxId(indicator), indicator);
}

/**
 * The UNIT_MEASURE code of a unit: `PT` for percent (the SDMX habit), a
 * rate's "/" as `_PER_`, the rest upper-cased.
 *
 * @example
 * unitId('%')          // → 'PT'
 * unitId('VND/person') // → 'VND_PER_PERSON'
 * unitId('kWh')        // → 'KWH'
 */
export function unitId(unit: string): string {
  if (unit === '%') return 'PT';
  return orHashed(sdmxId(unit.replace(/\//g, ' per ')), unit);
}

/**
 * The CL_OBS_STATUS code of a contract status. SDMX's list
 * (SDMX:CL_OBS_STATUS 2.0/2.2: A B D E F G H I J L M N O P Q S U V) has no
 * code for a plan target; F "forecast value" is the one for a value stated
 * before the period is observed, so targets take F and SOLIEU_STATUS keeps
 * the contract's word.
 *
 * @example
 * obsStatusOf(null)     // → 'A'
 * obsStatusOf('target') // → 'F'
 */
export function obsStatusOf(status: Status | string | null): 'A' | 'P' | 'E' | 'F' {
  switch (status) {
    case 'preliminary':
      return 'P';
    case 'estimate':
      return 'E';
    case 'forecast':
    case 'target':
      return 'F';
    default:
      return 'A';
  }
}

/** The names of the CL_OBS_STATUS codes the export uses, and the contract statuses each stands for. */
export const OBS_STATUS_CODES = {
  A: { nameEn: 'Normal value', nameVi: 'Số liệu chính thức (báo cáo)', solieu: 'reported' },
  P: { nameEn: 'Provisional value', nameVi: 'Số liệu sơ bộ', solieu: 'preliminary' },
  E: { nameEn: 'Estimated value', nameVi: 'Số liệu ước tính', solieu: 'estimate' },
  F: { nameEn: 'Forecast value', nameVi: 'Số liệu dự báo, kế hoạch hoặc mục tiêu', solieu: 'forecast|target' },
} as const;

/**
 * The OBS_QUALIFIER code of a qualifier: the contract's word upper-cased.
 *
 * @example
 * qualifierId('at_least') // → 'AT_LEAST'
 */
export function qualifierId(qualifier: Qualifier | string): string {
  return sdmxId(qualifier);
}

/** The names of the qualifier codes. */
export const QUALIFIER_NAMES: Readonly<Record<string, { readonly nameEn: string; readonly nameVi: string }>> = {
  APPROX: { nameEn: 'Approximately', nameVi: 'Khoảng, gần' },
  OVER: { nameEn: 'More than', nameVi: 'Hơn, trên' },
  UNDER: { nameEn: 'Less than', nameVi: 'Dưới, chưa đến' },
  AT_LEAST: { nameEn: 'At least', nameVi: 'Ít nhất, tối thiểu' },
  AT_MOST: { nameEn: 'At most', nameVi: 'Tối đa, không quá' },
  RANGE: { nameEn: 'Range (OBS_VALUE to VALUE_HIGH)', nameVi: 'Khoảng giá trị (từ … đến)' },
};

/** The names of the CL_UNIT_MULT codes (SDMX CL_UNIT_MULT names; the Vietnamese number words). */
export const UNIT_MULT_NAMES: Readonly<Record<string, { readonly nameEn: string; readonly nameVi: string }>> = {
  '0': { nameEn: 'Units', nameVi: 'Đơn vị' },
  '3': { nameEn: 'Thousands', nameVi: 'Nghìn' },
  '6': { nameEn: 'Millions', nameVi: 'Triệu' },
  '9': { nameEn: 'Billions', nameVi: 'Tỷ' },
  '12': { nameEn: 'Trillions', nameVi: 'Nghìn tỷ' },
  '15': { nameEn: 'Quadrillions', nameVi: 'Triệu tỷ' },
};

/** An identifier, or for text with no letter or digit a stable one made from its hash. */
function orHashed(id: string, text: string): string {
  return id !== '' ? id : `X_${createHash('sha256').update(text).digest('hex').slice(0, 8).toUpperCase()}`;
}
