/**
 * A bounded load: `concurrency` keep-alive connections send requests until `requests` have been sent
 * or `durationMs` has passed — one of them is required, so a load never runs unbounded.
 *
 * Closed model (no rate): each connection sends its next request when the previous one completes, as
 * autocannon and hey do; latency is the service time.
 * Open model (`rate` requests/s): request i is due at start + i/rate whether or not earlier ones
 * have completed; when every connection is busy it waits in a queue, and its latency is measured
 * from when it was due, not from when it could be sent. That is the correction for coordinated
 * omission (as wrk2 does): a stalled server cannot hide its stall by slowing the generator down.
 */
import { performance } from 'node:perf_hooks';
import { InputError, type Clock } from '@shipgate/core';
import { LoadConnection, serializeRequest } from './connection.ts';
import { LatencyRecorder, type LatencyBucket, type LatencySummary } from './histogram.ts';
import { evaluateThresholds, type Threshold, type ThresholdResult } from './thresholds.ts';

export interface LoadOptions {
  url: URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  concurrency: number;
  requests?: number;
  durationMs?: number;
  /** Requests per second (open model); absent for the closed model. */
  rate?: number;
  /** Timeout of one request (default 10 s); a timed-out request counts as an error. */
  timeoutMs?: number;
  ca?: string;
  insecure?: boolean;
  thresholds?: readonly Threshold[];
  clock: Clock;
  signal?: AbortSignal;
}

export interface LoadReport {
  url: string;
  model: 'closed' | 'open';
  concurrency: number;
  rate?: number;
  /** Completed requests (answered or failed). */
  requests: number;
  errors: number;
  errorRate: number;
  durationMs: number;
  rps: number;
  /** Count per status code, plus "error" for requests without a response. */
  statuses: Record<string, number>;
  /** Up to 5 distinct error messages. */
  errorSamples: string[];
  /** Latency of answered requests, ms; from the due time in the open model. */
  latency: LatencySummary;
  /** Open model only: time from actually sending to the response. */
  serviceTime?: LatencySummary;
  histogram: LatencyBucket[];
  correctedForCoordinatedOmission: boolean;
  thresholds: ThresholdResult[];
  passed: boolean;
  connectionsOpened: number;
}

