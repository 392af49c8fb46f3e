// The Prometheus client and measurements against a real Prometheus (Debian 2.42) scraping real
// sample-app processes that kube-sim runs, discovered through kube-sim's HTTP SD endpoint.
import { systemClock } from '@shipgate/core';
import { measureRound } from '../measure.ts';
import { Prometheus } from '../prometheus.ts';
import { analysisSchema, resolveSpec } from '../spec.ts';
import { startMetricsCluster, untilValue, type MetricsCluster } from './cluster.ts';

let c: MetricsCluster;
beforeAll(async () => {
  c = await startMetricsCluster({ stable: 'web:1.0.0', canary: 'web:2.0.0' });
  await untilValue(c.client, 'sum(increase(http_requests_total{track="canary"}[5s]))', 40_000, (v) => v > 20);
  // Both arms scraped with traffic in the window (under load the stable pods can lag the canary's).
  await untilValue(c.client, 'sum(increase(http_requests_total{track="stable"}[5s]))', 40_000, (v) => v > 20);
}, 60_000);
afterAll(() => c?.stop());

const vars = (track: string, version: string) => ({
  app: 'web',
  namespace: 'default',
  track,
  interval: '5s',
  version,
});

test('kube-sim serves HTTP SD target groups of its ready pods with app/track/version/pod/namespace', async () => {
  const groups = (await (await fetch(`${c.sim.url}/_sim/sd`)).json()) as {
    targets: string[];
    labels: Record<string, string>;
  }[];
  expect(groups).toHaveLength(4);
  expect(groups.map((g) => `${g.labels.track}:${g.labels.version}`).sort()).toEqual([
    'canary:2.0.0',
    'canary:2.0.0',
    'stable:1.0.0',
    'stable:1.0.0',
  ]);
  expect(groups[0]).toMatchObject({
    targets: [expect.stringMatching(/^127\.0\.0\.1:\d+$/)],
    labels: { app: 'web', namespace: 'default', pod: expect.any(String) },
  });
});

test('answers as Prometheus gives them: a value, no data, several series, NaN, +Inf', async () => {
  const now = Date.now();
  expect(await c.client.instant('sum(up{app="web"})', now)).toMatchObject({ kind: 'value', value: 4 });
  expect(await c.client.instant('sum(nonexistent_metric_total)', now)).toMatchObject({ kind: 'no-data' });
  expect(await c.client.instant('up{app="web"}', now)).toMatchObject({
    kind: 'ambiguous',
    series: expect.any(Array),
  });
  const nan = await c.client.instant('sum(up{app="web"}) * 0 / 0', now);
  expect(nan.kind === 'value' && Number.isNaN(nan.value)).toBe(true);
  expect(await c.client.instant('sum(up{app="web"}) / 0', now)).toMatchObject({
    kind: 'value',
    value: Infinity,
  });
});

test('a query Prometheus refuses comes back with its parser message, not retried', async () => {
  const r = await c.client.instant('sum(rate(http_requests_total[5s])', Date.now());
  expect(r).toMatchObject({ kind: 'bad-query', status: 400, message: expect.stringContaining('bad_data') });
});

test('measures the error-rate template per arm from real scrapes', async () => {
  const spec = resolveSpec(
    analysisSchema.parse({ metrics: [{ template: 'http-error-rate', 'min-samples': 10 }] }),
  );
  const [o] = await measureRound(
    c.client,
    spec.metrics,
    { canary: vars('canary', '2.0.0'), baseline: vars('stable', '1.0.0') },
    Date.now(),
  );
  expect(o!.arms.canary).toMatchObject({
    status: 'ok',
    queries: [expect.stringContaining('track="canary"'), expect.any(String)],
  });
  // The canary answers 20% errors: the measured share must be what its request count allows. A
  // fixed range (0.08–0.35) failed on a window of ~16 requests (1 error: 6.25%, p ≈ 0.14), so
  // the check is the 99.9% Wilson interval of the counts Prometheus gave.
  const { errors, total, value } = o!.arms.canary as { errors: number; total: number; value: number };
  expect(total).toBeGreaterThanOrEqual(10);
  expect(value).toBeCloseTo(errors / total, 12);
  const [low, high] = wilson(errors / total, total, 3.29);
  expect({ low: low < 0.2, high: high > 0.2 }).toEqual({ low: true, high: true });
  expect(o!.arms.baseline).toMatchObject({ status: 'ok', errors: 0 });
});

test('an unreachable Prometheus is a measurement error after its retries', async () => {
  const gone = new Prometheus({ url: 'http://127.0.0.1:1', clock: systemClock, attempts: 2, timeoutMs: 500 });
  const r = await gone.instant('up', Date.now());
  expect(r).toMatchObject({ kind: 'error', message: expect.stringContaining('Prometheus') });
});

/** Wilson score interval of a share `p` of `n` trials at `z` standard errors. */
function wilson(p: number, n: number, z: number): [number, number] {
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}
