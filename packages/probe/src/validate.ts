/**
 * validate(options, deps) → report: every check retried until it passes or `timeout` runs out (all
 * checks at once, each on its own schedule), then, when all passed, the bounded load with its
 * thresholds. Everything the options can get wrong is found by planValidation() before any request.
 */
import { formatDuration, parseDuration, redactDeep, secretVariants, systemClock } from '@shipgate/core';
import { runnerFor } from './checks/registry.ts';
import { targetUrl } from './checks/exchange.ts';
import type { CheckEnv } from './checks/types.ts';
import { runLoad, type LoadReport } from './load/runner.ts';
import { planValidation, type ValidateDeps, type ValidateOptions, type ValidationPlan } from './plan.ts';
import { failureLines, publicUrl, type CheckReport, type ValidationReport } from './report.ts';
import { untilReady } from './retry-until-ready.ts';
import type { CheckSpec } from './spec.ts';

export { planValidation, type ValidateDeps, type ValidateOptions, type ValidationPlan };

/** Runs the plan; never throws for a failing service (that is in the report), only for cancellation. */
export async function validate(options: ValidateOptions, deps: ValidateDeps = {}): Promise<ValidationReport> {
  const plan = planValidation(options);
  const clock = deps.clock ?? systemClock;
  const started = clock.now();
  const env: CheckEnv = {
    baseUrl: plan.baseUrl,
    authHeaders: plan.authHeaders,
    clock,
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.maxResponseMs === undefined ? {} : { maxResponseMs: options.maxResponseMs }),
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  const checks = await Promise.all(plan.checks.map((spec) => runCheck(spec, env, plan, deps)));
  const allPassed = checks.every((c) => c.passed);
  let load: LoadReport | undefined;
  let loadSkipped: string | undefined;
  if (options.load && allPassed) {
    deps.log?.info(
      `Load: ${describeLoad(options.load)} on ${publicUrl(targetUrl({ path: options.load.path ?? '/' }, plan.baseUrl))}`,
    );
    load = await runLoad({
      url: targetUrl({ path: options.load.path ?? '/' }, plan.baseUrl),
      method: options.load.method ?? 'GET',
      headers: plan.authHeaders,
      concurrency: options.load.concurrency,
      ...(options.load.requests === undefined ? {} : { requests: options.load.requests }),
      ...(options.load.durationMs === undefined ? {} : { durationMs: options.load.durationMs }),
      ...(options.load.rate === undefined ? {} : { rate: options.load.rate }),
      ...(options.ca ? { ca: options.ca } : {}),
      thresholds: plan.thresholds,
      clock,
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
    deps.log?.info(
      `Load: ${load.requests} requests, ${load.rps} req/s, p50 ${load.latency.p50} ms, p95 ${load.latency.p95} ms, p99 ${load.latency.p99} ms, error rate ${load.errorRate}`,
    );
  } else if (options.load) {
    loadSkipped = 'not run: a check failed';
  }
  const passed = allPassed && (load?.passed ?? true);
  const report: ValidationReport = {
    version: 1,
    passed,
    baseUrl: publicUrl(plan.baseUrl),
    startedAt: new Date(started).toISOString(),
    durationMs: clock.now() - started,
    settings: {
      timeoutMs: plan.timeoutMs,
      intervalMs: plan.intervalMs,
      securityHeaders: options.securityHeaders ?? 'off',
      ...(options.maxResponseMs === undefined ? {} : { maxResponseMs: options.maxResponseMs }),
      auth: plan.authKind,
    },
    checks,
    ...(load ? { load } : {}),
    ...(loadSkipped ? { loadSkipped } : {}),
    failures: failureLines(checks, load),
  };
  // A server can echo what we sent (a body or header showing the Authorization header): the report
  // is uploaded as an artifact and rendered into the summary, so it never holds a credential.
  const forms = plan.secrets.flatMap(secretVariants).sort((a, b) => b.length - a.length);
  return redactDeep(report, forms);
}

/** A later attempt gets at least this long even near the deadline, so it can still get an answer. */
const MIN_LATER_ATTEMPT_MS = 1_000;
/** While a check keeps failing, a line saying so at most this often. */
const STILL_FAILING_EVERY_MS = 30_000;

async function runCheck(
  spec: CheckSpec,
  env: CheckEnv,
  plan: ValidationPlan,
  deps: ValidateDeps,
): Promise<CheckReport> {
  const runner = runnerFor(spec);
  const perAttempt = spec.timeout ? parseDuration(spec.timeout) : 10_000;
  let lastSaid = -Infinity;
  const outcome = await untilReady(
    async (n, remainingMs) => {
      // Every check is attempted at least once with its full per-attempt timeout; later attempts
      // also stop near where the overall timeout does (never with less than a second to answer).
      const result = await runner.attempt(
        spec,
        env,
        n === 1 ? perAttempt : Math.min(perAttempt, Math.max(remainingMs, MIN_LATER_ATTEMPT_MS)),
      );
      if (result.passed) return result;
      const why =
        result.error ??
        result.results
          .filter((r) => !r.passed)
          .map((r) => r.resolved)
          .join('; ');
      const elapsed = plan.timeoutMs - remainingMs;
      if (deps.verbose) deps.log?.info(`${spec.name}: attempt ${n} failed: ${why}`);
      else if (n === 1 || elapsed - lastSaid >= STILL_FAILING_EVERY_MS) {
        // Say why the step waits: a failure that cannot change (a missing header) is retried too,
        // because the service may still be rolling out to the version that has it.
        deps.log?.info(
          n === 1
            ? `Check ${spec.name}: not passing yet (${why}); retrying every ${formatDuration(plan.intervalMs)} for up to ${formatDuration(plan.timeoutMs)}, as a service still starting or rolling out can pass later`
            : `Check ${spec.name}: still failing after ${n} attempts, ${formatDuration(elapsed)} (${why})`,
        );
        lastSaid = elapsed;
      }
      return result;
    },
    {
      timeoutMs: plan.timeoutMs,
      intervalMs: plan.intervalMs,
      clock: env.clock,
      ...(deps.signal ? { signal: deps.signal } : {}),
    },
  );
  const url = targetUrl(
    spec,
    plan.baseUrl,
    spec.kind === 'metrics' ? '/metrics' : spec.kind === 'graphql' ? '/graphql' : '/',
  );
  const verdict = outcome.passed
    ? `passed (attempt ${outcome.attempts}, after ${outcome.elapsedMs} ms)`
    : `FAILED after ${outcome.attempts} attempt(s)`;
  deps.log?.info(`Check ${spec.name}: ${verdict}`);
  return {
    name: spec.name,
    kind: spec.kind ?? 'http',
    method: spec.method ?? (spec.kind === 'graphql' ? 'POST' : 'GET'),
    url: publicUrl(url),
    passed: outcome.passed,
    attempts: outcome.attempts,
    ...(outcome.firstSuccess ? { firstSuccess: outcome.firstSuccess } : {}),
    elapsedMs: outcome.elapsedMs,
    conditions: outcome.last.results,
    ...(outcome.last.error ? { error: outcome.last.error } : {}),
    ...(outcome.last.response ? { response: outcome.last.response } : {}),
    ...(outcome.last.details ? { details: outcome.last.details } : {}),
    failedAttempts: outcome.failures,
    droppedFailedAttempts: outcome.droppedFailures,
  };
}

function describeLoad(load: NonNullable<ValidateOptions['load']>): string {
  const bound = [
    load.requests !== undefined ? `${load.requests} requests` : '',
    load.durationMs !== undefined ? `${load.durationMs} ms` : '',
  ]
    .filter(Boolean)
    .join(' or ');
  return `${bound}, concurrency ${load.concurrency}${load.rate ? `, ${load.rate} req/s (open model)` : ''}`;
}
