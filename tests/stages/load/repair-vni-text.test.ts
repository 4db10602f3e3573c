import { describe, expect, it } from 'vitest';
import { repairVniText } from '../../../src/stages/load/repair-vni-text.ts';
import { encodeLegacy } from '../../helpers/encode-legacy.ts';

const REPORT = 'Tăng trưởng kinh tế năm 2023 đạt 7,5%; thu ngân sách ước đạt 12.345 tỷ đồng.';

describe('repairVniText', () => {
  it('converts VNI-font text saved as Unicode', () => {
    const shown = encodeLegacy(REPORT, 'vni').toString('latin1');
    expect(shown).toBe('Taêng tröôûng kinh teá naêm 2023 ñaït 7,5%; thu ngaân saùch öôùc ñaït 12.345 tyû ñoàng.');
    expect(repairVniText(shown)).toBe(REPORT);
  });

  it.each([
    ['Unicode Vietnamese', REPORT],
    ['French', 'Le café a été servi à côté de la gare, près du marché.'],
    ['ASCII', 'GRDP 7,5% (2023)'],
    ['too little to tell', 'Taêng 7,5%'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairVniText(text)).toBeNull();
  });
});
