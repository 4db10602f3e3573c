import { describe, expect, it } from 'vitest';
import { findStatus } from '../../../src/stages/extract/find-status.ts';

const statuses = (s: string) => findStatus(s).map((m) => [m.word, m.status, m.scope]);

describe('findStatus', () => {
  it.each([
    ['Ước tính năm 2023 GRDP đạt 315.839 tỷ đồng', [['ước tính', 'estimate', 'wide']]],
    ['Thu ngân sách dự toán 3.901 tỷ đồng', [['dự toán', 'target', 'local']]],
    ['Theo số liệu thống kê sơ bộ của Tổng cục Hải quan', [['sơ bộ', 'preliminary', 'release']]],
    ['Sở Kế hoạch và Đầu tư cho biết', []],
    ['thu ngân sách đạt 102% dự toán', []],
    ['có 03/12 mục tiêu hoàn thành', []],
    ['ước mơ của người dân', []],
    ['các ngân hàng được giao dịch ở mức trần 24.812 đồng/USD', []],
    ['tỉnh được giao thu 5.000 tỷ đồng', [['được giao', 'target', 'wide']]],
  ])('"%s"', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});
