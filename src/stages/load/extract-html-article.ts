import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { pageUrl } from './page-url.ts';

let loadedCheerio: typeof Cheerio | null = null;

/**
 * cheerio, loaded at the first HTML page rather than with this module:
 * with parse5 and undici it costs about 26 MB per thread, which a run over
 * text files never needs. It is required (its CommonJS build) because the
 * load stage is synchronous.
 */
function cheerio(): typeof Cheerio {
  return (loadedCheerio ??= createRequire(import.meta.url)('cheerio') as typeof Cheerio);
}

/** What the HTML reader gives back: the article's text and page metadata. */
export interface HtmlArticle {
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** Headline, lead, body and captions; one block per line. */
  readonly text: string;
}

/** Elements that never hold article text. */
const DROP_TAGS = 'script, style, noscript, template, svg, iframe, object, embed, canvas, form, button, select, input, nav, footer, aside, link, meta';

/** class/id words of page furniture: menus, related lists, footers, ads. */
const BOILERPLATE =
  /(^|[-_\s])(nav|navbar|menu|submenu|breadcrumbs?|footer|header-top|topbar|sidebar|side-bar|related|relate|tin-lien-quan|lienquan|comment|comments|share|social|sharing|tags?|keyword|ads?|advert|advertisement|banner|masthead|popup|modal|cookie|newsletter|subscribe|widget|rating|reaction|author-wrap|dt-audio|audio|video-list|most-read|mostview|box-hot|trending|login|search)($|[-_\s])/i;

/** Selectors of article bodies in common Vietnamese news CMSs, best first. */
const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]',
  'article.singular-container',
  'article.fck_detail',
  '.detail-content',
  '.singular-content',
  '.article-content',
  '.article__body',
  '.content-detail',
  '#main-detail',
  'article',
];

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'figure', 'figcaption',
  'blockquote', 'pre', 'br', 'hr', 'dl', 'dt', 'dd', 'caption',
]);

/**
 * Reads a news page: the article (headline, lead, body, captions) without
 * navigation, menus, related-article lists, footers, scripts or styles, and
 * the title, publication date and canonical URL from its metadata.
 *
 * @example
 * extractHtmlArticle('<html><head><meta property="og:title" content="T"></head>' +
 *   '<body><nav>Menu 1</nav><article><h1>GRDP tăng 7%</h1><p>Đạt 9.500 USD.</p></article></body></html>')
 * // → { title: 'T', published: null, url: null, text: 'GRDP tăng 7%\nĐạt 9.500 USD.' }
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const $ = cheerio().load(html);
  const title = metaContent($, ['meta[property="og:title"]', 'meta[name="title"]']) ?? (textOf($('title').first().text()) || null);
  const published = publishedDate($);
  const url = pageUrl(html);

  $(DROP_TAGS).remove();
  const root = withHeadline(chooseArticleRoot($));
  removeBoilerplate($, root);
  const blocks: string[] = [];
  renderBlocks(root, blocks);
  let text = blocks.map(textOf).filter((b) => b !== '').join('\n');
  if (text === '' && title) text = title;
  return { title, published, url, text };
}

function metaContent($: Cheerio.CheerioAPI, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const v = $(sel).first().attr('content');
    if (v && v.trim() !== '') return textOf(v);
  }
  return null;
}

/** The publication date as `YYYY-MM-DD` from meta tags, `<time>` or inline JSON. */
function publishedDate($: Cheerio.CheerioAPI): string | null {
  const candidates = [
    $('meta[property="article:published_time"]').attr('content'),
    $('meta[itemprop="datePublished"]').attr('content'),
    $('[itemprop="datePublished"]').attr('datetime'),
    $('meta[name="pubdate"]').attr('content'),
    $('meta[name="publishdate"]').attr('content'),
    $('meta[property="og:published_time"]').attr('content'),
    $('time[datetime]').first().attr('datetime'),
  ];
  for (const c of candidates) {
    const d = c ? isoDate(c) : null;
    if (d) return d;
  }
  const scripts = $('script').text();
  const m = /"(?:datePublished|published_date|publishedTime)"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(scripts);
  return m ? m[1]! : null;
}

function isoDate(s: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The element that holds the article: a known CMS container, else the densest block of paragraphs. */
function chooseArticleRoot($: Cheerio.CheerioAPI): Cheerio.Cheerio<Element> {
  for (const sel of ARTICLE_SELECTORS) {
    const found = $(sel)
      .toArray()
      .filter((el): el is Element => el.type === 'tag' && paragraphText($, el) >= 200);
    if (found.length > 0) {
      const best = found.reduce((a, b) => (paragraphText($, b) > paragraphText($, a) ? b : a));
      return $(best);
    }
  }
  // Readability-style fallback over the page without its furniture: credit
  // each <p>'s text to its parent.
  removeBoilerplate($, $('body'));
  const score = new Map<Element, number>();
  $('p').each((_, p) => {
    const len = textOf($(p).text()).length;
    if (len < 40) return;
    const parent = p.parent;
    if (parent && parent.type === 'tag') score.set(parent, (score.get(parent) ?? 0) + len);
  });
  let best: Element | null = null;
  for (const [el, s] of score) if (!best || s > (score.get(best) ?? 0)) best = el;
  return best ? $(best) : ($('body') as Cheerio.Cheerio<Element>);
}

/**
 * A body container often sits beside the headline and lead, not around
 * them: climb (at most three levels) to the nearest ancestor that holds an
 * <h1>, so the article keeps its title and sapo.
 */
function withHeadline(root: Cheerio.Cheerio<Element>): Cheerio.Cheerio<Element> {
  if (root.find('h1').length > 0 || root.is('body')) return root;
  let node = root;
  for (let level = 0; level < 3; level++) {
    const parent = node.parent();
    if (parent.length === 0 || parent.is('body') || parent.is('html')) break;
    if (parent.find('h1').length > 0) return parent as Cheerio.Cheerio<Element>;
    node = parent as Cheerio.Cheerio<Element>;
  }
  return root;
}

function paragraphText($: Cheerio.CheerioAPI, el: Element): number {
  return $(el)
    .find('p')
    .toArray()
    .reduce((n, p) => n + textOf($(p).text()).length, 0);
}

/** Drops page furniture inside the chosen root (related lists, share bars…). */
function removeBoilerplate($: Cheerio.CheerioAPI, root: Cheerio.Cheerio<Element>): void {
  root.find('*').each((_, el) => {
    const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''} ${el.attribs['data-module'] ?? ''}`;
    if (BOILERPLATE.test(attrs)) $(el).remove();
  });
}

/** Walks the DOM and appends one string per text block. */
function renderBlocks(root: Cheerio.Cheerio<Element>, blocks: string[]): void {
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') blocks.push(current);
    current = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const block = node.type === 'tag' && BLOCK_TAGS.has(el.name);
    if (block) flush();
    for (const child of el.children) walk(child);
    if (block) flush();
  };
  for (const el of root.toArray()) walk(el);
  flush();
}

/** Collapses whitespace to single spaces and trims. */
function textOf(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
