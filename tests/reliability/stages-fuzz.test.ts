/**
 * Fuzz: every stage of the default pipeline (segment, extract, structure,
 * normalise, validate) on arbitrary documents, fed to the stages as they
 * are (lone surrogates, controls and all) and through the loader: no stage
 * throws, every sentence and every observation points at its own text in
 * the document, every accepted value is finite, and no sentence is longer
 * than the segment stage's limit. A fixed seed makes a failure repeat.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import pipeline from '../../pipelines/reports.ts';
import { startWork, type DocumentWork } from '../../src/core/document-work.ts';
import type { SourceDocument } from '../../src/core/records.ts';
import { documentFromText } from '../../src/pipeline/extract-text.ts';
import { createSegmentStage } from '../../src/stages/segment/segment-stage.ts';
import type { Stage } from '../../src/stages/stage.ts';
import { ctx } from '../helpers/taxonomy.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** Every Vietnamese vowel with every tone, both cases, in NFC. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC')));
const LETTERS = [...VOWELS, ...VOWELS.map((v) => v.toUpperCase()), 'đ', 'Đ', ...'bcdghklmnpqrstvx'.split(''), 'ng', 'nh', 'ch', 'tr', 'th', 'ph'];
const WORDS = ['tỷ', 'triệu', 'nghìn', 'đồng', 'USD', 'năm 2023', 'quý II', 'tháng 6', 'tăng', 'giảm', 'đạt', 'chiếm', 'so với', 'cùng kỳ', 'trong đó', 'lần lượt', 'từ', 'lên', 'GRDP', 'xuất khẩu', 'Hà Nội', '%'];
const MARKS = [...'0123456789', ...'.,;:%/-()', ' ', ' ', ' ', '\n'];

/** One piece of a Vietnamese-looking document: mostly letters, words, digits and marks. */
const vietnamese = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => ` ${w} `) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
);
/** Anything at all: any code point, a lone surrogate, a control character. */
const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c)),
);
/** A figure as reports write them: a number (Vietnamese or English separators, a sign, a range) with its scale and unit. */
const figure = fc
  .tuple(
    fc.constantFrom('', 'khoảng ', 'trên ', 'gần ', 'đạt ', 'tăng ', 'giảm ', 'từ ', '-', '+'),
    fc.oneof(fc.nat(10_000).map(String), fc.constantFrom('7,5', '315.839', '1.234.567,89', '3,421', '37.36', '0,7024', '12-15', '1,2 - 1,5')),
    fc.constantFrom('', '%', ' tỷ đồng', ' triệu USD', ' nghìn tỷ', ' lần', ' điểm', ' người', ' ha', ' tấn', '‰'),
  )
  .map((p) => ` ${p.join('')} `);
const documentText = fc.oneof(
  fc.array(fc.oneof({ weight: 3, arbitrary: vietnamese }, { weight: 2, arbitrary: figure }), { maxLength: 1500, size: 'max' }).map((p) => p.join('')),
  fc.array(vietnamese, { maxLength: 600, size: 'large' }).map((p) => p.join('')),
  fc.array(fc.oneof({ weight: 5, arbitrary: vietnamese }, { weight: 1, arbitrary: anything }), { maxLength: 600, size: 'large' }).map((p) => p.join('')),
  fc.array(fc.oneof(vietnamese, figure, fc.constant('\r\n')), { maxLength: 300, size: 'large' }).map((p) => p.join('').normalize('NFD')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

/** A document as the stages see it, the text taken as it is (no loader to clean it), its first line the title. */
const BLANK = documentFromText('x', { name: 'fuzz', published: '2024-06-30' })!;
function rawDocument(text: string): SourceDocument {
  return { ...BLANK, text, byteSize: text.length, meta: { ...BLANK.meta, title: text.split('\n')[0] ?? null } };
}

/** Runs the stages one by one, so a stage that throws fails the property with its own error. */
function runStages(doc: SourceDocument, stages: readonly Stage[]): DocumentWork {
  let work = startWork(doc);
  for (const s of stages) work = s.run(work, ctx);
  return work;
}

function expectConsistent(doc: SourceDocument, work: DocumentWork, maxSentenceChars: number): void {
  const text = doc.text;
  for (const s of work.sentences) {
    expect(s.span.start).toBeGreaterThanOrEqual(0);
    expect(s.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(s.text.length).toBeLessThanOrEqual(maxSentenceChars);
  }
  for (const o of work.observations) {
    expect(o.span.start).toBeGreaterThanOrEqual(0);
    expect(o.span.start).toBeLessThanOrEqual(o.span.end);
    expect(o.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(o.span.start, o.span.end)).toBe(o.text);
    expect(text.slice(o.sentenceStart, o.sentenceStart + o.sentence.length)).toBe(o.sentence);
    expect(typeof o.value).toBe('number');
  }
  for (const o of work.accepted) {
    expect(Number.isFinite(o.value)).toBe(true);
    if (o.valueHigh !== null) expect(Number.isFinite(o.valueHigh)).toBe(true);
  }
  for (const r of work.rejected.filter((x) => x.code === 'SENTENCE_SPLIT')) expect(r.span!.end - r.span!.start).toBeGreaterThan(maxSentenceChars);
}

describe('every stage of the default pipeline on any document', () => {
  it('never throws and keeps every span, with the default sentence limit', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const doc = rawDocument(text);
        expectConsistent(doc, runStages(doc, pipeline.stages), pipeline.settings.maxSentenceChars);
        const loaded = documentFromText(text, { name: 'fuzz', published: '2024-06-30' });
        if (loaded) expectConsistent(loaded, runStages(loaded, pipeline.stages), pipeline.settings.maxSentenceChars);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('never throws and keeps every span when the limit splits sentences', () => {
    fc.assert(
      fc.property(documentText, fc.integer({ min: 2, max: 120 }), (text, max) => {
        const stages = [createSegmentStage({ maxSentenceChars: max }), ...pipeline.stages.slice(1)];
        const doc = rawDocument(text);
        expectConsistent(doc, runStages(doc, stages), max);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
