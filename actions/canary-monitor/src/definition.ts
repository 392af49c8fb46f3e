import {
  APP_NAME,
  APP_NAME_ALLOWED,
  DNS_LABEL,
  defineAction,
  input,
  InputError,
  type InputsOf,
} from '@shipgate/core';
import { analysisSchema, parseSteps } from '@shipgate/metrics';
import { z } from 'zod';

export const definition = defineAction({
  name: 'canary-monitor',
  title: 'shipgate canary-monitor',
  description:
    'Walks the canary that deploy placed through its steps, judges it against the baseline on Prometheus every interval (bounds, Fisher/two-proportion on error counts, Mann-Whitney with an effect floor, a 95/75 score), then promotes or aborts. No controller in the cluster: its progress lives in the rollout state recorded on the app, so a later run continues it.',
  inputs: {
    app: input.string({
      description: 'The app whose canary is in progress (its Deployment name)',
      pattern: APP_NAME,
      allowed: APP_NAME_ALLOWED,
    }),
    namespace: input.string({
      description: 'Namespace of the app',
      default: 'default',
      pattern: DNS_LABEL,
      allowed: 'a DNS-1123 label',
    }),
    kubeconfig: input.secret({ description: 'Kubeconfig contents (default: the file in KUBECONFIG)' }),
    'prometheus-url': input.url({ description: 'Base URL of the Prometheus HTTP API' }),
    'prometheus-token': input.secret({ description: 'Bearer token sent to Prometheus' }),
    'prometheus-basic-auth': input.secret({ description: 'user:password for Prometheus basic auth' }),
    'prometheus-headers': input.secret({
      description: 'Extra headers sent to Prometheus, one `Name: value` per line (e.g. X-Scope-OrgID)',
    }),
    steps: input.custom(
      z.string().transform((raw, ctx) => {
        try {
          return parseSteps(raw);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
      {
        description: 'Weights and how long to hold each, e.g. `5:30m, 25:48h, 50:2h, 100`',
        allowed:
          'comma-separated weight[:hold] with weights above 0, at most 100 and increasing, e.g. 10:5m, 50:10m, 100',
        default: '10:5m, 25:10m, 50:10m, 100',
      },
    ),
    interval: input.duration({
      description: 'How often the canary is measured and judged',
      default: '1m',
      min: '1s',
      max: '1h',
    }),
    analysis: input.yaml(analysisSchema, {
      description:
        'The metrics that judge the canary (YAML inline or a path; see schema/canary-analysis.schema.json). Default: http-error-rate and latency-p95',
      schemaId: 'canary-analysis',
    }),
    'on-success': input.choice(['promote', 'none'] as const, {
      description: 'What to do when every step passed: promote the canary, or only report',
      default: 'promote',
    }),
    'on-failure': input.choice(['abort', 'none'] as const, {
      description: 'What to do when the canary fails or stays inconclusive: abort to stable, or only report',
      default: 'abort',
    }),
    'if-no-canary': input.choice(['fail', 'succeed'] as const, {
      description:
        'When no canary of the app is in progress: fail the step, or succeed with verdict none and change nothing (a scheduled canary-continue run)',
      default: 'fail',
    }),
    timeout: input.duration({
      description: 'How long promotion or abort may wait for Deployments to become available',
      default: '10m',
      min: '1s',
      max: '6h',
    }),
    'max-run-time': input.duration({
      description:
        'Checkpoint and exit with verdict in-progress rather than run longer than this (a hosted job ends at 6h); the next run continues',
      default: '5h30m',
      min: '1s',
      max: '6h',
    }),
    'lock-timeout': input.duration({
      description: 'How long to wait for another deploy or rollback of the same app',
      default: '5m',
      max: '6h',
    }),
    environment: input.string({
      description:
        "GitHub environment for the canary's deployment when its deploy opened none (the one deploy opened is continued: in_progress at each weight, success when promoted, failure when aborted); the release ledger records it",
    }),
    token: input.secret({
      description: 'GitHub token for the deployment statuses (needs deployments: write)',
      default: '${{ github.token }}',
    }),
    'report-dir': input.string({
      description: 'Where the JSON report (every query, answer and decision) is written',
      default: '${{ runner.temp }}/shipgate-canary',
    }),
    'dry-run': input.boolean({
      description:
        'Judge and report every change (weights, promote, abort) as the cluster would make it (dryRun=All), but change nothing; no Lease, no GitHub deployment',
      default: 'false',
    }),
    replay: input.string({
      description: 'Re-judge a JSON report offline and print its verdict (nothing else is contacted)',
    }),
    'print-rules': input.boolean({
      description:
        'Print Prometheus alerting rules for the analysis (for promtool and your Prometheus), then exit',
      default: 'false',
    }),
  },
  outputs: {
    verdict:
      'promoted, aborted, passed, failed, inconclusive or in-progress; none when no canary was in progress (if-no-canary: succeed)',
    'final-weight': 'Canary weight in percent when the run ended (100 after promotion, 0 after abort)',
    score: 'The last analysis score (0-100), empty when no round was scored',
    'report-path': 'Path of the JSON report (replay it with --replay)',
  },
});

export type CanaryInputs = InputsOf<typeof definition>;

/**
 * Rules between inputs, checked before anything outside the runner is contacted (the definition
 * parses each input alone).
 */
export function checkInputs(i: CanaryInputs): void {
  if (i.replay !== undefined || i['print-rules']) return;
  if (!i.app)
    throw new InputError(
      'app',
      undefined,
      'a DNS-1123 label (required unless replay or print-rules is given)',
    );
  if (!i['prometheus-url'])
    throw new InputError(
      'prometheus-url',
      undefined,
      'an absolute http(s) URL (required unless replay or print-rules is given)',
    );
  if (i['prometheus-token'] && i['prometheus-basic-auth'])
    throw new InputError(
      'prometheus-basic-auth',
      '***',
      'empty when prometheus-token is given (one kind of auth)',
    );
  if (i['prometheus-basic-auth'] && !i['prometheus-basic-auth'].includes(':'))
    throw new InputError('prometheus-basic-auth', '***', 'user:password', { secret: true });
  headerLines(i['prometheus-headers']);
  const short = i.steps.find((s) => s.holdMs > 0 && s.holdMs < i.interval);
  if (short)
    throw new InputError(
      'interval',
      `${i.interval / 1000}s`,
      `at most the shortest hold (${short.holdMs / 1000}s at ${short.weight}%), or no round would judge that step`,
    );
}

/** `Name: value` lines as a header record; a bad line is an input error (the value is never shown). */
export function headerLines(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [n, line] of (raw ?? '').split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line.trim());
    if (!m)
      throw new InputError('prometheus-headers', '***', `one Name: value per line (line ${n + 1} is not)`, {
        secret: true,
      });
    out[m[1]!] = m[2]!;
  }
  return out;
}
