import { describe, expect, it } from 'vitest';
import { csvText, localDateTime } from './format.js';

describe('export formatting', () => {
  it('shows a UTC instant in Beijing time, across midnight, with seconds when asked', () => {
    expect(localDateTime(new Date('2026-11-28T19:37:05.123Z'), undefined, true)).toBe('2026-11-29 03:37:05');
    expect(localDateTime(new Date('2026-12-31T16:00:00Z'), undefined, true)).toBe('2027-01-01 00:00:00');
    expect(localDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });
  it('writes RFC 4180 CSV with a BOM, quoting only what needs it', () => {
    expect(
      csvText([
        ['a', 1, null],
        ['x,"y"', '换\n行', 2],
      ]),
    ).toBe('\uFEFFa,1,\r\n"x,""y""","换\n行",2\r\n');
  });
});
