import { effectiveWeight, k8sDeploySplit, splitReplicas, weightDiffers } from './weights.ts';

describe('splitReplicas by replica ratio', () => {
  // requested → [total, stable, canary, effective] for the documented cases
  test.each([
    [4, 25, 3, 1, 25],
    [10, 10, 9, 1, 10],
    [10, 5, 10, 1, 9.1],
    [10, 25, 9, 3, 25],
    [10, 50, 5, 5, 50],
    [3, 25, 3, 1, 25],
    [5, 10, 5, 1, 16.7],
    [2, 50, 1, 1, 50],
    [1, 50, 1, 1, 50],
  ])('N=%i at %i%% → stable %i, canary %i, %f%%', (total, pct, stable, canary, eff) => {
    const s = splitReplicas(total, pct);
    expect([s.stable, s.canary, s.effectivePercent]).toEqual([stable, canary, eff]);
    expect(s.unreachable).toBeUndefined();
  });

  test('5% of 3 replicas is unreachable without a router, with a reason naming the numbers', () => {
    const s = splitReplicas(3, 5);
    expect(s.unreachable).toMatch(/5% cannot be reached with 3 replica\(s\).*25%/);
  });

  test('zero replicas cannot host a canary step; one replica only a coarse one', () => {
    expect(splitReplicas(0, 50).unreachable).toMatch(/needs at least 2 pods/);
    expect(splitReplicas(1, 10).unreachable).toMatch(/nearest whole-pod split gives 50%/);
    expect(splitReplicas(2, 10, { baseline: true }).unreachable).toMatch(/cannot be reached/);
  });

  test('0% and 100% are the ends of the rollout', () => {
    expect(splitReplicas(4, 0)).toMatchObject({ stable: 4, canary: 0, effectivePercent: 0 });
    expect(splitReplicas(4, 100, { baseline: true })).toMatchObject({
      stable: 0,
      canary: 4,
      baseline: 0,
      effectivePercent: 100,
    });
  });

  test('baseline runs at the canary size and the total stays N (4 × 25% → 2/1/1, not k8s-deploy’s 16.7%)', () => {
    const s = splitReplicas(4, 25, { baseline: true });
    expect(s).toMatchObject({ stable: 2, canary: 1, baseline: 1, effectivePercent: 25 });
    expect(k8sDeploySplit(4, 25, true)).toBe(16.7);
  });

  // The weight matrix: 1..10 replicas × 5/10/25/50 %. Invariants hold for every cell, and each
  // reachable cell is the closest whole-pod split there is.
  const cells = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((n) => [5, 10, 25, 50].map((p) => [n, p] as const));
  test.each(cells)('matrix N=%i at %i%%', (total, pct) => {
    const s = splitReplicas(total, pct);
    expect(s.stable + s.canary + s.baseline).toBeGreaterThanOrEqual(total);
    expect(s.stable).toBeLessThanOrEqual(total);
    expect(s.stable).toBeGreaterThanOrEqual(1);
    expect(s.canary).toBeGreaterThanOrEqual(1);
    if (s.unreachable) {
      expect(s.effectivePercent).toBeGreaterThan(pct * 2);
      return;
    }
    // brute force: no other allowed split is closer
    for (let c = 1; c <= total; c++) {
      for (let st = Math.max(1, total - c); st <= total; st++) {
        expect(Math.abs(s.effectivePercent - pct)).toBeLessThanOrEqual(
          Math.abs((c / (st + c)) * 100 - pct) + 0.05,
        );
      }
    }
    // never worse than k8s-deploy's split for the same request
    expect(Math.abs(s.effectivePercent - pct)).toBeLessThanOrEqual(
      Math.abs(k8sDeploySplit(total, pct, false) - pct) + 0.05,
    );
  });

  test('rejects impossible arguments', () => {
    expect(() => splitReplicas(-1, 10)).toThrow(RangeError);
    expect(() => splitReplicas(3, 101)).toThrow(/0\.\.100/);
  });
});

describe('splitReplicas with a router', () => {
  test('weights are exact, stable keeps its pods, canary is sized for its share', () => {
    expect(splitReplicas(3, 5, { mode: 'router' })).toMatchObject({
      stable: 3,
      canary: 1,
      effectivePercent: 5,
      routerWeights: { stable: 95, canary: 5, baseline: 0 },
    });
    expect(splitReplicas(10, 25, { mode: 'router', baseline: true }).routerWeights).toEqual({
      stable: 50,
      canary: 25,
      baseline: 25,
    });
    expect(splitReplicas(10, 60, { mode: 'router', baseline: true }).unreachable).toBeDefined();
  });
});

test('effectiveWeight and weightDiffers', () => {
  expect(effectiveWeight({ stable: 2, canary: 1, baseline: 1 })).toBe(25);
  expect(effectiveWeight({ stable: 0, canary: 0 })).toBe(0);
  expect(weightDiffers(10, 16.7)).toBe(true);
  expect(weightDiffers(10, 15)).toBe(false);
});
