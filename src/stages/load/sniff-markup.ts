import { isSpaceCode } from '../../core/key-words.ts';

/**
 * Whether text is an HTML page, whatever its file is called: it opens (after
 * blank space, a BOM or comments) with a doctype, `<html>`, `<head>` or
 * `<body>`, or its first 64 KiB hold the skeleton of a page (`<head>` or
 * `<body>` and at least ten tags). Markdown and text that quote a tag or two
 * are not pages.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html><head><title>GRDP</title>…') // → true
 * looksLikeHtml('GRDP tăng 7% <br> so với năm trước')               // → false
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  const opening = head.replace(/^\uFEFF?(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/, '');
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(opening)) return true;
  const skeleton = /<(?:head|body)[\s>]/i.test(head);
  const tags = head.match(/<\/?(?:html|head|body|meta|link|script|style|div|span|p|a|table|tr|td|ul|li|h[1-6]|article|section|header|footer|nav|img|br)\b[^>]*>/gi)?.length ?? 0;
  return skeleton && tags >= 10;
}

/**
 * The share of a text's visible characters that are markup, style sheet or
 * script rather than prose: tags, CSS rules and declarations, lines of
 * code (braces, semicolons ending ASCII-only lines, `function`, `var`,
 * `=>`). Vietnamese prose scores near 0; a style sheet saved as .txt near 1.
 *
 * @example
 * markupShare('.box { max-width: 100%; }\nbody { margin: 0; }') // → 1
 * markupShare('GRDP năm 2023 tăng 7,5%.')                       // → 0
 */
export function markupShare(text: string): number {
  let code = 0;
  let all = 0;
  for (const line of text.split('\n')) {
    const visible = nonSpaceLength(line);
    if (visible === 0) continue;
    all += visible;
    const tagChars = (line.match(/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi) ?? []).reduce((n, t) => n + nonSpaceLength(t), 0);
    if (isCodeLine(line)) code += visible;
    else code += Math.min(tagChars, visible);
  }
  return all === 0 ? 0 : code / all;
}

/** How many code units of `s` are not spaces (`\s`): its length with the spaces taken out, counted without making that copy of every line. */
function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) n++;
  return n;
}

/** A line of CSS or script: braces, a declaration, a statement ending in ";" with no Vietnamese letter. */
function isCodeLine(line: string): boolean {
  const t = line.trim();
  if (/^[{}\[\]();,]+$/.test(t)) return true;
  if (/\{[^{}]*:[^{}]*;?[^{}]*\}/.test(t)) return true; // an inline rule: a { b: c; }
  if (/^[@.#:\w\-\s,>+~*[\]="'()]+\{$/.test(t)) return true; // a selector opening a rule
  if (/^[a-z-]+\s*:\s*[^;]*;$/i.test(t) && isAscii(t)) return true; // a declaration
  if (/^(?:var|let|const|function|return|if|for|window\.|document\.)\b/.test(t) && isAscii(t)) return true;
  if (/(?:=>|\)\s*\{|\}\s*\)|;\s*\}|^\}\s*else)/.test(t) && isAscii(t)) return true;
  return false;
}

function isAscii(s: string): boolean {
  return /^[\x20-\x7e\t]*$/.test(s);
}
