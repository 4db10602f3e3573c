import { matchKey } from '../../core/match-key.ts';
import type { ChangeDirection, ChangeMention } from '../../core/mentions.ts';
import { findPhrases } from './find-phrases.ts';

/**
 * Words of change and level, with how each bears on the figure after it.
 * The nearest one before a number decides its sign ("giảm lần lượt 2,27% và
 * 6,91%": both decreases; "giảm từ 15,4% xuống còn 8,3%": both levels).
 */
export const CHANGE_WORDS: ReadonlyArray<readonly [string, ChangeDirection]> = [
  ['sụt giảm', 'down'],
  ['suy giảm', 'down'],
  ['giảm sút', 'down'],
  ['giảm', 'down'],
  ['sụt', 'down'],
  ['thấp hơn', 'down'],
  ['âm', 'down'],
  // a balance is signed: "nhập siêu 1,2 tỷ USD" is -1,2 tỷ
  ['nhập siêu', 'deficit'],
  ['bán ròng', 'deficit'],
  // "giảm thu", "tăng thu": revenue lost or gained is a change ("làm giảm thu khoảng 2.000 tỷ đồng")
  ['giảm thu', 'down'],
  ['giảm thêm', 'down'],
  ['tăng thu', 'up'],
  ['tăng thêm', 'up'],
  ['thêm', 'up'],
  ['tăng', 'up'],
  ['cao hơn', 'up'],
  // an amount named as a loss or a deficit is positive: "lỗ 1.473 tỷ đồng", "thâm hụt 5 tỷ USD"
  // both ways at once is no direction: "điều chỉnh tăng/giảm vốn 30 lượt dự án"
  ...(['tăng/giảm', 'tăng, giảm', 'tăng giảm', 'trồi sụt', 'đạt', 'là', 'còn', 'xuống', 'về', 'lên', 'từ', 'ở mức', 'về mức', 'mức', 'bằng', 'chiếm', 'xuất siêu', 'mua ròng', 'lãi', 'vượt', 'gấp', 'tương đương', 'với', 'có', 'thu', 'đến', 'tới', 'thâm hụt', 'lỗ ròng', 'thua lỗ', 'lỗ', 'bội chi', 'hụt thu'] as const).map(
    (w) => [w, 'level'] as const,
  ),
  ['tốc độ', 'rate'],
  ['lạm phát', 'rate'],
];

/**
 * The words of change and level in a sentence, as whole words, longest
 * first and without overlaps.
 *
 * @example
 * findChanges('xuất khẩu đạt 34 tỷ USD, giảm 9,9%').map((c) => [c.word, c.direction])
 * // → [['đạt', 'level'], ['giảm', 'down']]
 */
export function findChanges(sentence: string): ChangeMention[] {
  return findPhrases(matchKey(sentence), CHANGE_WORDS).map((h) => ({ start: h.start, end: h.end, word: h.phrase, direction: h.value }));
}
