import { describe, expect, it } from 'vitest';
import pipeline from '../../../pipelines/reports.ts';
import { startWork } from '../../../src/core/document-work.ts';
import type { SourceDocument } from '../../../src/core/records.ts';
import { definePipeline } from '../../../src/pipeline/define-pipeline.ts';
import { documentFromText } from '../../../src/pipeline/extract-text.ts';
import { processDocument } from '../../../src/pipeline/process-document.ts';
import { limitSentenceLength } from '../../../src/stages/segment/limit-sentence-length.ts';
import { DEFAULT_MAX_SENTENCE_CHARS, normaliseSegmentOptions } from '../../../src/stages/segment/segment-options.ts';
import { segmentSentences } from '../../../src/stages/segment/segment-sentences.ts';
import { createSegmentStage, isSegmentStage, segmentStage } from '../../../src/stages/segment/segment-stage.ts';
import { ctx } from '../../helpers/taxonomy.ts';

const LINE = 'GRDP tăng 7,5%, đạt 315.839 tỷ đồng, ';

function doc(text: string): SourceDocument {
  return documentFromText(text, { name: 'long.txt' })!;
}

describe('limitSentenceLength', () => {
  const text = `Mở đầu ngắn.\n${LINE.repeat(300).trim()}\nCâu cuối tăng 5%.`;
  const d = doc(text);
  const { sentences, rejects } = limitSentenceLength(d, segmentSentences(d.text), 1000);

  it('splits the long sentence into pieces of at most the limit, each a sentence with its exact span', () => {
    expect(sentences.length).toBeGreaterThan(3);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.text.length).toBeLessThanOrEqual(1000);
      expect(d.text.slice(s.span.start, s.span.end)).toBe(s.text);
    });
    expect(sentences.at(0)!.text).toBe('Mở đầu ngắn.');
    expect(sentences.at(-1)!.text).toBe('Câu cuối tăng 5%.');
    // the pieces stay in the paragraph of the sentence they came from and end at a comma
    const pieces = sentences.slice(1, -1);
    expect(new Set(pieces.map((s) => s.paragraph))).toEqual(new Set([1]));
    for (const p of pieces.slice(0, -1)) expect(p.text.endsWith(',')).toBe(true);
  });

  it('records one SENTENCE_SPLIT per split sentence: its span, an excerpt, its length, the limit and the pieces', () => {
    const original = segmentSentences(d.text)[1]!;
    expect(rejects).toHaveLength(1);
    const r = rejects[0]!;
    expect(r).toMatchObject({ code: 'SENTENCE_SPLIT', stage: 'segment', sourcePath: 'long.txt', span: original.span });
    expect(r.message).toBe(`expected a sentence of at most 1000 characters, got ${original.text.length}; split it into ${sentences.length - 2} pieces`);
    expect(r.text!.length).toBeLessThanOrEqual(81);
    expect(original.text.startsWith(r.text!.slice(0, -1))).toBe(true);
  });

  it('leaves a document of short sentences as it is, with no reject', () => {
    const short = doc('GRDP tăng 7,5%. Xuất khẩu đạt 5 tỷ USD.');
    const all = segmentSentences(short.text);
    expect(limitSentenceLength(short, all, DEFAULT_MAX_SENTENCE_CHARS)).toEqual({ sentences: all, rejects: [] });
  });
});

describe('the segment stage and the maxSentenceChars setting', () => {
  it('makes the stage with the default limit', () => {
    expect(segmentStage.options.maxSentenceChars).toBe(DEFAULT_MAX_SENTENCE_CHARS);
    expect(pipeline.settings.maxSentenceChars).toBe(DEFAULT_MAX_SENTENCE_CHARS);
    expect(normaliseSegmentOptions({})).toEqual({ maxSentenceChars: 4000 });
  });

  it.each([0, 1, 2.5, Number.NaN, Infinity])('refuses the limit %s', (n) => {
    expect(() => createSegmentStage({ maxSentenceChars: n })).toThrow(/expected maxSentenceChars to be an integer of at least 2/);
    expect(() => definePipeline({ name: 'p', description: '', stages: [segmentStage], settings: { maxSentenceChars: n } })).toThrow(/^pipeline p: expected maxSentenceChars/);
  });

  it('remakes the pipeline\'s segment stage with the setting, and reports the stage\'s own limit without one', () => {
    const set = definePipeline({ name: 'p', description: '', stages: pipeline.stages, settings: { maxSentenceChars: 500 } });
    const stage = set.stages[0]!;
    expect(isSegmentStage(stage) && stage.options.maxSentenceChars).toBe(500);
    expect(set.settings.maxSentenceChars).toBe(500);
    expect(set.stages.slice(1)).toEqual(pipeline.stages.slice(1));
    const own = definePipeline({ name: 'q', description: '', stages: [createSegmentStage({ maxSentenceChars: 700 })] });
    expect(own.settings.maxSentenceChars).toBe(700);
  });

  it('adds its rejects to the work, and validate keeps them', () => {
    const d = doc(LINE.repeat(200));
    const work = createSegmentStage({ maxSentenceChars: 1000 }).run(startWork(d), ctx);
    expect(work.rejected.map((r) => r.code)).toEqual(['SENTENCE_SPLIT']);
    const processed = processDocument(d, pipeline.stages, ctx);
    expect(processed.failure).toBeNull();
    expect(processed.rejected.filter((r) => r.code === 'SENTENCE_SPLIT')).toHaveLength(1);
    expect(processed.counts[0]).toMatchObject({ stage: 'segment', rejected: 1 });
    expect(processed.accepted.length).toBeGreaterThan(300);
    for (const o of processed.accepted) expect(o.sentence.length).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCE_CHARS);
  });
});
