import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../src/stages/extract/find-organisations.ts';

describe('findOrganisations', () => {
  it.each([
    ['Công ty Cổ phần Thép Nam Việt báo lãi 12 tỷ đồng', ['Công ty Cổ phần Thép Nam Việt']],
    ['Tổng công ty 36 lỗ 20 tỷ đồng', ['Tổng công ty 36']],
    ['Tại Tập đoàn Hòa Phát, doanh thu tăng 4%', ['Tập đoàn Hòa Phát']],
    ['Ngân hàng Đầu tư và Phát triển Việt Nam tại Gia Lai cho vay 3.000 tỷ đồng', ['Ngân hàng Đầu tư và Phát triển Việt Nam']],
    ['Các mã tăng gồm FPT (+1,2%) và MWG (+0,4%)', ['FPT', 'MWG']],
  ])('"%s"', (sentence, expected) => {
    expect(findOrganisations(sentence).map((o) => o.text)).toEqual(expected);
  });

  it.each([
    'Các công ty trong tỉnh đã nộp 5 tỷ đồng',
    'Theo Ngân hàng Nhà nước, tín dụng tăng 9%',
    'ICOR (4,5) và HDI (0,73) đều cải thiện',
  ])('names no business in "%s"', (sentence) => {
    expect(findOrganisations(sentence)).toEqual([]);
  });
});
