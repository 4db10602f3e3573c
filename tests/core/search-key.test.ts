import { describe, expect, it } from 'vitest';
import { searchKey } from '../../src/core/search-key.ts';

describe('searchKey', () => {
  it('drops every mark and folds đ, so a name typed without a Vietnamese keyboard finds it', () => {
    expect(searchKey('Quảng Ninh')).toBe('quang ninh');
    expect(searchKey('Đắk Lắk')).toBe('dak lak');
    expect(searchKey('Bà Rịa - Vũng Tàu')).toBe('ba ria - vung tau');
    expect(searchKey('Thừa Thiên Huế'.normalize('NFD'))).toBe('thua thien hue');
    expect(searchKey('  Hà   Nội ')).toBe('ha noi');
  });
});
