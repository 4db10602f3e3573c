/**
 * Turns Markdown into the plain text a reader sees: images are dropped (their
 * file names are not text), links keep their words, setext underlines,
 * heading marks, emphasis and block markers go away. Line structure is kept.
 *
 * @example
 * stripMarkdown('Tiêu đề\n===\n![ảnh](x/2408_IMG.jpg)\n**GRDP** tăng [4,4%](u)')
 * // → 'Tiêu đề\n\n\nGRDP tăng 4,4%'
 */
export function stripMarkdown(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(=+|-+|\*{3,}|_{3,})\s*$/.test(line)) return '';
      return line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_](\S.*?\S|\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/:[a-z_]+:/g, '');
    })
    .join('\n');
}

/**
 * Whether a plain-text file is really Markdown: it has an image or a link in
 * Markdown syntax, or a setext heading underline, and at least two such marks.
 *
 * @example
 * looksLikeMarkdown('Tiêu đề\n=====\n![ảnh](a.jpg)') // → true
 * looksLikeMarkdown('GRDP tăng 7,5% [theo Cục Thống kê]') // → false
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20000);
  const marks =
    (head.match(/!\[[^\]\n]*\]\([^)\s]+[^)]*\)/g)?.length ?? 0) +
    (head.match(/(?<!!)\[[^\]\n]+\]\((?:https?:|\/)[^)\s]*\)/g)?.length ?? 0) +
    (head.match(/^\s{0,3}(?:={3,}|-{3,})\s*$/gm)?.length ?? 0) +
    (head.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0);
  return marks >= 2;
}
