/** Combining tone marks (grave, acute, hook above, tilde, dot below). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Precomposed letters that already carry a tone. */
const TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * Cleans decoded text into the form every later stage sees: Unicode NFC,
 * `\n` line ends, no zero-width characters, non-breaking and other exotic
 * spaces as plain spaces, and stray second tone marks (typed in error:
 * "tiề̀n") dropped, since NFC alone keeps them.
 *
 * @example
 * normalizeText('Tho\u0309 7,64\u00a0%\r\n') // → 'Thỏ 7,64 %\n'
 */
export function normalizeText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  text = text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  text = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, ' ');
  if (/[\u0300-\u036f]/.test(text)) text = dropStrayToneMarks(text);
  return text;
}

function dropStrayToneMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (TONE_MARKS.test(ch)) {
      const prev = out.at(-1);
      if (prev !== undefined && TONED.test(prev)) continue;
    }
    out += ch;
  }
  return out.normalize('NFC');
}
