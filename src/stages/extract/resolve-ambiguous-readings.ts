import type { Quantity } from '../../core/records.ts';
import { matchKey } from '../../core/match-key.ts';
import { scaledValue } from './parse-digit-number.ts';
import type { NumberReading } from '../../core/mentions.ts';

/** Amounts beyond these are not figures of a Vietnamese report (GDP is about 1.2e16 VND, 4.8e11 USD). */
const PLAUSIBLE_MAX: Readonly<Record<string, number>> = { VND: 5e16, USD: 5e12, EUR: 5e12, JPY: 1e15, CNY: 1e14 };
/** VND per USD over the years reports cover. */
const EXCHANGE_BAND = [14_000, 35_000] as const;
/** Words that state two amounts as the same ("5,245 tỷ USD tương đương 125.890 tỷ đồng"). */
const EQUIVALENT = /^\s*,?\s*(?:tương đương(?: với)?|tức|tức là|quy đổi(?: ra)?|hay|khoảng)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/**
 * Rereads the numbers whose separator was ambiguous ("5,245", "1.234") when
 * the document's convention gives an implausible figure: a count is whole
 * ("13,000 lượt" is thirteen thousand), an amount cannot exceed what any
 * Vietnamese report states, and two amounts stated as equivalent in USD and
 * VND must agree within the exchange rates of the period. The reading taken
 * and why is kept on the quantity, and a decimal reading's thousands
 * reading as its `alternative`.
 *
 * @example
 * resolveAmbiguousReadings('đạt 13,000 lượt khách', readings)[0].quantity.value // → 13000
 */
export function resolveAmbiguousReadings(sentence: string, readings: readonly NumberReading[]): NumberReading[] {
  const out = readings.map((r) => (r.quantity && isAmbiguous(r.quantity) ? byPlausibility(r) : r));
  const key = matchKey(sentence);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!a.quantity || !b.quantity) continue;
    if (!EQUIVALENT.test(key.slice(a.quantity.span.end, b.quantity.span.start))) continue;
    const pair = fitExchange(a, b);
    if (pair) [out[i], out[i + 1]] = pair;
  }
  return out.map(withAlternative);
}

/**
 * An ambiguous quantity read as a decimal ("1,250" as 1,25) with its
 * thousands reading (1.250), which validation may choose instead when the
 * decimal breaks its rules. Only this way: three decimals are rare in a
 * report and a group of three digits is the usual thousands, so a figure
 * read as thousands that breaks a rule ("trong đó … 23.100 tỷ đồng" above a
 * whole of 21.300) is a wrong figure, not a misread one.
 */
function withAlternative(r: NumberReading): NumberReading {
  const q = r.quantity;
  if (!q || q.reading === null || !/read as decimal/.test(q.reading)) return r;
  const alt = flipped(r)?.quantity;
  return alt ? { ...r, quantity: { ...q, alternative: { value: alt.value, valueHigh: alt.valueHigh, reading: alt.reading ?? '' } } } : r;
}

function isAmbiguous(q: Quantity): boolean {
  return q.reading !== null && /read as (?:thousands|decimal)/.test(q.reading);
}

/** The quantity under the other reading of its separator ("5,245": 5.245 or 5245). */
function flipped(r: NumberReading): NumberReading | null {
  const q = r.quantity!;
  const m = /^[+-]?(\d{1,3})[.,](\d{3})$/.exec(r.text);
  if (!m) return null;
  const wasThousands = /read as thousands/.test(q.reading ?? '');
  const alt = wasThousands ? { int: m[1]!, frac: m[2]! } : { int: m[1]! + m[2]!, frac: '' };
  const value = (q.value < 0 ? -1 : 1) * scaledValue(alt, q.unitMult);
  const valueHigh = q.valueHigh === null ? null : (q.valueHigh * value) / q.value;
  return { ...r, quantity: { ...q, value, valueHigh, reading: `'${r.text}' read as ${wasThousands ? 'decimal' : 'thousands'}` } };
}

function byPlausibility(r: NumberReading): NumberReading {
  const q = r.quantity!;
  const alt = flipped(r);
  if (!alt) return r;
  const altQ = alt.quantity!;
  // counted things (the unit table's kind "count") are whole numbers; a count per something need not be
  if (q.kind === 'count' && !q.unit.includes('/') && !Number.isInteger(q.value) && Number.isInteger(altQ.value)) {
    return note(alt, 'a count is a whole number');
  }
  const max = PLAUSIBLE_MAX[q.unit];
  if (max !== undefined && Math.abs(q.value) > max && Math.abs(altQ.value) <= max) {
    return note(alt, `${q.value} ${q.unit} is beyond any reported amount`);
  }
  return r;
}

/** Two amounts stated as equivalent: keep the readings that fit the exchange band. */
function fitExchange(a: NumberReading, b: NumberReading): [NumberReading, NumberReading] | null {
  const units = [a.quantity!.unit, b.quantity!.unit];
  if (!(units.includes('USD') && units.includes('VND'))) return null;
  const options = (r: NumberReading): NumberReading[] => {
    const alt = isAmbiguous(r.quantity!) ? flipped(r) : null;
    return alt ? [r, alt] : [r];
  };
  for (const x of options(a)) {
    for (const y of options(b)) {
      const usd = x.quantity!.unit === 'USD' ? x.quantity!.value : y.quantity!.value;
      const vnd = x.quantity!.unit === 'VND' ? x.quantity!.value : y.quantity!.value;
      const rate = vnd / usd;
      if (rate >= EXCHANGE_BAND[0] && rate <= EXCHANGE_BAND[1]) {
        return [x === a ? a : note(x, 'agrees with the amount stated as equivalent'), y === b ? b : note(y, 'agrees with the amount stated as equivalent')];
      }
    }
  }
  return null;
}

function note(r: NumberReading, why: string): NumberReading {
  const q = r.quantity!;
  const reading = `${q.reading}: ${why}`;
  return { ...r, reason: reading, quantity: { ...q, reading } };
}
