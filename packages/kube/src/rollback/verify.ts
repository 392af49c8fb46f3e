/**
 * The verification phase: every Deployment that now serves the target has rolled out completely
 * with its pods ready, and the verify URL / checks pass through @shipgate/probe (the validate
 * action's retry-until-ready, conditions and failure lines).
 */
import type { DeployContext } from '../context.ts';
import { readDeployment, waitFor } from '../workloads.ts';

export interface VerifyOptions {
  /** Base URL of the service; with no checks, `GET /` must answer below 400. */
  url?: string;
  /** A validate checks spec (already parsed). */
  checks?: unknown;
  /** How long the checks keep retrying. */
  timeoutMs: number;
}

export interface VerifyOutcome {
  ok: boolean;
  /** One line per thing verified, for the log and the summary. */
  results: { what: string; ok: boolean; detail: string }[];
}

export async function verifyRollback(
  ctx: DeployContext,
  deployments: string[],
  version: string,
  o: VerifyOptions,
): Promise<VerifyOutcome> {
  const results: VerifyOutcome['results'] = [];
  for (const name of deployments) {
    const outcome = await waitFor(ctx, name);
    const dep = outcome.ok ? await readDeployment(ctx, name) : undefined;
    const want = dep?.spec?.replicas ?? 0;
    const ready = dep?.status?.readyReplicas ?? 0;
    const ok = outcome.ok && (ctx.dryRun || ready >= want);
    results.push({
      what: `Deployment ${name}`,
      ok,
      detail: outcome.ok ? `rollout complete, ${ready}/${want} pods ready on ${version}` : outcome.message,
    });
  }
  if (o.url && !ctx.dryRun) {
    const { validate } = await import('@shipgate/probe');
    const report = await validate(
      { baseUrl: o.url, checks: o.checks, timeoutMs: o.timeoutMs, intervalMs: 500 },
      { clock: ctx.clock, signal: ctx.signal, log: ctx.log },
    );
    for (const c of report.checks)
      results.push({
        what: `check ${c.name}`,
        ok: c.passed,
        detail: c.passed
          ? `${c.url} → ${c.response?.status ?? '?'} (attempt ${c.attempts})`
          : report.failures.filter((f) => f.startsWith(`${c.name}:`)).join('; ') || `${c.url} failed`,
      });
  }
  return { ok: results.every((r) => r.ok), results };
}