/** Runs a bounded load against one URL and judges the thresholds. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  validate(options);
  const latency = new LatencyRecorder();
  const service = options.rate ? new LatencyRecorder() : undefined;
  const target = {
    url: options.url,
    request: serializeRequest(
      options.url,
      options.method ?? 'GET',
      { 'user-agent': 'shipgate-validate', ...options.headers },
      options.body,
    ),
    head: options.method === 'HEAD',
    timeoutMs: options.timeoutMs ?? 10_000,
    ...(options.ca ? { ca: options.ca } : {}),
    insecure: options.insecure ?? false,
  };
  const connections = Array.from({ length: workerCount(options) }, () => new LoadConnection(target));
  const tally = { done: 0, errors: 0, statuses: {} as Record<string, number>, samples: new Set<string>() };
  const onResult = (outcome: { status: number } | Error) => {
    tally.done++;
    const key = outcome instanceof Error ? 'error' : String(outcome.status);
    tally.statuses[key] = (tally.statuses[key] ?? 0) + 1;
    if (outcome instanceof Error || outcome.status >= 400) {
      tally.errors++;
      if (tally.samples.size < 5)
        tally.samples.add(outcome instanceof Error ? outcome.message : `HTTP ${outcome.status}`);
    }
  };
  const started = performance.now();
  const sweep = setInterval(
    () => {
      const now = performance.now();
      for (const c of connections) c.checkTimeout(now);
    },
    Math.min(250, Math.max(10, target.timeoutMs / 4)),
  );
  try {
    if (options.rate) await openModel(options, connections, latency, service!, onResult);
    else await closedModel(options, connections, latency, onResult);
  } finally {
    clearInterval(sweep);
    for (const c of connections) c.close();
  }
  const durationMs = performance.now() - started;
  const rps = tally.done / (durationMs / 1000);
  const errorRate = tally.done === 0 ? 0 : tally.errors / tally.done;
  const summary = latency.summary();
  const thresholds = evaluateThresholds(options.thresholds ?? [], {
    latency: summary,
    percentile: (p) => latency.percentile(p),
    errorRate,
    rps,
  });
  const report: LoadReport = {
    url: `${options.url.origin}${options.url.pathname}`,
    model: options.rate ? 'open' : 'closed',
    concurrency: options.concurrency,
    ...(options.rate ? { rate: options.rate } : {}),
    requests: tally.done,
    errors: tally.errors,
    errorRate: Math.round(errorRate * 10_000) / 10_000,
    durationMs: Math.round(durationMs),
    rps: Math.round(rps * 10) / 10,
    statuses: tally.statuses,
    errorSamples: [...tally.samples],
    latency: summary,
    ...(service ? { serviceTime: service.summary() } : {}),
    histogram: latency.buckets(),
    correctedForCoordinatedOmission: options.rate !== undefined,
    thresholds,
    passed: thresholds.every((t) => t.passed),
    connectionsOpened: connections.reduce((n, c) => n + c.opened, 0),
  };
  latency.destroy();
  service?.destroy();
  return report;
}

function validate(options: LoadOptions): void {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
    throw new InputError('concurrency', String(options.concurrency), 'a whole number of at least 1');
  if (options.requests === undefined && options.durationMs === undefined) {
    throw new InputError(
      'requests',
      undefined,
      'a number of requests or a duration: a load is never unbounded',
    );
  }
  if (options.requests !== undefined && (!Number.isInteger(options.requests) || options.requests < 1))
    throw new InputError('requests', String(options.requests), 'a whole number of at least 1');
  if (options.durationMs !== undefined && !(options.durationMs > 0))
    throw new InputError('duration', String(options.durationMs), 'a duration above 0');
  if (options.rate !== undefined && !(options.rate > 0))
    throw new InputError('rate', String(options.rate), 'requests per second above 0');
}

function workerCount(options: LoadOptions): number {
  return Math.max(1, Math.min(options.concurrency, options.requests ?? Infinity));
}

type OnResult = (outcome: { status: number } | Error) => void;

async function closedModel(
  options: LoadOptions,
  connections: LoadConnection[],
  latency: LatencyRecorder,
  onResult: OnResult,
): Promise<void> {
  const { clock, signal } = options;
  const endAt = options.durationMs === undefined ? Infinity : clock.now() + options.durationMs;
  let issued = 0;
  const more = () => !signal?.aborted && issued < (options.requests ?? Infinity) && clock.now() < endAt;
  await Promise.all(
    connections.map(async (connection) => {
      while (more()) {
        issued++;
        const sent = performance.now();
        try {
          const response = await connection.send();
          latency.record(performance.now() - sent);
          onResult(response);
        } catch (error) {
          onResult(error as Error);
        }
      }
    }),
  );
  signal?.throwIfAborted();
}

async function openModel(
  options: LoadOptions,
  connections: LoadConnection[],
  latency: LatencyRecorder,
  service: LatencyRecorder,
  onResult: OnResult,
): Promise<void> {
  const { clock, signal } = options;
  const interval = 1000 / options.rate!;
  const limit = Math.min(
    options.requests ?? Infinity,
    options.durationMs === undefined ? Infinity : Math.ceil(options.durationMs / interval),
  );
  const queue: number[] = []; // due times (performance.now() scale), oldest first
  const idle: (() => void)[] = [];
  let scheduled = 0;
  let closed = false;
  const start = performance.now();

  const workers = connections.map(async (connection) => {
    for (;;) {
      const due = queue.shift();
      if (due === undefined) {
        if (closed) return;
        await new Promise<void>((wake) => idle.push(wake));
        continue;
      }
      const sent = performance.now();
      try {
        const response = await connection.send();
        const now = performance.now();
        latency.record(now - due);
        service.record(now - sent);
        onResult(response);
      } catch (error) {
        onResult(error as Error);
      }
    }
  });

  try {
    while (scheduled < limit && !signal?.aborted) {
      const dueNow = Math.min(limit, Math.floor((performance.now() - start) / interval) + 1);
      for (; scheduled < dueNow; scheduled++) {
        queue.push(start + scheduled * interval);
        idle.shift()?.();
      }
      if (scheduled >= limit) break;
      await clock.sleep(Math.max(1, start + scheduled * interval - performance.now()), signal);
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
  } finally {
    closed = true;
    if (signal?.aborted) queue.length = 0;
    for (const wake of idle.splice(0)) wake();
  }
  await Promise.all(workers);
  signal?.throwIfAborted();
}
