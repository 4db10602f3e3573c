import path from 'node:path';
import type { Observation } from '../../../core/records.ts';
import type { CheckHit } from '../../../core/validation.ts';
import { BUILTIN_TAXONOMY_DIR } from '../../../taxonomy/load-taxonomy.ts';
import { readCsvTable } from '../../../taxonomy/read-csv-table.ts';
import type { Check } from '../check.ts';
import { figureObservations, involvesRuleIndicator } from './figure-observations.ts';
import { formatNumber } from './format-number.ts';
import { roundingSlack } from './stated-precision.ts';
// the currencies an amount may be restated in: only these are compared, in one currency even without a rate band
import { CURRENCIES } from '../../../core/currencies.ts';

/** The đồng a unit of a currency was worth in a year, at the least and at the most. */
export interface RateBand {
  readonly low: number;
  readonly high: number;
}

/** Rate bands by currency (`USD`, `EUR`), then by year. */
export type RateBands = ReadonlyMap<string, ReadonlyMap<number, RateBand>>;

/** Relative slack when the rule gives no `tolerance`: two amounts in one currency stated as equivalent must be equal within it, and a rate band is widened by it. */
const DEFAULT_TOLERANCE = 0.01;


/** The scale words of a power of ten, for messages. */
const SCALE_WORDS: Readonly<Record<number, string>> = { 0: '', 3: 'nghìn ', 6: 'triệu ', 9: 'tỷ ', 12: 'nghìn tỷ ', 15: 'triệu tỷ ' };

/**
 * Reads a table of exchange-rate bands (`currency,year,vnd_low,vnd_high,source`):
 * đồng per unit of each currency, per year. A row that cannot be read is an
 * error naming the file and line, as for any taxonomy table.
 *
 * @example
 * readRateBands('src/taxonomy/data/exchange-rates.csv').get('USD')?.get(2023) // → { low: 21880, high: 25690 }
 */
export function readRateBands(file: string): RateBands {
  const out = new Map<string, Map<number, RateBand>>();
  readCsvTable(file).forEach((row, i) => {
    const currency = (row['currency'] ?? '').trim().toUpperCase();
    const year = Number(row['year']);
    const low = Number(row['vnd_low']);
    const high = Number(row['vnd_high']);
    if (!/^[A-Z]{3}$/.test(currency) || !Number.isInteger(year) || !(low > 0) || !(high >= low)) {
      throw new Error(`${file} row ${i + 1}: expected a currency code, a year and 0 < vnd_low <= vnd_high, got ${JSON.stringify(row)}`);
    }
    let years = out.get(currency);
    if (!years) out.set(currency, (years = new Map()));
    years.set(year, { low, high });
  });
  return out;
}

/**
 * The band of a currency for a period: đồng is 1; the period's year (its
 * first four digits), or the nearest year of the table; without a period,
 * the widest band over all years. Null for a currency the table lacks.
 *
 * @example
 * rateBand(bands, 'USD', '2023-Q2') // → { band: { low: 21880, high: 25690 }, year: 2023 }
 */
export function rateBand(bands: RateBands, currency: string, period: string | null): { band: RateBand; year: number | null } | null {
  if (currency === 'VND') return { band: { low: 1, high: 1 }, year: null };
  const years = bands.get(currency);
  if (!years || years.size === 0) return null;
  const wanted = period === null ? NaN : Number(period.slice(0, 4));
  if (Number.isNaN(wanted)) {
    const all = [...years.values()];
    return { band: { low: Math.min(...all.map((b) => b.low)), high: Math.max(...all.map((b) => b.high)) }, year: null };
  }
  let nearest = wanted;
  let best = Infinity;
  for (const y of years.keys()) {
    if (Math.abs(y - wanted) < best || (Math.abs(y - wanted) === best && y > nearest)) [nearest, best] = [y, Math.abs(y - wanted)];
  }
  return { band: years.get(nearest)!, year: nearest };
}

/**
 * `equivalent_amounts` over a given table of rate bands: two amounts of
 * money stated as equivalent ("5,245 tỷ USD, tương đương 125.890 tỷ
 * đồng", "12.000 tỷ đồng (khoảng 500 triệu USD)": the structure stage's
 * `equivalentOf`) agree. In two currencies, the rate they imply lies in the
 * band of the period (see {@link rateBand}), widened by `tolerance`
 * (relative, default 0.01) and by the rounding of the amounts as written;
 * in one currency, they are equal within `tolerance`. The đồng amount is
 * flagged (of two foreign ones, the second), with the other in `others`.
 *
 * Limits: only currencies of the table (and đồng); an amount restated as a
 * percentage or a count ("tăng 16%, tương đương 5 tỷ USD") is no amount of
 * money and is skipped; the period is the flagged figure's, else the
 * other's.
 *
 * @example
 * equivalentAmountsWith(bands)({ work: extractFromText('Năm 2023 xuất khẩu đạt 5 tỷ USD, tương đương 50.000 tỷ đồng.', …).work, … }, rule)[0].message
 * // → 'expected 5 tỷ USD to be 108.317–129.735 tỷ đồng (21.880–25.690 đồng/USD in 2023, widened by 1%), got 50.000 tỷ đồng (10.000 đồng/USD)'
 */
