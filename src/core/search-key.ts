/**
 * A Vietnamese name without its marks, in lower case, for searching:
 * what a user types without a Vietnamese keyboard finds it (`like
 * '%quang ninh%'`). "đ" becomes "d"; spaces are kept and runs of them
 * made one.
 *
 * @example
 * searchKey('Quảng Ninh')       // → 'quang ninh'
 * searchKey('Đà Nẵng')          // → 'da nang'
 * searchKey('  Thừa  Thiên Huế') // → 'thua thien hue'
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
