/** A period as the days it covers: `[first, last]` as days since 1970-01-01, both inclusive. */
export interface DayInterval {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

/**
 * The days an SDMX-style period covers: a year, half (`S1`), quarter, month,
 * day, or a span `A/B` of any two of them (from the first day of A to the
 * last day of B). Null when the text is not such a period or names an
 * impossible date ("2024-02-30", "2024-Q5").
 *
 * @example
 * periodInterval('2024-01/2024-02') // → { first: 19723, last: 19782 }
 * periodInterval('2024-01-01/2024-02-29') // → { first: 19723, last: 19782 }
 */
export function periodInterval(period: string): DayInterval | null {
  const parts = period.split('/');
  if (parts.length > 2) return null;
  const a = pointInterval(parts[0]!);
  const b = parts.length === 2 ? pointInterval(parts[1]!) : a;
  if (a === null || b === null || b.last < a.first) return null;
  return { first: a.first, last: b.last };
}

/**
 * Whether two periods cover the same days ("2024-S1" and "2024-01/2024-06"
 * are the same period written two ways). Periods that cannot be read are
 * compared as text.
 *
 * @example
 * samePeriod('2024', '2024-01-01/2024-12-31') // → true
 */
export function samePeriod(a: string, b: string): boolean {
  if (a === b) return true;
  const x = periodInterval(a);
  const y = periodInterval(b);
  return x !== null && y !== null && x.first === y.first && x.last === y.last;
}

function pointInterval(p: string): DayInterval | null {
  const m = /^(\d{4})(?:-(?:Q([1-4])|S([12])|(\d{2})(?:-(\d{2}))?))?$/.exec(p);
  if (!m) return null;
  const y = +m[1]!;
  if (m[2]) return months(y, (+m[2] - 1) * 3 + 1, 3);
  if (m[3]) return months(y, (+m[3] - 1) * 6 + 1, 6);
  if (m[4]) {
    const month = +m[4];
    if (month < 1 || month > 12) return null;
    if (!m[5]) return months(y, month, 1);
    const d = +m[5];
    const day = Date.UTC(y, month - 1, d);
    if (d < 1 || new Date(day).getUTCMonth() !== month - 1) return null;
    return { first: day / DAY_MS, last: day / DAY_MS };
  }
  return months(y, 1, 12);
}

function months(y: number, first: number, count: number): DayInterval {
  return { first: Date.UTC(y, first - 1, 1) / DAY_MS, last: Date.UTC(y, first - 1 + count, 1) / DAY_MS - 1 };
}
