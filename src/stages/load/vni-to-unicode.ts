/**
 * VNI-Windows, the encoding of the VNI fonts (VNI-Times, VNI-Helve…): a
 * Vietnamese letter is an ASCII base letter followed by one "diacritic"
 * byte, or for i, y, ơ, ư and đ a single byte of its own. Its bytes are
 * those of Windows-1252, so this table is written with the Windows-1252
 * characters those bytes show (the "Taêng tröôûng" one sees when a VNI
 * document is opened without its font).
 *
 * Source: the "VNI Windows" table of bamboo-core (BambooEngine/bamboo-core,
 * `charset_def.go`, e.g. ấ = "aá", ở = "ôû", đ = "ñ", ỵ = "î"), cross-checked
 * against the VNI column of the vietunicode.sourceforge.net charset table
 * (á = a + 0xF9, ạ = a + 0xEF, ă = a + 0xEA, ỉ = 0xE6, ĩ = 0xF3, ị = 0xF2).
 */

/** The diacritic characters, lower case, and the combining marks each adds to the letter before it. */
const MARKS: Readonly<Record<string, { readonly marks: string; readonly group: 'tone' | 'circumflex' | 'breve' }>> = {
  'ù': { marks: '\u0301', group: 'tone' }, // sắc
  'ø': { marks: '\u0300', group: 'tone' }, // huyền
  'û': { marks: '\u0309', group: 'tone' }, // hỏi
  'õ': { marks: '\u0303', group: 'tone' }, // ngã
  'ï': { marks: '\u0323', group: 'tone' }, // nặng
  'â': { marks: '\u0302', group: 'circumflex' },
  'á': { marks: '\u0302\u0301', group: 'circumflex' },
  'à': { marks: '\u0302\u0300', group: 'circumflex' },
  'å': { marks: '\u0302\u0309', group: 'circumflex' },
  'ã': { marks: '\u0302\u0303', group: 'circumflex' },
  'ä': { marks: '\u0302\u0323', group: 'circumflex' },
  'ê': { marks: '\u0306', group: 'breve' },
  'é': { marks: '\u0306\u0301', group: 'breve' },
  'è': { marks: '\u0306\u0300', group: 'breve' },
  'ú': { marks: '\u0306\u0309', group: 'breve' },
  'ü': { marks: '\u0306\u0303', group: 'breve' },
  'ë': { marks: '\u0306\u0323', group: 'breve' },
};

/** The letters VNI writes as one byte of their own, lower case (upper case is the same shifted by 0x20). */
const SINGLE: Readonly<Record<string, string>> = {
  'ì': 'ì',
  'í': 'í',
  'æ': 'ỉ',
  'ó': 'ĩ',
  'ò': 'ị',
  'î': 'ỵ',
  'ô': 'ơ',
  'ö': 'ư',
  'ñ': 'đ',
};

/** Which diacritic groups a base letter (lower case) takes. */
const BASES: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['tone', 'circumflex', 'breve']),
  e: new Set(['tone', 'circumflex']),
  o: new Set(['tone', 'circumflex']),
  u: new Set(['tone']),
  y: new Set(['tone']),
  'ơ': new Set(['tone']),
  'ư': new Set(['tone']),
};

/**
 * Converts text in VNI-Windows, as Windows-1252 shows it, to NFC Unicode:
 * each base letter and the diacritic character after it become one letter.
 * Characters that are not part of a VNI letter are kept as they are.
 *
 * @example
 * vniToUnicode('Taêng tröôûng kinh teá ñaït 7,5%') // → 'Tăng trưởng kinh tế đạt 7,5%'
 */
export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const single = SINGLE[lower];
    const base = single === undefined ? lower : single;
    const next = text[i + 1];
    const mark = next === undefined ? undefined : MARKS[next.toLowerCase()];
    if (mark !== undefined && BASES[base]?.has(mark.group)) {
      const letter = `${base}${mark.marks}`.normalize('NFC');
      out += upper ? letter.toUpperCase() : letter;
      i++;
    } else if (single !== undefined) {
      out += upper ? single.toUpperCase() : single;
    } else {
      out += ch;
    }
  }
  return out.normalize('NFC');
}
