import type { Warehouse } from './database.ts';
import type { ExportedObservation } from './current-observations.ts';
import type { BestObservationView, ObservationHistoryView } from './tables/views.ts';

/**
 * The observations as they were known on a day (publication axis): of each
 * report, the version published by then and not yet replaced, closed-open
 * (ALFRED's "as of": a version published on the day counts, one replaced on
 * the day does not). In report and text order.
 *
 * @example
 * for await (const row of observationsAsOf(db, '2024-03-01')) console.log(row.text, row.value);
 */
export async function* observationsAsOf(db: Warehouse, day: string): AsyncIterable<ExportedObservation> {
  const query = db
    .selectFrom('observation_history')
    .select([
      'source_path', 'doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'period', 'region', 'indicator', 'value_high', 'qualifier',
      'status', 'sentence', 'base_period', 'span_start', 'span_end', 'published', 'obs_key', 'value_exact', 'value_high_exact',
    ])
    .where('vintage_from', '<=', day)
    .where((eb) => eb.or([eb('vintage_to', 'is', null), eb('vintage_to', '>', day)]))
    .orderBy('doc_id')
    .orderBy('doc_version')
    .orderBy('seq');
  for await (const row of query.stream(500)) yield { ...row, source_path: row.source_path ?? row.doc_id };
}

/**
 * Every vintage of every figure, by figure key and version.
 *
 * @example
 * for await (const row of observationHistory(db)) console.log(row.obs_key, row.value, row.vintage_from, row.vintage_to);
 */
export async function* observationHistory(db: Warehouse): AsyncIterable<ObservationHistoryView> {
  yield* db.selectFrom('observation_history').selectAll().orderBy('doc_id').orderBy('doc_version').orderBy('seq').stream(500);
}

/**
 * One figure per indicator, region, period and unit among the current ones
 * (the `best_observations` view): reported over preliminary over estimate
 * over forecast over target, then the latest published.
 *
 * @example
 * for await (const row of bestObservations(db)) console.log(row.indicator, row.value, row.candidates);
 */
export async function* bestObservations(db: Warehouse): AsyncIterable<BestObservationView> {
  // a figure with no region first, as SQLite orders nulls; PostgreSQL would put them last unless told
  yield* db.selectFrom('best_observations').selectAll().orderBy('indicator').orderBy('region', (o) => o.asc().nullsFirst()).orderBy('period').orderBy('unit').stream(500);
}

/** One current figure of a series that reports state differently, and whether the best view picked it. */
export interface ConflictRow {
  indicator: string;
  region: string | null;
  period: string;
  unit: string;
  value: number;
  status: string | null;
  published: string | null;
  doc_id: string;
  source_path: string;
  text: string;
  obs_key: string | null;
  best: boolean;
}

/**
 * The series (indicator, region, period, unit) that two or more reports
 * state with different values, each report's figures, and the one the
 * best view picks.
 *
 * @example
 * (await conflicts(db))[0] // → { indicator: 'gdp.growth', region: 'Việt Nam', period: '2023', value: 5.05, best: true, … }
 */
export async function conflicts(db: Warehouse): Promise<ConflictRow[]> {
  const rows = await db
    .selectFrom('current_observations')
    .select(['obs_id', 'indicator', 'region', 'period', 'unit', 'value', 'status', 'published', 'doc_id', 'source_path', 'text', 'obs_key'])
    .where('indicator', 'is not', null)
    .where('period', 'is not', null)
    .orderBy('indicator').orderBy('region', (o) => o.asc().nullsFirst()).orderBy('period').orderBy('unit').orderBy('doc_id').orderBy('seq')
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = JSON.stringify([r.indicator, r.region, r.period, r.unit]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const disputed = [...groups.values()].filter((g) => new Set(g.map((r) => r.doc_id)).size >= 2 && new Set(g.map((r) => r.value)).size >= 2);
  if (disputed.length === 0) return [];
  const best = new Set((await db.selectFrom('best_observations').select('obs_id').execute()).map((r) => r.obs_id));
  return disputed.flat().map(({ obs_id, ...r }) => ({ ...r, indicator: r.indicator!, period: r.period!, best: best.has(obs_id) }));
}
