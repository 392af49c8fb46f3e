import { formatGoDuration, parseGoInteger, toNumber, truncateForPattern } from './go-values.ts';

test.each([
  ['0x1', 1],
  ['0XfF', 255],
  ['0xC0ff33', 12648243],
  ['-0x10', -16],
  ['0o17', 15],
  ['0b0010', 2],
  ['0x_1F', 31],
  ['1_000', 1000],
])('Go integer literal %s is %d (strconv.ParseInt base 0)', (text, value) => {
  expect(parseGoInteger(text)).toBe(value);
  expect(toNumber(text)).toBe(value);
});

test.each(['0x', '0xg', '0b2', '0o8', '1__0', '_1', '1_', '0x1_', '017', '12'])(
  '%s is no prefixed Go integer',
  (t) => {
    expect(parseGoInteger(t)).toBeUndefined();
  },
);

test.each([
  [336 * 3600_000, '336h'],
  [5400_000, '1h30m'],
  [3615_000, '1h0m15s'],
  [600_000, '10m'],
  [90_000, '1m30s'],
  [45_000, '45s'],
  [999, '0s'],
  [0, '0s'],
  [-48 * 3600_000, '-48h'],
  [863_999_788.4, '239h59m59s'],
])('%d ms prints as gatus prints a duration: %s', (ms, text) => {
  expect(formatGoDuration(ms)).toBe(text);
});

test('a value compared with pat() shows 25 characters, as gatus', () => {
  expect(truncateForPattern('a'.repeat(25))).toBe('a'.repeat(25));
  expect(truncateForPattern(`${'é'.repeat(25)}x`)).toBe(`${'é'.repeat(25)}...(truncated)`);
});
