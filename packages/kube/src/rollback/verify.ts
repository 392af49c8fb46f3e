/**
 * The verification phase: every Deployment that now serves the target has rolled out completely
 * with its pods ready, every ready pod its selector matches runs the target's images (a stray or
 * left-over pod would still take traffic through the Service), and the verify URL / checks pass through @shipgate/probe (the validate
 * action's retry-until-ready, conditions and failure lines).
 */
import type * as k8s from '@kubernetes/client-node';
import { labelSelector } from '../client.ts';
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
  target: { version: string; images: Record<string, string> },
  o: VerifyOptions,
): Promise<VerifyOutcome> {
  const { version } = target;
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
    if (dep && !ctx.dryRun) results.push(await podImages(ctx, dep, target.images));
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

/**
 * Every ready, not terminating pod the Deployment's selector matches runs the target's image in
 * each container the target names (containers it does not name, e.g. an injected sidecar, are not
 * judged). The pod spec's image is compared: the status shows a registry-normalised spelling.
 */
async function podImages(
  ctx: DeployContext,
  dep: k8s.V1Deployment,
  images: Record<string, string>,
): Promise<VerifyOutcome['results'][number]> {
  const name = dep.metadata?.name ?? '?';
  const what = `pods of Deployment ${name}`;
  if (Object.keys(images).length === 0)
    return { what, ok: true, detail: 'no recorded images to compare (pods not judged)' };
  const pods = await ctx.kube.call(`list pods of ${name}`, () =>
    ctx.kube.core.listNamespacedPod({
      namespace: ctx.namespace,
      labelSelector: labelSelector(dep.spec?.selector?.matchLabels),
    }),
  );
  const ready = pods.items.filter(
    (p) =>
      !p.metadata?.deletionTimestamp &&
      p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
  );
  const wrong = ready.flatMap((p) =>
    (p.spec?.containers ?? [])
      .filter((c) => c.name in images && c.image !== images[c.name])
      .map((c) => `${p.metadata?.name ?? '?'} runs ${c.name}=${c.image ?? '?'} (want ${images[c.name]})`),
  );
  const want = Object.values(images).join(', ');
  if (wrong.length > 0) return { what, ok: false, detail: wrong.join('; ') };
  if (ready.length === 0) return { what, ok: false, detail: `no ready pod runs ${want}` };
  return { what, ok: true, detail: `${ready.length}/${ready.length} ready pods run ${want}` };
}
