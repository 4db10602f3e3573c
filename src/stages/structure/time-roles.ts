import type { SentenceMentions } from '../../core/mentions.ts';
import type { Span } from '../../core/records.ts';
import type { TimeRole } from '../../core/sentence-model.ts';
import type { Token } from './sentence-tokens.ts';
import { tokenIndexAt, tokenIndexOfMention } from './token-index.ts';

/** Comparison words after which a time is the base: "so với năm 2023", "cao hơn năm trước", "kể từ năm 2019". */
const BASE_WORDS = new Set(['so với', 'so', 'kể từ', 'hơn', 'cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'bằng']);
/** Words that may stand between the comparison word and its base time: "so với (cùng kỳ) của mức thời điểm cuối …". */
const BETWEEN = new Set(['of', 'filler']);
/** What may stand between a compared figure and its time: "của", "mức", "cả". */
const OF_PHRASE: ReadonlySet<string> = new Set(['of', 'filler', 'whole']);
/** Comparison words that open a compared figure: "so với 7,33% của …", "cao hơn mức tăng 7,46% của quý I". */
const COMPARED_WORDS = new Set(['so với', 'cao hơn', 'thấp hơn']);
/** Comparison words that open a compared figure when a filler or "so" follows: "hơn mức", "bằng mức", "hơn so với". */
const COMPARED_WITH_FILLER = new Set(['hơn', 'bằng', 'nhiều hơn', 'ít hơn']);

/**
 * The role of the time mention `i` in its sentence:
 * - `idiom`: it dates nothing ("từ trước đến nay", "giá so sánh 2010");
 * - `base`: a comparison base, by its own words ("cùng kỳ", "tháng trước")
 *   or after a comparison word ("so với năm 2023", "gấp 3 lần năm 2021",
 *   "bằng 70% năm 2019");
 * - `compared`: the time of a figure after a comparison word ("thấp hơn so
 *   với 7,33% của bảy tháng năm 2022");
 * - `reference`: the whole a share is of ("chiếm 67% của cả năm 2024");
 * - `frame`: the time figures are measured in.
 *
 * @example
 * timeRoleOf(mentionsOf('tăng 10,6% so với quý II/2024'), tokens, 0, clause) // → 'base'
 */
export function timeRoleOf(m: SentenceMentions, tokens: readonly Token[], i: number, clause: Span): TimeRole {
  const t = m.times[i]!;
  if (t.open === 'since' || t.open === 'prices' || t.open === 'vague' || t.open === 'document_date') return 'idiom';
  if (t.inherentBase || isBaseAfterComparison(m, tokens, t.start)) return 'base';
  if (isTimeOfComparedFigure(m, tokens, t.start, clause)) return 'compared';
  const k = tokenIndexOfMention(tokens, 'time', i);
  const before = tokens[k - 1];
  const twoBefore = tokens[k - 2];
  const of = (x: Token | undefined): boolean => x?.kind === 'marker' && m.markers[x.ref]!.marker === 'of';
  const whole = (x: Token | undefined): boolean => x?.kind === 'marker' && m.markers[x.ref]!.marker === 'whole';
  if ((of(before) && /^cả\s/u.test(t.text.toLowerCase())) || (whole(before) && of(twoBefore))) return 'reference';
  return 'frame';
}

/** A comparison word before the time, with only fillers ("của", "mức", "thời điểm") or its figure between. */
function isBaseAfterComparison(m: SentenceMentions, tokens: readonly Token[], start: number): boolean {
  let k = tokenIndexAt(tokens, 'time', start) - 1;
  let figure = false;
  // "so với vụ hè thu năm 2022", "so với kim ngạch năm trước": what is compared may stand between, a few words
  let words = 0;
  while (k >= 0) {
    const x = tokens[k]!;
    // "so với ước thực hiện năm 2024": a status word may stand there too
    const plain = x.kind === 'word' || x.kind === 'concept' || x.kind === 'status' || (x.kind === 'change' && m.changes[x.ref]!.direction === 'level');
    if (plain && !figure && words < 3) {
      words++;
      k--;
      continue;
    }
    if (x.kind === 'marker') {
      const mk = m.markers[x.ref]!;
      if (BETWEEN.has(mk.marker)) {
        k--;
        continue;
      }
      if (mk.word === 'bằng') return true;
      return !figure && BASE_WORDS.has(mk.word);
    }
    if (x.kind === 'quantity' && !figure) {
      const q = m.numbers[x.ref]!.quantity!;
      // "gấp 3 lần năm 2021", "gấp đôi năm trước": the multiple is the figure itself
      if (q.kind === 'ratio' && m.markers.some((mk) => mk.marker === 'multiple' && mk.start >= x.start && mk.end <= x.end)) return true;
      // "bằng 70% năm 2019": a percentage after "bằng"
      if (q.unit === '%') {
        figure = true;
        k--;
        continue;
      }
    }
    return false;
  }
  return false;
}

/**
 * A time right after a figure (with only "của", a filler or a few words of
 * the figure's noun phrase between) which itself follows a comparison word
 * in the clause: the time dates that compared figure only.
 */
function isTimeOfComparedFigure(m: SentenceMentions, tokens: readonly Token[], start: number, clause: Span): boolean {
  const k = tokenIndexAt(tokens, 'time', start);
  // between the figure and the time: only "của", a filler or a few words of the figure's noun phrase ("7,33% của bảy tháng", "mức tăng 5% được ghi nhận của năm 2023")
  let j = k - 1;
  let words = 0;
  while (j >= 0 && tokens[j]!.start >= clause.start) {
    const x = tokens[j]!;
    if (x.kind === 'quantity') break;
    if ((x.kind === 'word' || x.kind === 'status') && words < 6) words++;
    else if (!(x.kind === 'marker' && OF_PHRASE.has(m.markers[x.ref]!.marker))) return false;
    j--;
  }
  const figure = tokens[j];
  if (!figure || figure.kind !== 'quantity' || figure.start < clause.start) return false;
  const q = m.numbers[figure.ref]!.quantity!;
  if (!(q.unit === '%' || q.unit === 'point' || q.unit === 'index' || q.unitMult >= 3)) return false;
  for (let i = j - 1; i >= 0 && tokens[i]!.start >= clause.start; i--) {
    const x = tokens[i]!;
    if (x.kind === 'time' && m.times[x.ref]!.rule === 'time.same-period') return true;
    if (x.kind !== 'marker') continue;
    const mk = m.markers[x.ref]!;
    if (COMPARED_WORDS.has(mk.word)) return true;
    const next = tokens[i + 1];
    if (COMPARED_WITH_FILLER.has(mk.word) && next?.kind === 'marker' && (m.markers[next.ref]!.marker === 'filler' || m.markers[next.ref]!.marker === 'compare')) return true;
  }
  return false;
}
