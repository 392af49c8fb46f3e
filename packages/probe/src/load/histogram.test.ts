import { LatencyRecorder, niceEdges } from './histogram.ts';

test.each([
  // [lowest, highest latency in ms] → round bucket bounds, at most 8 buckets
  [0.29, 45, [0.2, 0.5, 1, 2, 5, 10, 20, 50]], // wide: the 1-2-5 ladder
  [0.001, 40_000, [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10_000, 100_000]], // too wide for 1-2-5 or 1-3: decades
  [0.29, 4.6, [0, 1, 2, 3, 4, 5]], // narrow: an even step
  [12.3, 87.9, [10, 20, 30, 40, 50, 60, 70, 80, 90]],
  [150, 2400, [0, 500, 1000, 1500, 2000, 2500]],
  [3, 3, [3, 3.01]], // every request took the same time: one bucket
])('niceEdges(%p, %p) → %p', (lo, hi, edges) => {
  expect(niceEdges(lo, hi)).toEqual(edges);
});

test('every recorded latency lands in exactly one round bucket', () => {
  const recorder = new LatencyRecorder();
  const latencies = [0.3, 0.8, 1.1, 1.4, 1.9, 2.2, 3.5, 9, 44];
  for (const ms of latencies) recorder.record(ms);
  const buckets = recorder.buckets();
  expect(buckets.map((b) => [b.fromMs, b.toMs, b.count])).toEqual([
    [0.2, 0.5, 1],
    [0.5, 1, 1],
    [1, 2, 3],
    [2, 5, 2],
    [5, 10, 1],
    [10, 20, 0],
    [20, 50, 1],
  ]);
  recorder.destroy();
});
