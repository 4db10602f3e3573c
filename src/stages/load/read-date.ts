/** A date read from what a user or a manifest wrote, or why it cannot be read. */
export type DateReading = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string };

/** The formats {@link readDate} accepts, as the README states them. */
export const DATE_FORMATS = 'YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY, MM/YYYY, "ngày D tháng M năm YYYY"';

/**
 * Reads a publication date as Vietnamese and ISO writers give it, checked
 * against the calendar: ISO `2024-03-05`, `2024-03`, `2024`; day first as
 * Vietnamese write it, `5/3/2024`, `05-03-2024`, `05.03.2024`; a month
 * `3/2024`; and "ngày 5 tháng 3 năm 2024". Day-first is never read as
 * month-first: `03/05/2024` is 3 May. A year alone before other words
 * ("2024 (after Q1)") gives the year; an ISO interval ("2017-05/06",
 * "2020-12/2021-01") gives its start, the earliest the report can be. The result is ISO, as precise as the
 * text.
 *
 * @example
 * readDate('5/3/2024')   // → { ok: true, date: '2024-03-05' }
 * readDate('2024-13-45') // → { ok: false, message: 'month 13 does not exist' }
 */
export function readDate(raw: string): DateReading {
  const s = raw.normalize('NFC').trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?=$|\s|\(|\/)/.exec(s);
  if (m) return calendar(m[1]!, m[2], m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return calendar(m[3]!, m[2], m[1]);
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return calendar(m[2]!, m[1], undefined);
  m = /^(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(s);
  if (m) return calendar(m[3]!, m[2], m[1]);
  return { ok: false, message: `expected a date as ${DATE_FORMATS}, got "${raw}"` };
}

function calendar(year: string, month: string | undefined, day: string | undefined): DateReading {
  const y = Number(year);
  if (y < 1900 || y > 2200) return { ok: false, message: `year ${y} is outside 1900-2200` };
  if (month === undefined) return { ok: true, date: year };
  const mo = Number(month);
  if (mo < 1 || mo > 12) return { ok: false, message: `month ${mo} does not exist` };
  const mm = String(mo).padStart(2, '0');
  if (day === undefined) return { ok: true, date: `${year}-${mm}` };
  const d = Number(day);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return { ok: false, message: `${year}-${mm} has no day ${d} (it has ${days})` };
  return { ok: true, date: `${year}-${mm}-${String(d).padStart(2, '0')}` };
}
