import type { Status } from '../../core/records.ts';
import { visibleTo } from './model-lookups.ts';
import type { Rule } from './rule.ts';

/**
 * The rules that give a figure its status, in order; none applying means
 * reported (null).
 */
export const STATUS_RULES: readonly Rule<Status | null>[] = [
  {
    name: 'status.target-noun',
    construction: 'a target noun names the one figure right after it: "dự toán 3.901 tỷ đồng", "vượt mục tiêu 8 triệu khách"',
    apply(fc) {
      const { model, figure } = fc;
      const qs = figure.quantity.span.start;
      const local = model.mentions.statuses.filter((s) => s.end <= qs && s.scope === 'local' && visibleTo(model, figure, s)).at(-1);
      if (!local || model.figures.some((f) => f.quantity.span.start >= local.end && f.quantity.span.start < qs)) return undefined;
      return { value: local.status, span: { start: local.start, end: local.end } };
    },
  },
  {
    name: 'status.verb-before',
    construction: 'a status verb governs the figures after it in its sentence: "Ước tính năm 2023, GRDP đạt 315.839 tỷ đồng"; "thực tế" marks a reported figure again',
    apply(fc) {
      const { model, figure } = fc;
      const qs = figure.quantity.span.start;
      const wide = model.mentions.statuses.filter((s) => s.end <= qs && s.scope !== 'local' && visibleTo(model, figure, s)).at(-1);
      // a word that marks a reported figure gives way to a status carried into a breakdown
      if (!wide || (wide.status === null && fc.doc.carriedStatus !== null)) return undefined;
      return { value: wide.status, span: { start: wide.start, end: wide.end } };
    },
  },
  {
    name: 'status.carried-into-breakdown',
    construction: 'a preliminary figure\'s breakdown that follows at once takes its status: "sơ bộ đạt 34 tỷ USD. Trong đó, …"',
    apply: (fc) => (fc.doc.carriedStatus !== null ? { value: fc.doc.carriedStatus, span: null } : undefined),
  },
  {
    name: 'status.release',
    construction: 'the figures of a release whose data its own words call preliminary or estimated: "Theo số liệu thống kê sơ bộ của Tổng cục Hải quan, …"',
    apply: (fc) => (fc.doc.releaseStatus !== null ? { value: fc.doc.releaseStatus, span: null } : undefined),
  },
];
