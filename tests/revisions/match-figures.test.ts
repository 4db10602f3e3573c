import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/pipeline/extract-text.ts';
import { matchFigures, type FigureFacts } from '../../src/revisions/match-figures.ts';
import pipeline from '../../pipelines/reports.ts';
import { ctx } from '../helpers/taxonomy.ts';

/** The figures solieu reads in a text, as the matcher sees them. */
function figures(text: string): FigureFacts[] {
  return extractFromText(text, pipeline.stages, ctx, { name: 'r.txt', published: '2024-10-06' }).accepted.map((o) => ({ ...o, start: o.span.start }));
}

/** Each figure of the new version: its text, its change and the text of the figure it was matched to. */
function changes(before: string, after: string) {
  const prev = figures(before);
  const next = figures(after);
  const { matches, retracted } = matchFigures(prev, next);
  return {
    next: next.map((f, j) => [f.text, matches[j]!.change, matches[j]!.previous === null ? null : prev[matches[j]!.previous!]!.text]),
    retracted: retracted.map((i) => prev[i]!.text),
  };
}

const REPORT = [
  'Tổng sản phẩm trên địa bàn năm 2023 tăng 7,2%, cao hơn mức 6,5% của năm 2022.',
  'Kim ngạch xuất khẩu đạt 5,6 tỷ USD, tăng 12%.',
  'Thu ngân sách nhà nước đạt 9.800 tỷ đồng.',
].join('\n');

describe('matchFigures', () => {
  it('finds every figure of an unchanged report the same', () => {
    expect(changes(REPORT, REPORT)).toEqual({
      next: [['7,2%', 'same', '7,2%'], ['6,5%', 'same', '6,5%'], ['5,6 tỷ USD', 'same', '5,6 tỷ USD'], ['12%', 'same', '12%'], ['9.800 tỷ đồng', 'same', '9.800 tỷ đồng']],
      retracted: [],
    });
  });

  it('tells a revised value from the unchanged figures of its sentence', () => {
    const after = REPORT.replace('tăng 7,2%', 'tăng 7,4%');
    expect(changes(REPORT, after).next.slice(0, 2)).toEqual([['7,4%', 'revised', '7,2%'], ['6,5%', 'same', '6,5%']]);
    expect(changes(REPORT, after).retracted).toEqual([]);
  });

  it('retracts the figures of a deleted sentence and keeps the rest', () => {
    const after = REPORT.split('\n').filter((l) => !l.startsWith('Kim ngạch')).join('\n');
    expect(changes(REPORT, after)).toEqual({
      next: [['7,2%', 'same', '7,2%'], ['6,5%', 'same', '6,5%'], ['9.800 tỷ đồng', 'same', '9.800 tỷ đồng']],
      retracted: ['5,6 tỷ USD', '12%'],
    });
  });

  it('reads the figures of an added sentence as new', () => {
    const after = `Năm 2023, toàn tỉnh có 1.250 doanh nghiệp thành lập mới.\n${REPORT}`;
    const c = changes(REPORT, after);
    expect(c.next[0]).toEqual(['1.250 doanh nghiệp', 'new', null]);
    expect(c.next.slice(1).every(([, change]) => change === 'same')).toBe(true);
    expect(c.retracted).toEqual([]);
  });

  it('follows a figure whose sentence was reworded around it', () => {
    const after = REPORT.replace('Thu ngân sách nhà nước đạt 9.800 tỷ đồng.', 'Tổng thu ngân sách nhà nước trên địa bàn đạt 9.900 tỷ đồng.');
    expect(changes(REPORT, after).next.at(-1)).toEqual(['9.900 tỷ đồng', 'revised', '9.800 tỷ đồng']);
  });

  it('keeps the figures of a sentence when an amount in another unit is put before them', () => {
    const before = 'Năm 2023, kim ngạch xuất khẩu tăng 15,4%; nhập khẩu tăng 17,3%.';
    const after = 'Năm 2023, kim ngạch xuất nhập khẩu đạt 299,63 tỷ USD, xuất khẩu tăng 15,4%; nhập khẩu tăng 17,3%.';
    const c = changes(before, after);
    expect(c.next).toEqual([['299,63 tỷ USD', 'new', null], ['15,4%', 'same', '15,4%'], ['17,3%', 'same', '17,3%']]);
    expect(c.retracted).toEqual([]);
  });

  it('reads the same value under another period as reclassified', () => {
    const after = REPORT.replace('năm 2023 tăng 7,2%', 'năm 2024 tăng 7,2%');
    expect(changes(REPORT, after).next[0]).toEqual(['7,2%', 'reclassified', '7,2%']);
  });

  it('pairs repeated sentences in order', () => {
    const twice = 'Xuất khẩu tăng 3%.\nNhập khẩu tăng 2%.\nXuất khẩu tăng 3%.';
    const prev = figures(twice);
    const { matches } = matchFigures(prev, prev);
    expect(matches.map((m) => m.previous)).toEqual([0, 1, 2]);
  });
});
