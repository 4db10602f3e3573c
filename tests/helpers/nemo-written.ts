/**
 * NeMo's written forms read literally, as the reference for its inverse
 * normalisation cases. NeMo writes digits with "." as the decimal point
 * ("60.24", "0.2 triệu"), keeps round scale words ("1 triệu", "18 vạn"),
 * writes fractions as "a/b" and suffixes unit symbols ("2$", "56.3 km²").
 */

/** A number NeMo wrote, with its value and, for money and measures, its unit symbol. */
export interface WrittenFigure {
  readonly value: number;
  /** The symbol as NeMo wrote it ("$", "km²"), or null. */
  readonly symbol: string | null;
}

const SCALES: Readonly<Record<string, number>> = { nghìn: 3, ngàn: 3, vạn: 4, triệu: 6, tỷ: 9, tỉ: 9 };

/**
 * What NeMo's symbols stand for in solieu's unit codes (units.csv). A
 * symbol missing here is a unit the project does not track.
 */
export const NEMO_SYMBOL_UNITS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '₩': 'KRW',
  '%': '%',
  m: 'm',
  'm²': 'm2',
  'm³': 'm3',
  'km²': 'km2',
  'km/h': 'km/h',
  kg: 'kg',
  phút: 'minute',
};

const NUMBER = /(-?)(\d+(?:\.\d+)?)((?:\s(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![\p{L}]))*)/gu;

/**
 * The numbers of a NeMo written form, in order. With `units`, the symbol
 * after each number (glued or after one space) is kept; a fraction "a/b"
 * is its two numbers.
 *
 * @example
 * readNemoWritten('0.2 triệu')          // → [{ value: 200000, symbol: null }]
 * readNemoWritten('56.3 km²', { units: true }) // → [{ value: 56.3, symbol: 'km²' }]
 * readNemoWritten('-5/12')              // → [{ value: -5, symbol: null }, { value: 12, symbol: null }]
 */
export function readNemoWritten(written: string, options: { units?: boolean } = {}): WrittenFigure[] {
  const out: WrittenFigure[] = [];
  for (const m of written.matchAll(NUMBER)) {
    // a digit glued to letters is part of a name, as in "iPhone15"
    if (m.index > 0 && /[\p{L}]/u.test(written[m.index - 1]!)) continue;
    const exponent = m[3]!.trim() === '' ? 0 : m[3]!.trim().split(/\s+/).reduce((e, w) => e + SCALES[w]!, 0);
    const value = Number(`${m[1]}${m[2]}e${exponent}`);
    let symbol: string | null = null;
    if (options.units) {
      const after = /^ ?(\S+)/u.exec(written.slice(m.index + m[0].length));
      symbol = after ? after[1]! : null;
    }
    out.push({ value, symbol });
  }
  return out;
}
