import { describe, expect, it } from 'vitest';
import type { GoldDocument, GoldObservation } from '../../src/eval/gold.ts';
import type { Prediction } from '../../src/eval/read-predictions.ts';
import { scoreDocument, totalScore } from '../../src/eval/score.ts';

const g = (o: Partial<GoldObservation> & Pick<GoldObservation, 'value' | 'unit'>): GoldObservation => ({
  text: '', period: null, region: 'Quảng Ninh', indicator: null, qualifier: null, status: null, valueHigh: null, core: true, ...o,
});
const p = (o: Partial<Prediction> & Pick<Prediction, 'value' | 'unit'>): Prediction => ({
  sourcePath: 'a.txt', text: '', period: null, region: 'Quảng Ninh', indicator: null, qualifier: null, status: null, ...o,
});
const doc = (observations: GoldObservation[]): GoldDocument => ({ sourcePath: 'a.txt', file: 'a.json', published: null, observations });

describe('scoreDocument', () => {
  const gold = doc([
    g({ value: 11, unit: '%', period: '2023', indicator: 'gdp.growth', qualifier: 'over' }),
    g({ value: 315839e9, unit: 'VND', period: '2023', indicator: 'gdp', status: 'estimate' }),
    g({ value: 2, unit: 'times', core: false }),
    g({ value: 4, unit: 'count', core: false }),
  ]);

  it('matches on value within 1e-6 and unit, and sets aside predictions of non-core rows', () => {
    const s = scoreDocument(gold, [
      p({ value: 11.000000001, unit: '%', period: '2023', indicator: 'gdp.growth', qualifier: 'over' }),
      p({ value: 315839e9, unit: 'VND', period: '2022', indicator: 'gdp', status: 'estimate' }),
      p({ value: 2, unit: 'times' }),
      p({ value: 4, unit: 'enterprise' }),
      p({ value: 9500, unit: 'USD' }),
    ]);
    expect([s.l1.matched, s.l1.predicted, s.l1.gold]).toEqual([2, 3, 2]);
    expect([s.l2.matched, s.l3.matched, s.l3.predicted, s.l3.gold]).toEqual([1, 1, 2, 2]);
    expect(s.falsePositives.map((x) => x.value)).toEqual([9500]);
    expect(s.attributeErrors.map((e) => e.attribute)).toEqual(['period']);
  });

  it('compares periods as the days they cover', () => {
    const gold2 = doc([
      g({ value: 1, unit: '%', period: '2024-01-01/2024-02-29' }),
      g({ value: 2, unit: '%', period: '2024-S1' }),
      g({ value: 3, unit: '%', period: '2023' }),
    ]);
    const s = scoreDocument(gold2, [
      p({ value: 1, unit: '%', period: '2024-01/2024-02' }),
      p({ value: 2, unit: '%', period: '2024-01/2024-06' }),
      p({ value: 3, unit: '%', period: '2023-01/2023-11' }),
    ]);
    expect(s.l2.matched).toBe(2);
    expect(s.attributeErrors.map((e) => [e.attribute, e.gold.value])).toEqual([['period', 3]]);
  });

  it('scores units of counted things as one class and other units strictly', () => {
    const s = scoreDocument(doc([g({ value: 1800, unit: 'enterprise' }), g({ value: 45, unit: '%' })]), [p({ value: 1800, unit: 'count' }), p({ value: 45, unit: 'pp' })]);
    expect(s.l1.matched).toBe(1);
    expect(s.misses.map((m) => m.value)).toEqual([45]);
  });

  it('lets a gold period of null match any period', () => {
    const s = scoreDocument(doc([g({ value: 25, unit: '%', period: null })]), [p({ value: 25, unit: '%', period: '2024' })]);
    expect(s.l2.f1).toBe(1);
  });

  it('matches one to one: a repeated figure needs a prediction each time', () => {
    const s = scoreDocument(doc([g({ value: 100, unit: '%' }), g({ value: 100, unit: '%' }), g({ value: 100, unit: '%' })]), [p({ value: 100, unit: '%' }), p({ value: 100, unit: '%' })]);
    expect([s.l1.matched, s.l1.recall]).toEqual([2, 2 / 3]);
  });

  it('never sets aside a prediction that a core row needs', () => {
    const s = scoreDocument(doc([g({ value: 2, unit: 'times' }), g({ value: 2, unit: 'times', core: false })]), [p({ value: 2, unit: 'times' })]);
    expect(s.l1.matched).toBe(1);
  });

  it('pairs repeated values with the predictions that agree with them', () => {
    const gold3 = doc([
      g({ value: 100, unit: '%', indicator: 'digital.public_services_online_share' }),
      g({ value: 100, unit: '%', indicator: 'digital.broadband_commune_coverage' }),
      g({ value: 100, unit: '%' }),
    ]);
    const s = scoreDocument(gold3, [
      p({ value: 100, unit: '%', indicator: 'digital.public_services_online_share' }),
      p({ value: 100, unit: '%', period: '2022', indicator: 'digital.broadband_commune_coverage' }),
      p({ value: 100, unit: '%', period: '2022' }),
    ]);
    expect(s.attributeErrors).toEqual([]);
    expect(s.l3.f1).toBe(1);
  });

  it('sums documents micro-averaged', () => {
    const a = scoreDocument(gold, [p({ value: 11, unit: '%', period: '2023' })]);
    const b = scoreDocument(doc([g({ value: 1, unit: '%' })]), []);
    expect(totalScore([a, b]).l1).toMatchObject({ matched: 1, predicted: 1, gold: 3 });
  });
});
