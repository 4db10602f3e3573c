import { createHash } from 'node:crypto';

/**
 * The day a version's figures became known, on the publication axis: its
 * publication date as a day (a month or a year stands for its first day:
 * "2024-03" → 2024-03-01, "2024" → 2024-01-01), else the day it was loaded.
 *
 * @example
 * vintageDate('2024-03', '2026-12-01T10:00:00.000Z') // → '2024-03-01'
 * vintageDate(null, '2026-12-01T10:00:00.000Z')      // → '2026-12-01'
 */
export function vintageDate(published: string | null, loadedAt: string): string {
  const m = published === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return loadedAt.slice(0, 10);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * The stable key of a figure: given where it first appeared (its report,
 * the version and its place in that version), kept by every later version
 * in which the figure is matched. The same inputs always give the same key.
 *
 * @example
 * obsKey('baocao/quang-ninh-2023.txt', 1, 17) // → 'a1a31018ec24-1-17'
 */
export function obsKey(docId: string, versionNo: number, seq: number): string {
  // a version's figures are keyed one after another: its report's hash is computed once
  if (lastKeyed?.docId !== docId) lastKeyed = { docId, hash: createHash('sha256').update(docId).digest('hex').slice(0, 12) };
  return `${lastKeyed.hash}-${versionNo}-${seq}`;
}

let lastKeyed: { readonly docId: string; readonly hash: string } | null = null;

/**
 * The later of two days: a version published before the one it follows
 * closes that one's vintage on the day it opened, never before.
 *
 * @example
 * laterDay('2024-05-01', '2024-04-30') // → '2024-05-01'
 */
export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}
