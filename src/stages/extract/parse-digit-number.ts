import { shiftDecimal } from '../../core/shift-decimal.ts';

/** How a document writes its numbers: "." thousands and "," decimal (vi), or the reverse (en). */
export type NumberConvention = 'vi' | 'en' | 'mixed';

/** A number read from digits, kept exact as decimal digit strings. */
export interface DigitNumber {
  /** Integer digits without grouping, no leading sign. */
  readonly int: string;
  /** Fraction digits (may be empty). */
  readonly frac: string;
  /** Why the separators were read this way, when they were ambiguous. */
  readonly reading: string | null;
}

/**
 * Reads a run of digits and separators ("315.839", "42,8", "3.271,09",
 * "1,236.10", "5,245") into exact integer and fraction digits. Unambiguous
 * forms are read as written; a lone separator followed by exactly three
 * digits is ambiguous and is read by the document's convention: with the
 * Vietnamese convention "1.234" is 1234 and "5,245" is 5.245; with the
 * English one the reverse. Returns null when the digits cannot be a number
 * (uneven groups such as "1.23.4").
 *
 * @example
 * parseDigitNumber('315.839', 'vi') // → { int: '315839', frac: '', reading: "'.ddd' read as thousands (vi)" }
 * parseDigitNumber('42,8', 'vi')    // → { int: '42', frac: '8', reading: null }
 * parseDigitNumber('37.36', 'vi')   // → { int: '37', frac: '36', reading: null }
 */
export function parseDigitNumber(raw: string, convention: NumberConvention): DigitNumber | null {
  // digits alone, the commonest form ("2023", "15"), are read without a regex
  if (raw.length > 0 && allDigits(raw)) return { int: stripZeros(raw), frac: '', reading: null };
  if (!/^\d+(?:[.,]\d+)*$/.test(raw)) return null;
  const seps = raw.replace(/\d/g, '');
  const groups = raw.split(/[.,]/);
  if (seps === '') return { int: stripZeros(raw), frac: '', reading: null };

  const dots = seps.split('').filter((c) => c === '.').length;
  const commas = seps.length - dots;
  if (dots > 0 && commas > 0) {
    // Both: the last separator is the decimal mark and must occur once.
    const last = seps.at(-1)!;
    const other = last === '.' ? ',' : '.';
    if (seps.slice(0, -1).includes(last)) return null;
    const [intPart, frac] = splitLast(raw, last);
    const intGroups = intPart.split(other);
    if (!validGroups(intGroups)) return null;
    // "33,448.222" in a Vietnamese text: a thousands dot typed as a comma, not an English decimal
    if (convention === 'vi' && last === '.' && frac.length === 3) {
      return { int: stripZeros(intGroups.join('') + frac), frac: '', reading: `'${raw}' read as thousands: the text writes "." for thousands` };
    }
    return { int: stripZeros(intGroups.join('')), frac, reading: null };
  }
  const sep = dots > 0 ? '.' : ',';
  if (groups.length > 2) {
    // Several of one separator: only grouping makes sense.
    return validGroups(groups) ? { int: stripZeros(groups.join('')), frac: '', reading: null } : null;
  }
  const [intPart, after] = [groups[0]!, groups[1]!];
  const grouping = after.length === 3 && intPart.length <= 3 && !/^0\d/.test(intPart);
  if (!grouping || intPart === '0') {
    return { int: stripZeros(intPart), frac: after, reading: null };
  }
  // "d.ddd" or "d,ddd": thousands in one convention, decimal in the other.
  const thousandsSep = convention === 'en' ? ',' : '.';
  if (convention === 'mixed' && sep === ',') {
    return { int: stripZeros(intPart + after), frac: '', reading: `'${intPart},${after}' read as thousands: the document also writes English-style decimals` };
  }
  if (sep === thousandsSep) {
    return { int: stripZeros(intPart + after), frac: '', reading: `'${sep}ddd' read as thousands (${convention === 'en' ? 'en' : 'vi'})` };
  }
  return { int: stripZeros(intPart), frac: after, reading: `'${sep}ddd' read as decimal (${convention === 'en' ? 'en' : 'vi'})` };
}

/**
 * The value of digits times a power of ten, computed from the decimal
 * string so that "5,245 tỷ" is exactly 5245000000 and not 5244999999.999.
 *
 * @example
 * scaledValue({ int: '5', frac: '245', reading: null }, 9) // → 5245000000
 */
export function scaledValue(n: Pick<DigitNumber, 'int' | 'frac'>, exponent: number): number {
  return Number(`${n.int}${n.frac ? `.${n.frac}` : ''}e${exponent}`);
}

/** A double holds 15 significant decimal digits exactly. */
export const EXACT_DIGITS = 15;

/**
 * The value of digits times a power of ten as decimal text, when a double
 * cannot hold it exactly (more than {@link EXACT_DIGITS} significant
 * digits); null when {@link scaledValue} is exact. `sign` is -1 or 1.
 *
 * @example
 * exactScaledValue({ int: '1234567890123456789', frac: '' }, 0, 1) // → '1234567890123456789'
 * exactScaledValue({ int: '315', frac: '839' }, 12, 1)          // → null
 */
export function exactScaledValue(n: Pick<DigitNumber, 'int' | 'frac'>, exponent: number, sign: number): string | null {
  const significant = `${n.int}${n.frac}`.replace(/^[-0]+/, '').replace(/0+$/, '');
  if (significant.length <= EXACT_DIGITS) return null;
  const text = shiftDecimal(`${n.int.replace(/^-/, '')}${n.frac ? `.${n.frac}` : ''}`, -exponent);
  return sign < 0 ? `-${text}` : text;
}

function splitLast(raw: string, sep: string): [string, string] {
  const i = raw.lastIndexOf(sep);
  return [raw.slice(0, i), raw.slice(i + 1)];
}

function validGroups(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && first.length >= 1 && first.length <= 3 && rest.every((g) => g.length === 3);
}

function allDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function stripZeros(digits: string): string {
  if (digits.length > 0 && digits.charCodeAt(0) !== 48) return digits;
  const s = digits.replace(/^0+(?=\d)/, '');
  return s === '' ? '0' : s;
}
