import { describe, expect, it } from 'vitest';
import { parseDocumentBytes } from '../../../src/stages/load/read-document.ts';

describe('parseDocumentBytes', () => {
  const prose = 'Báo cáo kinh tế - xã hội tháng 10 năm 2024.\n'.repeat(220);

  it('drops a NUL byte past the part the binary check reads, and says so', () => {
    const bytes = Buffer.concat([Buffer.from(prose), Buffer.from([0]), Buffer.from('Thu ngân sách đạt 900 tỷ\0 đồng.\n')]);
    expect(bytes.indexOf(0)).toBeGreaterThan(8192);
    const r = parseDocumentBytes('a.txt', bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).not.toContain('\0');
    expect(r.text.endsWith('Thu ngân sách đạt 900 tỷ đồng.')).toBe(true);
    expect(r.meta.notes).toEqual(['removed 2 NUL characters (byte 0) from the text']);
  });

  it('notes nothing for text without one', () => {
    const r = parseDocumentBytes('a.txt', Buffer.from(prose));
    expect(r.ok && r.meta.notes).toEqual([]);
  });
});
