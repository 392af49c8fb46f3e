import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryLogger, systemClock } from '@shipgate/core';
import { checkHealth } from './health.ts';

/** A real server on 127.0.0.1 answering 503 until `ready()` is called, then 200. */
async function server(): Promise<{
  url: string;
  ready: () => void;
  hits: () => number;
  close: () => Promise<void>;
}> {
  let ok = false;
  let hits = 0;
  const srv = http.createServer((_req, res) => {
    hits++;
    res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'up' : 'starting');
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/healthz`,
    ready: () => {
      ok = true;
    },
    hits: () => hits,
    close: () => new Promise((resolve) => srv.close(() => resolve())),
  };
}

test('passes once the preview answers 2xx, after failed attempts, with the timing of the first success', async () => {
  const s = await server();
  try {
    const timer = setTimeout(s.ready, 300); // the new colour comes up after ~300 ms
    const log = createMemoryLogger();
    const health = await checkHealth(s.url, {
      clock: systemClock,
      deadlineMs: Date.now() + 10_000,
      intervalMs: 50,
      log,
    });
    clearTimeout(timer);
    expect(health.ok).toBe(true);
    expect(health.attempts).toBeGreaterThan(1);
    expect(health.attempts).toBe(s.hits());
    expect(health.check.firstSuccess?.attempt).toBe(health.attempts);
    expect(health.check.failedAttempts.length).toBe(health.attempts - 1);
    expect(health.check.failedAttempts[0]!.response?.status).toBe(503);
    expect(health.check.response?.status).toBe(200);
    expect(health.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/healthz → 200 \(attempt \d+, after \d+ ms\)$/,
    );
    expect(log.lines.some((l) => /Check preview: passed \(attempt \d+/.test(l))).toBe(true);
  } finally {
    await s.close();
  }
});

test('fails at the deadline when the preview never becomes ready, naming the failed condition', async () => {
  const s = await server();
  try {
    const started = Date.now();
    const health = await checkHealth(s.url, {
      clock: systemClock,
      deadlineMs: started + 400,
      intervalMs: 50,
    });
    expect(health.ok).toBe(false);
    expect(health.attempts).toBeGreaterThan(1);
    expect(health.check.response?.status).toBe(503);
    expect(health.message).toMatch(
      /^preview: \[STATUS\] \(503\) < 300 \(GET http:\/\/127\.0\.0\.1:\d+\/healthz, \d+ attempt\(s\) in \d+ ms\)$/,
    );
    // No wall-clock bound: the preview never becomes ready, so only the deadline ends the attempts.
  } finally {
    await s.close();
  }
});

test('a refused connection is reported as such', async () => {
  const s = await server();
  await s.close();
  const health = await checkHealth(s.url, {
    clock: systemClock,
    deadlineMs: Date.now() + 150,
    intervalMs: 50,
  });
  expect(health.ok).toBe(false);
  expect(health.check.error).toBeDefined();
  expect(health.message).toContain(`preview: ${health.check.error}`);
});

test('cancellation throws instead of reporting a failure', async () => {
  const s = await server();
  try {
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('cancelled')), 100);
    await expect(
      checkHealth(s.url, {
        clock: systemClock,
        signal: ac.signal,
        deadlineMs: Date.now() + 10_000,
        intervalMs: 20,
      }),
    ).rejects.toThrow(new Error('cancelled')); // the signal's reason, not a failed check
  } finally {
    await s.close();
  }
});
