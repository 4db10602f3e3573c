/**
 * Long lines and long sentences: what made `solieu extract` crash on one
 * 220 KB line ("Invalid string length" after 50 s) and what the profiles of
 * long, dense sentences found quadratic or worse in extract, structure and
 * normalise. Each case is kept here as a regular test.
 */
import { describe, expect, it } from 'vitest';
import pipeline from '../../pipelines/reports.ts';
import { startWork } from '../../src/core/document-work.ts';
import { matchKey } from '../../src/core/match-key.ts';
import { documentFromText, extractFromText } from '../../src/pipeline/extract-text.ts';
import { MAX_TITLE_CHARS, mentionsOf, titleMentions } from '../../src/stages/extract/extract-mentions.ts';
import { findPhrases } from '../../src/stages/extract/find-phrases.ts';
import { isStatedDecrease } from '../../src/stages/extract/find-sign.ts';
import { createSegmentStage } from '../../src/stages/segment/segment-stage.ts';
import { sentenceTokens } from '../../src/stages/structure/sentence-tokens.ts';
import { ctx, taxonomy } from '../helpers/taxonomy.ts';

const LINE = 'GRDP tăng 7,5%, đạt 315.839 tỷ đồng, ';

describe('one very long line', () => {
  it('the 220 KB line of the report: split into sentences of at most the limit, each figure with its own piece', () => {
    const text = LINE.repeat(6000).slice(0, 220_000);
    const r = extractFromText(text, pipeline.stages, ctx, { name: 'huge' });
    expect(r.failure).toBeNull();
    expect(r.accepted.length).toBeGreaterThan(11_000);
    const limit = pipeline.settings.maxSentenceChars;
    for (const o of r.accepted) {
      expect(o.sentence.length).toBeLessThanOrEqual(limit);
      expect(r.work!.document.text.slice(o.span.start, o.span.end)).toBe(o.text);
    }
    const split = r.rejected.filter((x) => x.code === 'SENTENCE_SPLIT');
    expect(split).toHaveLength(1);
    expect(split[0]!.message).toMatch(new RegExp(`^expected a sentence of at most ${limit} characters, got \\d+; split it into \\d+ pieces$`));
  });

  it('reads at most the first 1000 characters of a title (a plain text\'s first line may be the whole text)', () => {
    const doc = documentFromText(`Quảng Ninh ${LINE.repeat(6000)}`, { name: 'huge' })!;
    const title = titleMentions(doc, { taxonomy })!;
    expect(title.sentence.text.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(doc.meta.title!.startsWith(title.sentence.text)).toBe(true);
    expect(title.places.map((p) => p.region)).toContain('Quảng Ninh');
  });
});

describe('long sentences cost what short ones cost, per character', () => {
  // Before the fixes, the per-character cost grew with the sentence: a
  // 4000-character sentence of these cost 5-100 times a 500-character one
  // (the sign word walked back to the clause start for every number, the
  // share test, ";"-lists, series and pairings compared every figure with
  // every other and every token, and the period rules read every time and
  // every parenthesis for every figure).
  it.each([
    'năm 2023 1% ',
    'chiếm 1%, ',
    'trong đó: Hà Nội 1%; ',
    'từ 1% ',
    '(quý I 1%) ',
    'cùng kỳ 1% ',
    'xuất khẩu của nhập khẩu lần lượt 1% và 2% ',
  ])('"%s" repeated', (unit) => {
    const doc = documentFromText(unit.repeat(Math.ceil(16_000 / unit.length)).slice(0, 16_000), { name: 'dense' })!;
    const once = (max: number): number => {
      const stages = [createSegmentStage({ maxSentenceChars: max }), ...pipeline.stages.slice(1)];
      const started = performance.now();
      let work = startWork(doc);
      for (const s of stages) work = s.run(work, ctx);
      return performance.now() - started;
    };
    // the two lengths in turns, the best of five each: a busy machine (the other test files running beside this one)
    // slows both alike, and the fastest run of each is the one least slowed
    let short = Infinity;
    let long = Infinity;
    for (let run = 0; run < 5; run++) {
      short = Math.min(short, once(500));
      long = Math.min(long, once(4000));
    }
    expect(long / short).toBeLessThan(3);
  });
});

describe('the indexed lookups give what the scans they replace gave', () => {
  it.each([
    ['a sign word right before the number', 'xuất khẩu giảm 9,9%', 15, true],
    ['a level word nearer than the sign word', 'giảm từ 15,4% xuống còn 8,3%', 23, false],
    ['a deficit noun before its verb', 'nhập siêu ước đạt 1,2 tỷ usd', 18, true],
    ['the walk steps over "." alone: "giảm .5%" has no sign word', 'giảm .5%', 6, false],
    ['a sign word two thousand words back', `giảm ${'x '.repeat(2000)}5%`, 4005, true],
  ])('isStatedDecrease: %s', (_name, key, at, expected) => {
    expect(isStatedDecrease(key, 0, at)).toBe(expected);
  });

  it('findPhrases: longest first, no overlaps, on a long key', () => {
    const key = matchKey('giảm sút tăng giảm '.repeat(500));
    const hits = findPhrases(key, [['giảm', 'down'], ['giảm sút', 'down'], ['tăng giảm', 'both'], ['tăng', 'up']]);
    expect(hits).toHaveLength(1000);
    expect(hits.slice(0, 2).map((h) => h.phrase)).toEqual(['giảm sút', 'tăng giảm']);
  });

  it('sentenceTokens: an empty mention inside a taken one is no token; a word overlapping a figure is none', () => {
    const text = 'GRDP tăng 7,5% năm 2023';
    const m = mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: null });
    const tokens = sentenceTokens({ ...m, statuses: [{ ...(m.statuses[0] ?? { status: 'estimate', scope: 'wide', word: 'ước' }), start: 12, end: 12 } as (typeof m.statuses)[number]] });
    expect(tokens.map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ['concept', 'GRDP'],
      ['change', 'tăng'],
      ['quantity', '7,5%'],
      ['time', 'năm 2023'],
    ]);
  });
});
