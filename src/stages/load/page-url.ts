import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';

let loadedParser: typeof Htmlparser2.Parser | null = null;

/**
 * htmlparser2's streaming parser, loaded at the first page: the survey
 * reads every page's address on the main thread before any is parsed,
 * and cheerio there (with parse5 and undici) held 27.5 MB of resident
 * memory to the run's end, htmlparser2 9.6 MB.
 */
function Parser(): typeof Htmlparser2.Parser {
  return (loadedParser ??= (createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2).Parser);
}

/**
 * The canonical URL of a page (`og:url`, else `link rel=canonical`), read
 * from its head alone, for finding a report by it before the page is read
 * whole. As the page reader (`extractHtmlArticle`) reads them: the first
 * `meta property="og:url"` with a content that is not blank, else the href
 * of the first `link rel="canonical"` when it is not blank; attribute
 * values with their character references decoded, their whitespace
 * collapsed (og:url) or trimmed (href).
 *
 * @example
 * pageUrl('<html><head><link rel="canonical" href="https://baochinhphu.vn/a-1.htm"></head><body>…') // → 'https://baochinhphu.vn/a-1.htm'
 */
export function pageUrl(html: string): string | null {
  const head = /<\/head\s*>/i.exec(html);
  let ogUrl: string | undefined;
  let canonical: string | undefined;
  const parser = new (Parser())({
    onopentag(name, attributes) {
      if (name === 'meta' && ogUrl === undefined && attributes['property'] === 'og:url') ogUrl = attributes['content'] ?? '';
      else if (name === 'link' && canonical === undefined && attributes['rel'] === 'canonical') canonical = attributes['href'] ?? '';
    },
  });
  parser.end(head ? html.slice(0, head.index) : html);
  const og = ogUrl?.replace(/\s+/g, ' ').trim();
  if (og) return og;
  return canonical?.trim() || null;
}
