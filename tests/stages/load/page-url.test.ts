import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../src/stages/load/page-url.ts';

/** The page's address as cheerio reads it from the same head: the selectors the page reader used before. */
function byCheerio(html: string): string | null {
  const head = /<\/head\s*>/i.exec(html);
  const $ = load(head ? html.slice(0, head.index) : html);
  const og = $('meta[property="og:url"]').first().attr('content');
  if (og && og.trim() !== '') return og.replace(/\s+/g, ' ').trim();
  return $('link[rel="canonical"]').attr('href')?.trim() || null;
}

describe('pageUrl', () => {
  it('reads og:url first, then the canonical link, from the head alone', () => {
    const body = '<body><link rel="canonical" href="https://a.vn/body.htm"></body>';
    expect(pageUrl('<html><head><link rel="canonical" href=" https://a.vn/x-1.htm "><meta property="og:url" content="https://a.vn/og.htm"></head>' + body)).toBe('https://a.vn/og.htm');
    expect(pageUrl('<html><head><meta property="og:url" content="  "><link rel="canonical" href=" https://a.vn/x-1.htm "></head>' + body)).toBe('https://a.vn/x-1.htm');
    expect(pageUrl('<html><head><title>T</title></head>' + body)).toBeNull();
    expect(pageUrl('<HTML><HEAD><META PROPERTY="og:url" CONTENT="https://a.vn/?a=1&amp;b=2"></HEAD>')).toBe('https://a.vn/?a=1&b=2');
    // a tag inside a script is not a tag
    expect(pageUrl('<head><script>var s = \'<link rel="canonical" href="https://a.vn/s.htm">\';</script></head>')).toBeNull();
  });

  it('gives what cheerio gives for heads of meta and link tags in any order, blank, quoted or with references', () => {
    const value = fc.constantFrom('https://a.vn/1.htm', ' https://a.vn/2.htm ', '', '   ', 'https://a.vn/?p=1&amp;q=2', 'https://a.vn/\n3.htm', '/rel/4.htm');
    const tag = fc.oneof(
      value.map((v) => `<meta property="og:url" content="${v}">`),
      value.map((v) => `<meta property='og:url' content='${v}' />`),
      value.map((v) => `<link rel="canonical" href="${v}">`),
      value.map((v) => `<link href=${v.trim().replace(/\s/g, '') || '""'} rel=canonical>`),
      value.map((v) => `<meta name="og:url" content="${v}">`),
      value.map((v) => `<link rel="alternate" href="${v}">`),
      fc.constant('<title>Báo cáo &amp; số liệu</title>'),
      fc.constant('<!-- <meta property="og:url" content="https://a.vn/comment.htm"> -->'),
      fc.constant('<style>a{}</style>'),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 6 }), fc.boolean(), (tags, closed) => {
        const html = `<!doctype html><html><head>${tags.join('\n')}${closed ? '</head><body><p>Năm 2024</p></body>' : ''}</html>`;
        expect(pageUrl(html)).toBe(byCheerio(html));
      }),
    );
  });
});
