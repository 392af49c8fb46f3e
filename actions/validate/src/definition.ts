import { defineAction, input, type InputsOf } from '@shipgate/core';
import { checksSchema, parseThreshold, ConditionSyntaxError } from '@shipgate/probe';
import { z } from 'zod';

const THRESHOLDS_ALLOWED =
  'k6-style thresholds, one per line: p(95) < 200, p(99)<500, avg < 100, med, min, max (ms), rate < 0.01 (error rate), rps > 50';

/** One threshold per line; a malformed one fails with its column. */
const thresholds = z.string().transform((raw, ctx) => {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of lines) {
    try {
      parseThreshold(line);
    } catch (error) {
      if (!(error instanceof ConditionSyntaxError)) throw error;
      ctx.addIssue({ code: 'custom', message: `${error.reason} at column ${error.column} of "${line}"` });
      return z.NEVER;
    }
  }
  return lines;
});

export const definition = Object.assign(
  defineAction({
    name: 'validate',
    title: 'shipgate validate',
    description:
      "Post-deploy validation of a live URL: checks in gatus's condition language (status, body, JSON paths, headers, certificate expiry), HTTP/2, GraphQL, Prometheus /metrics, security headers graded like Mozilla Observatory, each retried until ready; then a bounded load with HDR latency percentiles and k6-style thresholds.",
    inputs: {
      'base-url': input.url({
        description:
          'Base URL of the service (check paths are relative to it), e.g. the blue-green preview URL',
        required: true,
      }),
      checks: input.yaml(checksSchema, {
        description:
          'The checks (YAML inline or a path to a file; see schema/validate-checks.schema.json). Default: GET / answering 2xx (`[STATUS] < 300`; redirects are not followed)',
        schemaId: 'validate-checks',
      }),
      timeout: input.duration({
        description:
          'Keep retrying until every check passes, this long (each check is attempted at least once)',
        default: '2m',
        max: '6h',
      }),
      interval: input.duration({
        description: 'Pause between two attempts of one check',
        default: '2s',
        min: '100ms',
        max: '10m',
      }),
      'auth-token': input.secret({
        description: 'Sent as `Authorization: Bearer <token>` to the base-url origin only (masked)',
      }),
      'auth-header': input.secret({
        description:
          'A header line `Name: value` sent to the base-url origin only, e.g. `X-Api-Key: …` (masked)',
      }),
      'basic-auth': input.secret({
        description: '`user:password` for HTTP basic auth to the base-url origin only (masked)',
      }),
      'ca-cert': input.string({
        description: 'Extra trusted CA for https: a PEM file path, or the PEM itself',
      }),
      concurrency: input.integer({
        description: 'Connections of the load (each keeps one request in flight)',
        default: '10',
        min: 1,
        max: 1000,
      }),
      requests: input.integer({
        description: 'Requests of the load; 0 for no load. Default 100 when no duration is given',
        min: 0,
        max: 10_000_000,
      }),
      duration: input.duration({
        description: 'Run the load for this long (with requests: whichever comes first)',
        min: '1ms',
        max: '1h',
      }),
      rate: input.number({
        description:
          'Requests per second (open model, latency corrected for coordinated omission); default: closed model, as fast as the connections go',
        min: 0.001,
        max: 1_000_000,
      }),
      thresholds: input.custom(thresholds, {
        description: 'Load thresholds, one per line, k6 style: `p(95) < 200`, `p(99)<500`, `rate<0.01`',
        allowed: THRESHOLDS_ALLOWED,
      }),
      'load-path': input.string({
        description: 'Path the load requests, relative to base-url',
        default: '/',
        pattern: /^\//,
        allowed: 'a path starting with /',
      }),
      'max-response-ms': input.integer({
        description: 'Every check must answer within this many ms; also the load threshold `p(99) <= N`',
        min: 1,
      }),
      'security-headers': input.choice(['off', 'recommended', 'strict'] as const, {
        description:
          'Grade the security headers of base-url (Mozilla Observatory style) and fail below this level',
        default: 'off',
      }),
      verbose: input.boolean({
        description: 'Log every failed attempt, not only the outcome of each check',
        default: 'false',
      }),
      'report-path': input.string({
        description: 'Where to write the JSON report. Default: $RUNNER_TEMP/shipgate-validate-report.json',
      }),
    },
    outputs: {
      passed: 'true when every check and every load threshold passed',
      'report-path': 'Path of the JSON report',
      'p50-ms': 'Median latency of the load, ms (empty without a load)',
      'p95-ms': '95th percentile latency of the load, ms',
      'p99-ms': '99th percentile latency of the load, ms',
      'error-rate': 'Share of load requests that failed or got a status ≥ 400 (0–1)',
      rps: 'Requests per second of the load',
    },
  }),
  {
    /**
     * Environment names of the seed's scripts/deploy/validate.sh, applied by the CLI to inputs no flag
     * gave: a plain string names the input; `unit` is appended to the value (TIMEOUT_SECS=30 → 30s).
     */
    legacyEnv: {
      BASE_URL: 'base-url',
      TIMEOUT_SECS: { input: 'timeout', unit: 's' },
      CONCURRENT_REQUESTS: 'concurrency',
      MAX_RESPONSE_TIME_MS: 'max-response-ms',
      VERBOSE: 'verbose',
    } as Record<string, string | { input: string; unit?: string }>,
  },
);

export const legacyEnv = definition.legacyEnv;

export type ValidateInputs = InputsOf<typeof definition>;
