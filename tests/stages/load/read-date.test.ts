import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src/stages/load/read-date.ts';

describe('readDate', () => {
  it('reads ISO dates as precise as they are written', () => {
    expect(readDate('2024-03-05')).toEqual({ ok: true, date: '2024-03-05' });
    expect(readDate('2024-03')).toEqual({ ok: true, date: '2024-03' });
    expect(readDate('2024')).toEqual({ ok: true, date: '2024' });
    expect(readDate('2024-03-05T08:30:00+07:00')).toEqual({ ok: true, date: '2024-03-05' });
    expect(readDate('2024 (after Q1)')).toEqual({ ok: true, date: '2024' });
  });

  it('reads an approximate date written as an ISO interval as its start', () => {
    expect(readDate('2019-07/08')).toEqual({ ok: true, date: '2019-07' });
    expect(readDate('2021-12/2022-01')).toEqual({ ok: true, date: '2021-12' });
    expect(readDate('2021-13/2022-01').ok).toBe(false);
  });

  it('reads day-first dates as Vietnamese write them, never month-first', () => {
    expect(readDate('5/3/2024')).toEqual({ ok: true, date: '2024-03-05' });
    expect(readDate('03/05/2024')).toEqual({ ok: true, date: '2024-05-03' });
    expect(readDate('29-02-2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(readDate('31.12.2023')).toEqual({ ok: true, date: '2023-12-31' });
    expect(readDate('3/2024')).toEqual({ ok: true, date: '2024-03' });
    expect(readDate('ngày 15 tháng 8 năm 2024')).toEqual({ ok: true, date: '2024-08-15' });
    expect(readDate('tháng 8 năm 2024')).toEqual({ ok: true, date: '2024-08' });
  });

  it('checks the calendar', () => {
    expect(readDate('2024-13-45')).toMatchObject({ ok: false, message: 'month 13 does not exist' });
    expect(readDate('2023-02-29')).toMatchObject({ ok: false, message: expect.stringContaining('has no day 29') });
    expect(readDate('31/4/2024')).toMatchObject({ ok: false });
    expect(readDate('0/1/2024')).toMatchObject({ ok: false });
    expect(readDate('1850')).toMatchObject({ ok: false });
  });

  it('refuses what is no date, saying which formats it reads', () => {
    expect(readDate('yesterday')).toMatchObject({ ok: false, message: expect.stringContaining('DD/MM/YYYY') });
    expect(readDate('12/2024/01')).toMatchObject({ ok: false });
    expect(readDate('')).toMatchObject({ ok: false });
  });
});
