import { periodInterval } from '../core/period-interval.ts';

const DAY_MS = 86_400_000;

/**
 * A contract period as an SDMX TIME_PERIOD (SDMX 2.1 Technical Notes §4.2):
 * a year, half, quarter, month or day is kept as it is (2023, 2024-S1,
 * 2024-Q1, 2024-10, 2024-10-31); a span that covers exactly one of those
 * becomes it (2024-01/2024-03 → 2024-Q1); any other span becomes a time
 * range, start day and positive duration (§4.2.7: the start is a date, so
 * 2024-01/2024-09 → 2024-01-01/P9M, never 2024-01/P9M). Null when the text
 * is no period (or an impossible one).
 *
 * @example
 * sdmxTimePeriod('2024-01/2024-09')       // → '2024-01-01/P9M'
 * sdmxTimePeriod('2018/2023')             // → '2018-01-01/P6Y'
 * sdmxTimePeriod('2024-12-16/2024-12-31') // → '2024-12-16/P16D'
 * sdmxTimePeriod('2024-01/2024-06')       // → '2024-S1'
 * sdmxTimePeriod('2024-Q1')               // → '2024-Q1'
 * sdmxTimePeriod('????-Q1')               // → null
 */
export function sdmxTimePeriod(period: string): string | null {
  const interval = periodInterval(period);
  if (interval === null) return null;
  if (!period.includes('/')) return period;
  return standardPeriod(interval.first, interval.last + 1) ?? `${isoDay(interval.first)}/${duration(interval.first, interval.last + 1)}`;
}

/** The standard period covering exactly the days [first, end), or null. */
function standardPeriod(first: number, end: number): string | null {
  const d = new Date(first * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  if (end === first + 1) return isoDay(first);
  if (d.getUTCDate() !== 1) return null;
  if (m === 1 && end === addMonths(first, 12)) return String(y);
  if ((m - 1) % 6 === 0 && end === addMonths(first, 6)) return `${y}-S${(m - 1) / 6 + 1}`;
  if ((m - 1) % 3 === 0 && end === addMonths(first, 3)) return `${y}-Q${(m - 1) / 3 + 1}`;
  if (end === addMonths(first, 1)) return `${y}-${String(m).padStart(2, '0')}`;
  return null;
}

/** The ISO 8601 duration from day `first` to day `end` (not included): whole months when it starts on a month's first day, then days. */
function duration(first: number, end: number): string {
  let months = 0;
  if (new Date(first * DAY_MS).getUTCDate() === 1) {
    while (addMonths(first, months + 1) <= end) months++;
  }
  const days = end - addMonths(first, months);
  const years = Math.floor(months / 12);
  const parts = [[years, 'Y'], [months % 12, 'M'], [days, 'D']] as const;
  return `P${parts.filter(([n]) => n > 0).map(([n, u]) => `${n}${u}`).join('')}`;
}

/** The day `months` months after day `first` (a first of the month stays a first). */
function addMonths(first: number, months: number): number {
  const d = new Date(first * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
