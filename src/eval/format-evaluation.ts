import type { GoldObservation } from './gold.ts';
import type { Prediction } from './read-predictions.ts';
import type { Evaluation } from './evaluate.ts';
import type { PRF, Score } from './score.ts';

/** What the report shows. */
export interface FormatOptions {
  /** List misses, false positives and attribute errors per document. */
  readonly details: boolean;
}

/**
 * The evaluation as text: a table per document, the misses and false
 * positives (and attribute errors) when asked, and the totals last, so that
 * the last lines of the output are the figures that matter.
 *
 * @example
 * formatEvaluation(evaluation, { details: false }).split('\n').at(-1)
 * // → 'TOTAL attributes  qualifier 0.98  status 0.97  region 0.99'
 */
export function formatEvaluation(e: Evaluation, options: FormatOptions): string {
  const lines: string[] = [];
  lines.push(`${'document'.padEnd(28)} ${'L1 P/R/F1'.padEnd(20)} ${'L2 P/R/F1'.padEnd(20)} ${'L3 P/R/F1'.padEnd(20)} qual  stat  region`);
  for (const d of e.documents) lines.push(row(d.sourcePath, d));
  if (options.details) {
    for (const d of e.documents) {
      if (d.misses.length + d.falsePositives.length + d.attributeErrors.length === 0) continue;
      lines.push('', `== ${d.sourcePath}`);
      for (const g of d.misses) lines.push(`  miss  ${gold(g)}`);
      for (const p of d.falsePositives) lines.push(`  FP    ${pred(p)}`);
      for (const a of d.attributeErrors) lines.push(`  ${a.attribute.padEnd(9)} gold ${show(a.gold[a.attribute])} got ${show(a.predicted[a.attribute])}  ${JSON.stringify(a.gold.text)} ${a.gold.value}`);
    }
    lines.push('');
  }
  const t = e.total;
  lines.push(`TOTAL L1 value+unit      ${prfText(t.l1)}`);
  lines.push(`TOTAL L2 +period         ${prfText(t.l2)}`);
  lines.push(`TOTAL L3 +indicator      ${prfText(t.l3)}`);
  lines.push(`TOTAL attributes  qualifier ${t.qualifier.accuracy.toFixed(3)}  status ${t.status.accuracy.toFixed(3)}  region ${t.region.accuracy.toFixed(3)}  (of ${t.qualifier.of} L1 matches)`);
  return lines.join('\n');
}

function row(name: string, s: Score): string {
  const f = (p: PRF): string => `${p.precision.toFixed(2)}/${p.recall.toFixed(2)}/${p.f1.toFixed(2)}`.padEnd(20);
  return `${name.padEnd(28)} ${f(s.l1)} ${f(s.l2)} ${f(s.l3)} ${s.qualifier.accuracy.toFixed(2)}  ${s.status.accuracy.toFixed(2)}  ${s.region.accuracy.toFixed(2)}`;
}

function prfText(p: PRF): string {
  return `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (${p.matched} matched, ${p.predicted} predicted, ${p.gold} gold)`;
}

function gold(g: GoldObservation): string {
  return `${JSON.stringify(g.text)} ${g.value} ${g.unit} period=${show(g.period)} indicator=${show(g.indicator)}`;
}

function pred(p: Prediction): string {
  return `${JSON.stringify(p.text)} ${p.value} ${p.unit} period=${show(p.period)} indicator=${show(p.indicator)}`;
}

function show(v: unknown): string {
  return v === null || v === undefined ? '∅' : String(v);
}
