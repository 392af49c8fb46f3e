import type { LedgerEntry } from '../ledger.ts';
import { checkTarget, defaultTarget, type HistoryRevision } from './targets.ts';

const entry = (version: string, outcome: string, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  version,
  images: { web: `reg/web:${version}` },
  strategy: 'rolling',
  time: '2026-11-30T10:00:00Z',
  outcome,
  ...extra,
});
const rs = (version: string): HistoryRevision => ({
  version,
  images: { web: `reg/web:${version}` },
  source: `rs-${version}`,
});
const tags = new Set(['1.0.0', '1.1.0', '1.2.0', '1.3.0']);

test('default target: the newest good version before the current one, skipping failures and versions rolled back from', () => {
  const ledger = [
    entry('1.3.0', 'rolled-back'),
    entry('1.2.0', 'succeeded'),
    entry('1.1.0', 'failed'),
    entry('1.0.0', 'succeeded'),
  ];
  expect(defaultTarget(ledger, '1.2.0')).toBe('1.0.0');
  expect(defaultTarget([entry('1.0.0', 'restored', { from: '1.2.0' }), ...ledger], '1.0.0')).toBeUndefined();
  expect(defaultTarget([entry('1.2.0', 'restored', { from: '1.3.0' }), ...ledger.slice(1)], '1.2.0')).toBe(
    '1.0.0',
  );
});

test('a target must be recorded with its images, tagged, and not running; refusals list the valid ones', () => {
  const o = {
    current: '1.2.0',
    ledger: [entry('1.2.0', 'succeeded'), entry('1.0.0', 'succeeded')],
    history: [rs('1.1.0')],
    tags,
    tagSource: 'git',
  };
  expect(checkTarget({ ...o, version: '1.1.0' })).toMatchObject({
    ok: true,
    target: { version: '1.1.0', revision: { source: 'rs-1.1.0' } },
  });
  expect(checkTarget({ ...o, version: undefined })).toMatchObject({ ok: true, target: { version: '1.0.0' } });
  expect(checkTarget({ ...o, version: '1.2.0' })).toEqual({
    ok: false,
    reason: expect.stringMatching(/running version/),
    validTargets: ['1.0.0', '1.1.0'],
  });
  expect(checkTarget({ ...o, version: '1.3.0' })).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/not in the release ledger/),
  });
  expect(checkTarget({ ...o, version: '2.0.0' })).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/not a tag/),
  });
  expect(checkTarget({ ...o, tags: new Set(['1.0.0']), version: '1.1.0' })).toMatchObject({
    ok: false,
    validTargets: ['1.0.0'],
  });
  const noImages = { ...o, ledger: [entry('1.0.0', 'succeeded', { images: {} })], history: [] };
  expect(checkTarget({ ...noImages, version: '1.0.0' })).toMatchObject({ ok: false, validTargets: [] });
});

test('a version recorded only as failed can be chosen explicitly, with a warning', () => {
  const r = checkTarget({
    version: '1.1.0',
    current: '1.2.0',
    ledger: [entry('1.1.0', 'failed')],
    history: [],
    tags,
    tagSource: 'git',
  });
  expect(r).toMatchObject({ ok: true, warnings: [expect.stringMatching(/last recorded as failed/)] });
});
