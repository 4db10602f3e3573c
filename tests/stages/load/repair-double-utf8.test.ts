import { describe, expect, it } from 'vitest';
import { repairDoubleUtf8 } from '../../../src/stages/load/repair-double-utf8.ts';
import { encodeTwice } from '../../helpers/encode-legacy.ts';

const REPORT = [
  'Tăng trưởng kinh tế năm 2023 đạt 7,5%, cao hơn mức bình quân cả nước.',
  'Thu ngân sách trên địa bàn ước đạt 12.345 tỷ đồng; vốn đầu tư toàn xã hội tăng 9,8%.',
  'Kim ngạch xuất khẩu đạt 3,2 tỷ USD, giảm 4,1% so với cùng kỳ.',
].join('\n');

describe('repairDoubleUtf8', () => {
  it('reads back text encoded twice, every line of it', () => {
    expect(encodeTwice('đạt')).toBe('Ä‘áº¡t');
    expect(repairDoubleUtf8(encodeTwice(REPORT))).toEqual({ kind: 'repaired', text: REPORT });
  });

  it.each([
    ['TÄƒng trÆ°á»Ÿng Ä‘áº¡t 7%', 'Tăng trưởng đạt 7%'],
    ['Ä‘iá»\u0081u chá»‰nh', 'điều chỉnh'], // ề is E1 BB 81: 0x81 comes through as U+0081
    [encodeTwice(encodeTwice('Thu ngân sách đạt 12.345 tỷ đồng')), 'Thu ngân sách đạt 12.345 tỷ đồng'],
    [encodeTwice('\ufeffGRDP tăng 7,5%'), 'GRDP tăng 7,5%'],
  ])('repairs %j', (mojibake, text) => {
    expect(repairDoubleUtf8(mojibake)).toEqual({ kind: 'repaired', text });
  });

  it.each([
    ['a Vietnamese report', REPORT],
    ['a few Latin-1 letters', 'Quán café Ã Nguyên ở Hà Nội; giá “Ã©” ghi sai một lần.'],
    ['English', 'GDP grew 7.5% in 2023.'],
    ['one odd pair in Vietnamese text', 'Nhiệt độ trung bình 28Â°C, lượng mưa tăng so với cùng kỳ năm trước.'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairDoubleUtf8(text)).toEqual({ kind: 'none' });
  });

  it('repairs nothing when only some lines were encoded twice, and says where and why', () => {
    const lines = REPORT.split('\n');
    const partial = [encodeTwice(lines[0]!), encodeTwice(lines[1]!), lines[2]].join('\n');
    expect(repairDoubleUtf8(partial)).toEqual({
      kind: 'broken', line: 3, column: 7, reason: '"ạ" is not a Windows-1252 character', mojibakeLines: 2,
    });
  });

  it('repairs nothing when a line of Latin-1 letters does not make UTF-8', () => {
    const partial = `${encodeTwice('Tăng trưởng đạt 7,5%')}\nGiá cà phê, chè`;
    const result = repairDoubleUtf8(partial);
    expect(result).toMatchObject({ kind: 'broken', line: 2, column: 3 });
    if (result.kind === 'broken') expect(result.reason).toMatch(/"á" \(byte 0xe1\) does not make UTF-8/);
  });
});
