import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../src/stages/load/first-invalid-utf8.ts';

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid Vietnamese', Buffer.from('Quảng Ninh'), null],
    ['a truncated 3-byte sequence', Buffer.from([0x61, 0xe1, 0xba]), 1],
    ['a UTF-16 surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0],
    ['an overlong sequence', Buffer.from([0xc0, 0xaf]), 0],
    ['a stray continuation byte', Buffer.from([0x61, 0x62, 0x80]), 2],
    ['a lead byte before ASCII', Buffer.concat([Buffer.from('đạt '), Buffer.from([0xc3, 0x28])]), 7],
  ])('finds %s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(bytes)).toBe(expected);
  });
});
