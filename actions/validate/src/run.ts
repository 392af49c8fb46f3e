/**
 * The validate step: map inputs to validate() options, run it, write the JSON report, and return
 * the outputs and the verdict. Exported for the CLI and tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import {
  checkWritablePath,
  InputError,
  registerSecret,
  type ActionContext,
  type ActionResult,
} from '@shipgate/core';
import type { ValidateOptions } from '@shipgate/probe';
import type { ValidateInputs } from './definition.ts';
import { renderSummary } from './summary.ts';

export async function runValidate(inputs: ValidateInputs, ctx: ActionContext): Promise<ActionResult> {
  const probe = await import('@shipgate/probe');
  const options = toOptions(inputs, ctx);
  const plan = probe.planValidation(options); // every bad option fails here, before any request
  // The forms of each credential the runner could print (the auth-header value alone, the basic-auth
  // base64, …) are masked before the first request, as the inputs themselves were.
  for (const secret of plan.secrets) registerSecret(secret);
  const path = checkWritablePath(
    'report-path',
    reportPath(inputs, ctx),
    inputs['report-path'] ?? reportPath(inputs, ctx),
  );
  const report = await probe.validate(options, {
    clock: ctx.clock,
    signal: ctx.signal,
    log: ctx.log,
    verbose: inputs.verbose,
  });
  await probe.writeReport(path, report);
  renderSummary(ctx.summary, report);
  for (const line of report.failures) ctx.log.error(line, { title: 'validate' });
  const load = report.load;
  const failed = report.checks.filter((c) => !c.passed).length;
  const thresholds = load?.thresholds.filter((t) => !t.passed).length ?? 0;
  const failure = report.passed
    ? undefined
    : [
        failed ? `${failed} of ${report.checks.length} checks failed` : '',
        thresholds ? `${thresholds} load threshold(s) failed` : '',
      ]
        .filter(Boolean)
        .join('; ');
  return {
    outputs: {
      passed: report.passed,
      'report-path': path,
      'p50-ms': load?.latency.p50 ?? '',
      'p95-ms': load?.latency.p95 ?? '',
      'p99-ms': load?.latency.p99 ?? '',
      'error-rate': load?.errorRate ?? '',
      rps: load?.rps ?? '',
    },
    failure,
  };
}

/** Inputs → library options (exported for tests). */
export function toOptions(inputs: ValidateInputs, ctx: Pick<ActionContext, 'github'>): ValidateOptions {
  const requests = inputs.requests ?? (inputs.duration === undefined ? 100 : undefined);
  const loadWanted = requests !== 0;
  return {
    baseUrl: inputs['base-url'],
    ...(inputs.checks ? { checks: inputs.checks } : {}),
    timeoutMs: inputs.timeout,
    intervalMs: inputs.interval,
    auth: {
      ...(inputs['auth-token'] ? { token: inputs['auth-token'] } : {}),
      ...(inputs['auth-header'] ? { header: inputs['auth-header'] } : {}),
      ...(inputs['basic-auth'] ? { basic: inputs['basic-auth'] } : {}),
    },
    ...(inputs['ca-cert'] ? { ca: readCa(inputs['ca-cert'], ctx.github.workspace) } : {}),
    ...(inputs['max-response-ms'] === undefined ? {} : { maxResponseMs: inputs['max-response-ms'] }),
    securityHeaders: inputs['security-headers'],
    ...(loadWanted
      ? {
          load: {
            path: inputs['load-path'],
            concurrency: inputs.concurrency,
            ...(requests === undefined ? {} : { requests }),
            ...(inputs.duration === undefined ? {} : { durationMs: inputs.duration }),
            ...(inputs.rate === undefined ? {} : { rate: inputs.rate }),
            thresholds: inputs.thresholds ?? [],
          },
        }
      : {}),
  };
}

function readCa(value: string, workspace: string | undefined): string {
  if (value.includes('-----BEGIN CERTIFICATE-----')) return value;
  const path = isAbsolute(value) ? value : resolve(workspace || process.cwd(), value);
  if (!existsSync(path))
    throw new InputError('ca-cert', value, 'a PEM file that exists, or the PEM text itself');
  const text = readFileSync(path, 'utf8');
  if (!text.includes('-----BEGIN CERTIFICATE-----'))
    throw new InputError('ca-cert', value, 'a file holding a PEM certificate');
  return text;
}

function reportPath(inputs: ValidateInputs, ctx: ActionContext): string {
  if (inputs['report-path']) return resolve(ctx.github.workspace || process.cwd(), inputs['report-path']);
  // Outside a runner (the CLI) the default goes to the system temp dir, not into the work tree.
  return join(ctx.github.runnerTemp || ctx.env.RUNNER_TEMP || tmpdir(), 'shipgate-validate-report.json');
}
