// Inputs several actions declare follow one rule with the same words everywhere, checked when the
// inputs are read (before any request): `app` in every action that derives names from it (a name
// that would make `<app>-baseline` longer than the API server's 63 is refused), and the Lease's
// `lease-duration` in deploy and rollback.
import { APP_NAME, InputError, readInputs } from '@shipgate/core';
import { definition as canaryMonitor } from '../../actions/canary-monitor/src/definition.ts';
import { definition as deploy } from '../../actions/deploy/src/definition.ts';
import { definition as rollback } from '../../actions/rollback/src/definition.ts';

const required: Record<string, Record<string, string>> = {
  deploy: { INPUT_VERSION: '1.0.0', INPUT_IMAGE: 'reg/web:1.0.0' },
  'canary-monitor': { 'INPUT_PROMETHEUS-URL': 'http://127.0.0.1:9090' },
  rollback: { INPUT_CONFIRMATION: 'CONFIRM', INPUT_REASON: 'p99 doubled' },
};

test.each([
  ['deploy', deploy],
  ['canary-monitor', canaryMonitor],
  ['rollback', rollback],
] as const)('%s: app of 55 characters refused naming the limit; 54 read', (name, def) => {
  const read = (app: string) => () =>
    readInputs(def as Parameters<typeof readInputs>[0], { ...required[name], INPUT_APP: app });
  expect(read('a'.repeat(55))).toThrow(InputError);
  expect(read('a'.repeat(55))).toThrow(/"app".*at most 54 characters.*<app>-baseline/s);
  expect((read('a'.repeat(54))() as { app: string }).app).toHaveLength(54);
});

test('the longest app still gives names the API server takes (a DNS-1123 label of at most 63)', () => {
  const app = 'a'.repeat(54);
  expect(APP_NAME.test(app)).toBe(true);
  for (const suffix of ['-canary', '-baseline', '-preview', '-blue', '-green'])
    expect((app + suffix).length).toBeLessThanOrEqual(63);
  for (const bad of ['Web', 'web_api', '-web', '']) expect([bad, APP_NAME.test(bad)]).toEqual([bad, false]);
});

test.each([
  ['deploy', deploy],
  ['rollback', rollback],
] as const)('%s: lease-duration between 2s and 1h, default 60 s', (name, def) => {
  const read = (extra: Record<string, string>) => () =>
    readInputs(def as Parameters<typeof readInputs>[0], {
      ...required[name],
      INPUT_APP: 'web',
      ...extra,
    }) as {
      'lease-duration': number;
    };
  expect(read({})()['lease-duration']).toBe(60_000);
  expect(read({ 'INPUT_LEASE-DURATION': '90s' })()['lease-duration']).toBe(90_000);
  expect(read({ 'INPUT_LEASE-DURATION': '1s' })).toThrow(/"lease-duration".*between 2s and 1h/s);
});
