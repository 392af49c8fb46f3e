import {
  ExternalError,
  FakeClock,
  parseRetryAfter,
  retry,
  withDeadline,
  CancelledError,
  parseDuration,
  formatDuration,
} from './index.ts';

test('backs off exponentially with bounded jitter, then succeeds', async () => {
  const clock = new FakeClock();
  let calls = 0;
  const done = retry(
    async () => {
      calls++;
      if (calls < 4) throw new Error(`fail ${calls}`);
      return 'ok';
    },
    { clock, baseMs: 100, factor: 2, jitter: 0.2, random: () => 1 },
  );
  for (let i = 0; i < 3; i++) {
    await clock.untilSleeping();
    await clock.advance(10_000);
  }
  await expect(done).resolves.toBe('ok');
  // random() = 1 → +20% of 100, 200, 400.
  expect(clock.sleeps).toEqual([120, 240, 480]);
});

test('jitter stays within ± the fraction and the cap holds', async () => {
  const clock = new FakeClock();
  let n = 0;
  const done = retry(
    async () => {
      throw new Error(`e${n++}`);
    },
    { clock, attempts: 8, baseMs: 100, maxMs: 1000, jitter: 0.5, random: () => 0 },
  ).catch((e: Error) => e.message);
  for (let i = 0; i < 7; i++) {
    await clock.untilSleeping();
    await clock.advance(10_000);
  }
  await expect(done).resolves.toBe('e7');
  expect(clock.sleeps).toEqual([50, 100, 200, 400, 500, 500, 500]);
});

test('honours Retry-After carried by the error instead of the backoff', async () => {
  const clock = new FakeClock();
  let calls = 0;
  const done = retry(
    async () => {
      if (calls++ === 0)
        throw new ExternalError('GitHub', 'create release', { status: 429, retryAfterMs: 7000 });
      return calls;
    },
    { clock },
  );
  await clock.untilSleeping();
  expect(clock.sleeps).toEqual([7000]);
  await clock.advance(6999);
  expect(clock.sleepers).toBe(1);
  await clock.advance(1);
  await expect(done).resolves.toBe(2);
});

test('a non-retryable error is thrown at once, unchanged', async () => {
  const clock = new FakeClock();
  const forbidden = new ExternalError('Kubernetes API', 'patch', { status: 403 });
  let calls = 0;
  await expect(
    retry(
      async () => {
        calls++;
        throw forbidden;
      },
      { clock, retryable: (e) => (e as ExternalError).status !== 403 },
    ),
  ).rejects.toBe(forbidden);
  expect(calls).toBe(1);
  expect(clock.sleeps).toEqual([]);
});

test('cancellation during a backoff rejects with the reason', async () => {
  const clock = new FakeClock();
  const controller = new AbortController();
  const done = retry(
    async () => {
      throw new Error('down');
    },
    { clock, signal: controller.signal },
  );
  await clock.untilSleeping();
  controller.abort(new CancelledError('Cancelled by SIGTERM'));
  await expect(done).rejects.toThrow('Cancelled by SIGTERM');
});

test('parseRetryAfter reads seconds and HTTP dates', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  expect(parseRetryAfter('3', now)).toBe(3000);
  expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
  expect(parseRetryAfter('soon', now)).toBeUndefined();
  expect(parseRetryAfter(null, now)).toBeUndefined();
});

test('withDeadline aborts with a CancelledError naming what timed out', async () => {
  const signal = withDeadline(undefined, 20, 'rollout of web');
  await new Promise((resolve) => signal.addEventListener('abort', resolve));
  expect(signal.reason).toBeInstanceOf(CancelledError);
  expect((signal.reason as Error).message).toBe('rollout of web did not finish within 20ms');
});

test('durations', () => {
  expect(parseDuration('1h30m')).toBe(5_400_000);
  expect(parseDuration('90')).toBe(90_000);
  expect(parseDuration('500ms')).toBe(500);
  expect(parseDuration('1.5s')).toBe(1500);
  expect(() => parseDuration('10 min')).toThrow(/not a duration/);
  expect(() => parseDuration('')).toThrow('an empty duration');
  expect(formatDuration(850)).toBe('850ms');
  expect(formatDuration(12_340)).toBe('12.3s');
  expect(formatDuration(245_000)).toBe('4m05s');
  expect(formatDuration(3_720_000)).toBe('1h02m');
});
