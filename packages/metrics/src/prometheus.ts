/**
 * Prometheus HTTP API client (GET/POST /api/v1/query), reading answers as Prometheus really gives
 * them: sample values are strings ("NaN", "+Inf"), an empty vector means no data (never 0), several
 * series where one is expected is ambiguous, `warnings` mean partial data. Unreachable, 5xx and
 * timeouts are retried and then reported as a measurement error; a 400/422 is the query's fault
 * and carries Prometheus's own message.
 */
import { ExternalError, errorMessage, retry, type Clock } from '@shipgate/core';

export interface PrometheusOptions {
  /** Base URL, e.g. http://prometheus:9090 (a path prefix is kept). */
  url: string;
  /** Sent with every request (Authorization, tenant headers). */
  headers?: Record<string, string>;
  /** Per request (default 30 s, as Argo Rollouts). */
  timeoutMs?: number;
  /** Tries per query within one measurement (default 3). */
  attempts?: number;
  clock: Clock;
  signal?: AbortSignal;
}

export type Reading =
  | { kind: 'value'; value: number; labels: Record<string, string>; warnings: string[] }
  | { kind: 'no-data'; warnings: string[] }
  | { kind: 'ambiguous'; series: Record<string, string>[]; warnings: string[] }
  | { kind: 'error'; message: string; status?: number }
  | { kind: 'bad-query'; message: string; status: number };

/** "NaN", "+Inf", "-Inf" and decimal strings, as Prometheus encodes float samples. */
export function parseSampleValue(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return Number.NaN;
  const value = Number(text);
  if (text.trim() === '' || (Number.isNaN(value) && text !== 'NaN'))
    throw new ExternalError('Prometheus', 'read sample', {
      detail: `not a sample value: ${JSON.stringify(text)}`,
    });
  return value;
}

interface ApiBody {
  status?: string;
  data?: { resultType?: string; result?: unknown };
  error?: string;
  errorType?: string;
  warnings?: string[];
}

export class Prometheus {
  private readonly o: PrometheusOptions;
  private readonly base: string;

  constructor(o: PrometheusOptions) {
    this.o = o;
    this.base = o.url.replace(/\/+$/, '');
  }

  /** One instant query at `atMs`, read as a single value. */
  async instant(query: string, atMs: number): Promise<Reading> {
    let body: ApiBody;
    try {
      body = await retry(() => this.post('/api/v1/query', { query, time: (atMs / 1000).toFixed(3) }), {
        attempts: this.o.attempts ?? 3,
        baseMs: 200,
        maxMs: 2000,
        clock: this.o.clock,
        signal: this.o.signal,
        retryable: (e) => !(e instanceof QueryRejected),
      });
    } catch (error) {
      if (error instanceof QueryRejected)
        return { kind: 'bad-query', message: error.message, status: error.status };
      if (this.o.signal?.aborted) throw error;
      return { kind: 'error', message: errorMessage(error), status: (error as ExternalError).status };
    }
    return readSingle(body);
  }

  private async post(path: string, form: Record<string, string>): Promise<ApiBody> {
    const signals = [
      AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
      ...(this.o.signal ? [this.o.signal] : []),
    ];
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method: 'POST',
        headers: {
          ...this.o.headers,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      if (this.o.signal?.aborted) throw this.o.signal.reason;
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new ExternalError('Prometheus', `query ${path}`, {
        detail: timedOut ? `no answer within ${this.o.timeoutMs ?? 30_000} ms` : causeMessage(error),
        cause: error,
      });
    }
    const text = await res.text();
    let body: ApiBody = {};
    try {
      body = JSON.parse(text) as ApiBody;
    } catch {
      // a proxy's HTML error page: reported by status below
    }
    if (res.status === 400 || res.status === 422)
      throw new QueryRejected(
        `${body.errorType ?? 'bad_data'}: ${body.error ?? text.slice(0, 300)}`,
        res.status,
      );
    if (!res.ok || body.status !== 'success')
      throw new ExternalError('Prometheus', `query ${path}`, {
        status: res.status,
        detail: body.error ?? text.slice(0, 300),
      });
    return body;
  }
}

class QueryRejected extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause ? `${errorMessage(error)} (${errorMessage(cause)})` : errorMessage(error);
}

function readSingle(body: ApiBody): Reading {
  const warnings = body.warnings ?? [];
  const data = body.data ?? {};
  if (data.resultType === 'scalar') {
    const [, value] = data.result as [number, string];
    return { kind: 'value', value: parseSampleValue(value), labels: {}, warnings };
  }
  if (data.resultType !== 'vector')
    return {
      kind: 'error',
      message: `expected an instant vector or scalar, got ${data.resultType ?? 'nothing'}`,
    };
  const result = data.result as { metric: Record<string, string>; value: [number, string] }[];
  if (result.length === 0) return { kind: 'no-data', warnings };
  if (result.length > 1) return { kind: 'ambiguous', series: result.map((r) => r.metric), warnings };
  return { kind: 'value', value: parseSampleValue(result[0]!.value[1]), labels: result[0]!.metric, warnings };
}