export function equivalentAmountsWith(bands: RateBands): Check {
  return ({ work }, rule) => {
    const tolerance = rule.params['tolerance'] ?? DEFAULT_TOLERANCE;
    const observationOf = figureObservations(work);
    const hits: CheckHit[] = [];
    work.models.forEach((model, mi) => {
      for (const f of model.figures) {
        if (f.equivalentOf === null) continue;
        const bi = observationOf[mi]![f.index];
        const ai = observationOf[mi]![f.equivalentOf];
        if (ai == null || bi == null || !involvesRuleIndicator(work, rule, [ai, bi])) continue;
        const a = work.observations[ai]!;
        const b = work.observations[bi]!;
        if (a.value === 0 || b.value === 0 || !isMoney(bands, a.unit) || !isMoney(bands, b.unit)) continue;
        // the đồng amount is the one flagged; of two foreign ones, the restatement
        const [flagged, other, fi, oi] = a.unit === 'VND' && b.unit !== 'VND' ? [a, b, ai, bi] : [b, a, bi, ai];
        const message = flagged.unit === other.unit ? sameCurrency(flagged, other, tolerance) : otherCurrency(bands, flagged, other, tolerance);
        if (message !== null) hits.push({ observation: fi, others: [oi], message });
      }
    });
    return hits;
  };
}

/** Why two amounts in one currency cannot be the same amount, or null when they can. */
function sameCurrency(flagged: Observation, other: Observation, tolerance: number): string | null {
  const slack = tolerance * Math.max(Math.abs(flagged.value), Math.abs(other.value)) + roundingSlack(flagged) + roundingSlack(other);
  if (Math.abs(Math.abs(flagged.value) - Math.abs(other.value)) <= slack) return null;
  return `expected the equivalent of ${other.text} to be equal to it within ${formatNumber(tolerance * 100)}%, got ${flagged.text}`;
}

/** Why two amounts in two currencies cannot be the same amount at the period's rates, or null when they can (or the table lacks a currency). */
function otherCurrency(bands: RateBands, flagged: Observation, other: Observation, tolerance: number): string | null {
  const period = flagged.period ?? other.period;
  const f = rateBand(bands, flagged.unit, period);
  const o = rateBand(bands, other.unit, period);
  if (!f || !o) return null;
  // flagged·rate(flagged) = other·rate(other): the flagged amount lies between these, in its own currency
  const low = (Math.abs(other.value) * o.band.low) / f.band.high / (1 + tolerance);
  const high = (Math.abs(other.value) * o.band.high) / f.band.low * (1 + tolerance);
  const got = Math.abs(flagged.value);
  const slack = roundingSlack(flagged) + (roundingSlack(other) * got) / Math.abs(other.value);
  if (got + slack >= low && got - slack <= high) return null;
  const year = (f.year ?? o.year) === null ? 'in any year of the table' : `in ${f.year ?? o.year}`;
  // the rate as the text implies it: đồng per unit of the other currency, else units of the flagged one per unit of the other
  const home = flagged.unit === 'VND';
  const band = home ? o.band : { low: o.band.low / f.band.high, high: o.band.high / f.band.low };
  const rateUnit = home ? `đồng/${other.unit}` : `${flagged.unit} per ${other.unit}`;
  const implied = got / Math.abs(other.value);
  const scale = 10 ** flagged.unitMult;
  const words = `${SCALE_WORDS[flagged.unitMult] ?? `×10^${flagged.unitMult} `}${flagged.unit === 'VND' ? 'đồng' : flagged.unit}`;
  return `expected ${other.text} to be ${formatNumber(low / scale)}–${formatNumber(high / scale)} ${words} (${formatNumber(band.low)}–${formatNumber(band.high)} ${rateUnit} ${year}, widened by ${formatNumber(tolerance * 100)}%), got ${flagged.text} (${formatNumber(implied)} ${rateUnit})`;
}

/** Whether a unit is a currency (of the table or a known code). */
function isMoney(bands: RateBands, unit: string): boolean {
  return CURRENCIES.has(unit) || bands.has(unit);
}

let builtin: RateBands | null = null;

/**
 * `equivalent_amounts`: {@link equivalentAmountsWith} over the built-in
 * table `src/taxonomy/data/exchange-rates.csv` (USD and EUR, 2000–2026),
 * read once, on first use.
 *
 * @example
 * equivalentAmounts({ work, … }, { check: 'equivalent_amounts', params: {}, … }) // → [] when every "tương đương" agrees
 */
export const equivalentAmounts: Check = (input, rule) => {
  builtin ??= readRateBands(path.join(BUILTIN_TAXONOMY_DIR, 'exchange-rates.csv'));
  return equivalentAmountsWith(builtin)(input, rule);
};
