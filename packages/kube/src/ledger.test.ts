import { appendEntry, parseLedger, LEDGER_KEY, type LedgerEntry } from './ledger.ts';

const entry = (version: string, extra = ''): LedgerEntry => ({
  version,
  images: { web: `registry/web:${version}${extra}` },
  strategy: 'rolling',
  time: '2026-01-01T00:00:00Z',
  outcome: 'succeeded',
});

test('newest first, bounded by count', () => {
  let list: LedgerEntry[] = [];
  for (let i = 1; i <= 60; i++) list = appendEntry(list, entry(`1.0.${i}`));
  expect(list).toHaveLength(50);
  expect(list[0]?.version).toBe('1.0.60');
  expect(list.at(-1)?.version).toBe('1.0.11');
});

test('bounded by bytes, but the newest entry is always kept', () => {
  const big = 'x'.repeat(2000);
  let list: LedgerEntry[] = [];
  for (let i = 1; i <= 20; i++) list = appendEntry(list, entry(`1.0.${i}`, big), 50, 10_000);
  expect(Buffer.byteLength(JSON.stringify(list))).toBeLessThanOrEqual(10_000);
  expect(list[0]?.version).toBe('1.0.20');
  expect(appendEntry([], entry('2.0.0', 'y'.repeat(20_000)), 50, 10_000)).toHaveLength(1);
});

test('parseLedger tolerates absent and corrupt data', () => {
  expect(parseLedger(undefined)).toEqual([]);
  expect(parseLedger({ data: { [LEDGER_KEY]: '{nope' } })).toEqual([]);
  expect(parseLedger({ data: { [LEDGER_KEY]: JSON.stringify([entry('1.0.0'), 3, null]) } })).toEqual([
    entry('1.0.0'),
  ]);
});
