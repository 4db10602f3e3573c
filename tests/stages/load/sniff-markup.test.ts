import { describe, expect, it } from 'vitest';
import { looksLikeHtml, markupShare } from '../../../src/stages/load/sniff-markup.ts';

const PAGE = '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>GRDP</title><style>.a{max-width:100%}</style></head>\n<body><article><p>GRDP năm 2023 tăng 7,5%.</p></article></body></html>';

describe('looksLikeHtml', () => {
  it('knows a page by its opening, after a BOM, blank lines or a comment', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml(`\uFEFF\n\n<!-- saved from url=(0042)https://example.vn/a -->\n${PAGE}`)).toBe(true);
    expect(looksLikeHtml('<html><body><p>Thu ngân sách đạt 9.800 tỷ đồng.</p></body></html>')).toBe(true);
  });

  it('knows a page cut of its doctype by its skeleton and tags', () => {
    const body = `Tin tức\n<body>${'<div><p>Xuất khẩu tăng 3%.</p></div>'.repeat(5)}</body>`;
    expect(looksLikeHtml(body)).toBe(true);
  });

  it('leaves prose and Markdown that quote a tag or two alone', () => {
    expect(looksLikeHtml('GRDP tăng 7% <br> so với năm trước')).toBe(false);
    expect(looksLikeHtml('# Báo cáo\n\nDùng thẻ <p> và <div> để trình bày; năm 2023 tăng 5%.')).toBe(false);
  });
});

describe('markupShare', () => {
  it('is near 1 for a style sheet or a script and 0 for prose', () => {
    expect(markupShare('.box {\n  max-width: 100%;\n  margin: 0 auto;\n}\nbody { font-size: 16px; }')).toBe(1);
    expect(markupShare('var a = 1;\nfunction f(x) {\n  return x * 2;\n}')).toBe(1);
    expect(markupShare('Tổng sản phẩm trên địa bàn năm 2023 tăng 7,5%; thu ngân sách đạt 12.345 tỷ đồng.')).toBe(0);
  });

  it('weighs a few lines of code in a report by their length', () => {
    const text = `${'Kim ngạch xuất khẩu năm 2023 đạt 5,6 tỷ USD, tăng 12% so với năm trước.\n'.repeat(9)}.a { width: 100%; }`;
    expect(markupShare(text)).toBeLessThan(0.1);
  });
});
