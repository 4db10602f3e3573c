/** How far into the text a dateline may stand. */
const HEAD = 600;

/**
 * The publication date stated in a report's own dateline, when its first
 * lines carry one ("Thứ sáu, 25/12/2020 10:30", "Hà Nội, ngày 6 tháng 10
 * năm 2024", "Cập nhật: 06/10/2024"). Dates inside running text are not
 * datelines: only a line that starts with (or is mostly) a date counts.
 *
 * @example
 * findDateLine('Thứ hai, 06/10/2024 08:00\nTheo số liệu…') // → '2024-10-06'
 * findDateLine('Ngày 22/3/2018 Bộ Chính trị ban hành…')     // → null (running text)
 */
export function findDateLine(text: string): string | null {
  const lines = text.slice(0, HEAD).split('\n').slice(0, 6);
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 80) continue;
    const m =
      /^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,\s*|cập nhật\s*:?\s*|đăng\s*(?:ngày|lúc)?\s*:?\s*|ngày\s+|[\p{Lu}][\p{L} .]{0,30},\s*ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/iu.exec(line) ??
      /^(?:[\p{Lu}][\p{L} .]{0,30},\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b/iu.exec(line);
    if (!m) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    // A dateline is the date and little else: running text goes on after it.
    const rest = line.slice(m.index + m[0].length).trim();
    if (/^\p{L}/u.test(rest) && !/^(GMT|lúc|\d)/iu.test(rest) && rest.split(/\s+/).length > 3) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
