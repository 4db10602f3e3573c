import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../src/stages/load/extract-html-article.ts';
import { DEV, HAS_DEV } from '../../helpers/shared-corpus.ts';

const page = `<!DOCTYPE html><html><head>
<meta property="og:title" content="Xuất khẩu 9 tháng tăng 15,4%">
<meta property="article:published_time" content="2024-10-06T08:00:00+07:00">
<link rel="canonical" href="https://example.vn/xuat-khau-9-thang.htm">
<style>.x{width:100px}</style><script>var views = 12345;</script>
</head><body>
<nav class="menu"><a href="/">Trang chủ</a><a href="/kt">Kinh tế 24h</a></nav>
<article class="detail">
  <h1>Xuất khẩu 9 tháng tăng 15,4%</h1>
  <h2 class="sapo">Kim ngạch đạt 299,63 tỷ USD &ndash; cao nhất từ trước đến nay.</h2>
  <div class="detail-content">
    <p>Tính chung 9 tháng năm 2024, kim ngạch xuất khẩu hàng hóa đạt 299,63 tỷ USD, tăng 15,4% so với cùng kỳ năm trước.</p>
    <figure><img src="/2024/10/06/anh-2408.jpg" alt="ảnh 2408"><figcaption>Cảng Cát Lái (Ảnh: TTXVN).</figcaption></figure>
    <p>Xuất siêu đạt 20,79&nbsp;tỷ USD.</p>
    <div class="related-news"><a href="/a">Tin liên quan: Giá vàng tăng 3%</a></div>
  </div>
</article>
<footer>Điện thoại: 080 43162</footer>
</body></html>`;

describe('extractHtmlArticle', () => {
  it('keeps headline, lead, body and captions, and leaves out navigation, related lists, footers and scripts', () => {
    const a = extractHtmlArticle(page);
    expect(a.text.split('\n')).toEqual([
      'Xuất khẩu 9 tháng tăng 15,4%',
      'Kim ngạch đạt 299,63 tỷ USD – cao nhất từ trước đến nay.',
      'Tính chung 9 tháng năm 2024, kim ngạch xuất khẩu hàng hóa đạt 299,63 tỷ USD, tăng 15,4% so với cùng kỳ năm trước.',
      'Cảng Cát Lái (Ảnh: TTXVN).',
      'Xuất siêu đạt 20,79 tỷ USD.',
    ]);
  });

  it('reads title, publication date and canonical URL from the metadata', () => {
    const a = extractHtmlArticle(page);
    expect(a.title).toBe('Xuất khẩu 9 tháng tăng 15,4%');
    expect(a.published).toBe('2024-10-06');
    expect(a.url).toBe('https://example.vn/xuat-khau-9-thang.htm');
  });

  it.skipIf(!HAS_DEV)('reads the article of a real Dân trí page and none of its menus', () => {
    const a = extractHtmlArticle(readFileSync(path.join(DEV, 'raw/001.html'), 'utf8'));
    expect(a.text.startsWith('Cao tốc Tuyên Quang - Phú Thọ: Điều chỉnh đầu tư cần thêm hơn 4.000 tỷ đồng')).toBe(true);
    expect(a.text).toContain('dự án này có tổng mức đầu tư là 3.271,09 tỷ đồng');
    expect(a.text).toContain('Ảnh minh họa: Mạnh Quân');
    expect(a.text).not.toMatch(/Trang chủ|Đăng nhập|Tin liên quan/);
  });
});
