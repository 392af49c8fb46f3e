import { ANNOTATIONS, decodeState, encodeState, type RolloutState } from './state.ts';

const state: RolloutState = {
  v: 1,
  strategy: 'canary',
  phase: 'paused',
  step: 1,
  version: '1.3.0',
  images: { web: 'registry/web:1.3.0' },
  previousVersion: '1.2.0',
  previousImages: { web: 'registry/web:1.2.0' },
  requestedWeight: 10,
  effectiveWeight: 10,
  router: 'replicas',
  canary: 'web-canary',
  stableReplicas: 10,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

test('round-trips through annotations and exposes the version on its own key', () => {
  const ann = encodeState(state);
  expect(ann[ANNOTATIONS.version]).toBe('1.3.0');
  expect(decodeState({ other: 'x', ...ann })).toEqual(state);
});

test('absent state is undefined; hand-edited state is a clear error', () => {
  expect(decodeState(undefined)).toBeUndefined();
  expect(decodeState({})).toBeUndefined();
  expect(() => decodeState({ [ANNOTATIONS.state]: '{' })).toThrow(/not JSON/);
  expect(() => decodeState({ [ANNOTATIONS.state]: JSON.stringify({ ...state, strategy: 'ramp' }) })).toThrow(
    /strategy/,
  );
});

test('refuses to encode a weight outside 0..100', () => {
  expect(() => encodeState({ ...state, requestedWeight: 120 })).toThrow(
    /"requestedWeight"[\s\S]*expected number to be <=100/,
  );
});
