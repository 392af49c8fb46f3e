import type { RolloutState } from '../state.ts';
import { checkFailedVersion } from './failed-version.ts';
import type { LiveApp } from './live.ts';

const state = (over: Partial<RolloutState>): RolloutState => ({
  v: 1,
  strategy: 'canary',
  phase: 'aborted',
  step: 1,
  version: '1.1.0',
  images: { web: 'reg/web:1.1.0' },
  previousVersion: '1.2.0',
  updatedAt: '2026-11-30T10:00:00Z',
  ...over,
});
const live = (over: Partial<LiveApp>): LiveApp => ({
  strategy: 'canary',
  version: '1.1.0',
  images: { web: 'reg/web:1.1.0' },
  deployment: 'web',
  replicas: 4,
  state: state({}),
  canaryRunning: false,
  arms: [],
  history: [],
  ledger: [],
  ...over,
});

test('the failed version running: an ordinary rollback', () => {
  expect(checkFailedVersion(live({ version: '1.2.0' }), '1.2.0', '1.1.0')).toEqual({ kind: 'rollback' });
});

test('a third version running: refused, naming all three', () => {
  const c = checkFailedVersion(live({ version: '1.3.0' }), '1.2.0', '1.1.0');
  expect(c).toMatchObject({ kind: 'refused' });
  expect(c.kind === 'refused' && c.reason).toMatch(
    /1\.3\.0 is running, neither the target 1\.1\.0 nor the failed version 1\.2\.0/,
  );
});

test('already back: why, by how the record says it got there, and what is left', () => {
  expect(checkFailedVersion(live({}), '1.2.0', '1.1.0')).toEqual({
    kind: 'already-back',
    failedVersion: '1.2.0',
    why: 'traffic was already back on 1.1.0: canary 1.2.0 was aborted',
    leftovers: [],
  });
  const rolling = live({
    strategy: 'rolling',
    state: state({ strategy: 'rolling', phase: 'rolled-back' }),
    history: [
      { version: '1.2.0', images: {}, source: 'web-abc (revision 3)', replicas: 1 },
      { version: '1.0.0', images: {}, source: 'web-def (revision 1)', replicas: 0 },
    ],
  });
  expect(checkFailedVersion(rolling, '1.2.0', '1.1.0')).toMatchObject({
    why: 'traffic was already back on 1.1.0: the rollout of 1.2.0 was rolled back',
    leftovers: ['web-abc (revision 3) with 1 pod(s) of 1.2.0'],
  });
  const bg = live({
    strategy: 'blue-green',
    state: state({ strategy: 'blue-green', phase: 'failed', previousVersion: '1.1.0' }),
    deployment: 'web-green',
    history: [{ version: '1.2.0', images: {}, source: 'web-blue', replicas: 2 }],
  });
  expect(checkFailedVersion(bg, '1.2.0', '1.1.0')).toMatchObject({
    why: 'traffic was already back on 1.1.0: the blue-green rollout of 1.2.0 stopped before the switch (failed)',
    leftovers: ['web-blue with 2 pod(s) of 1.2.0'],
  });
  expect(checkFailedVersion(live({ arms: ['web-baseline'] }), '1.2.0', '1.1.0')).toMatchObject({
    leftovers: ['Deployment web-baseline (canary arm)'],
  });
  expect(checkFailedVersion(live({ state: undefined }), '1.2.0', '1.1.0')).toMatchObject({
    why: 'traffic was already back on 1.1.0: 1.2.0 serves no traffic',
  });
});
