import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, stripMarkdown } from '../../../src/stages/load/strip-markdown.ts';

describe('stripMarkdown', () => {
  it('drops images (their file names are not text) and keeps link words', () => {
    const md = '![Ông Thái Bảo](https://hddtvn.com/wp-content/uploads/2021/01/2408_IMG_8507.jpg "ảnh")\n[Xem chi tiết](https://x.vn/a-2020)';
    expect(stripMarkdown(md)).toBe('\nXem chi tiết');
  });

  it('removes setext underlines, heading marks and emphasis', () => {
    expect(stripMarkdown('Đồng Nai tăng 4,44%\n===\n## Xuất khẩu\n**Nguyễn Hiền**')).toBe('Đồng Nai tăng 4,44%\n\nXuất khẩu\nNguyễn Hiền');
  });
});

describe('looksLikeMarkdown', () => {
  it('tells a republished Markdown article saved as .txt from plain text', () => {
    expect(looksLikeMarkdown('Đồng Nai tăng 4,44%\n===\n![ảnh](https://x.vn/2408_IMG_8507.jpg "ảnh")\nChiều 25/12')).toBe(true);
    expect(looksLikeMarkdown('GRDP tăng 7,5% [theo Cục Thống kê] so với năm trước. Thu ngân sách **ước** đạt 5.000 tỷ.')).toBe(false);
  });
});
