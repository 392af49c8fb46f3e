/**
 * A restored ConfigMap or Secret reaches running pods only when they restart: env and envFrom are
 * read at container start (and a subPath mount never updates). So the config restore is wrapped:
 * every Deployment serving the target that reads a restored object, and whose pod template the
 * application phase did not change (its pods predate the restore: traffic already back, a warm
 * colour, a stable that already ran the target), is restarted the way Helm's checksum/config
 * pattern does it — a pod-template annotation holding the hash of the config it reads — and its
 * rollout is waited for. A Deployment whose template did change already has new pods.
 */
import { createHash } from 'node:crypto';
import { FIELD_MANAGER, PatchStrategy, dryRunParam, patchOptions } from '../client.ts';
import { configRefs, readConfigDigests, type ConfigKey } from '../config-digest.ts';
import type { DeployContext } from '../context.ts';
import { REVISION, readDeployment, waitFor } from '../workloads.ts';
import type { AppOutcome } from './app-rollback.ts';
import type { RollbackPlan } from './validate.ts';

/** Pod-template annotation: sha256 of the config a Deployment's pods read (changing it rolls the pods). */
export const CONFIG_HASH = 'shipgate.dev/config-hash';

/** One Deployment restarted so its pods read the restored config. */
export interface ConfigRestart {
  deployment: string;
  /** The restored objects its pods read. */
  reads: string[];
  ok: boolean;
  detail: string;
}

/** What the application phase did, plus the restarts the config restore needed. */
export type RestoredOutcome = AppOutcome & { restarts: ConfigRestart[] };

/**
 * Runs `apply` (config restore + the strategy's rollback) and then restarts the Deployments of its
 * outcome that read a config object whose content the phase changed but still run pods that predate it.
 */
export async function withConfigRestart(
  ctx: DeployContext,
  plan: RollbackPlan,
  apply: () => Promise<AppOutcome>,
): Promise<RestoredOutcome> {
  const keys = restoredKeys(plan);
  if (keys.length === 0) return { ...(await apply()), restarts: [] };
  const names = candidates(ctx.app, plan);
  const [digests, revisions] = await Promise.all([
    readConfigDigests(ctx.kube, ctx.namespace, keys),
    readRevisions(ctx, names),
  ]);
  const outcome = await apply();
  if (!outcome.ok) return { ...outcome, restarts: [] };
  const after = await readConfigDigests(ctx.kube, ctx.namespace, keys);
  const changed = keys.filter((k) => after[k] !== digests[k]);
  const restarts: ConfigRestart[] = [];
  for (const name of outcome.deployments) {
    const r = await restartIfStale(ctx, name, changed, revisions.get(name), keys);
    if (r) restarts.push(r);
  }
  const failed = restarts.filter((r) => !r.ok);
  const said = restarts.map((r) =>
    r.ok ? `${r.deployment} restarted (its pods read ${r.reads.join(', ')})` : `${r.deployment}: ${r.detail}`,
  );
  return {
    ...outcome,
    ok: failed.length === 0,
    message: [outcome.message, ...said].join('; '),
    restarts,
  };
}

/** Config objects the phase may change: the hash-verified restores and restore-from's ConfigMaps/Secrets. */
function restoredKeys(plan: RollbackPlan): ConfigKey[] {
  const fromFile = (plan.restoreObjects ?? [])
    .filter((o) => o.kind === 'ConfigMap' || o.kind === 'Secret')
    .map((o) => `${o.kind}/${o.metadata.name}` as ConfigKey);
  return [...new Set([...plan.config.restore.map((r) => r.key as ConfigKey), ...fromFile])].sort();
}

/** Every Deployment the phase can end up serving the target with. */
function candidates(app: string, plan: RollbackPlan): string[] {
  const fromFile = (plan.restoreObjects ?? [])
    .filter((o) => o.kind === 'Deployment')
    .map((o) => o.metadata.name);
  return [...new Set([app, plan.live.deployment, `${app}-blue`, `${app}-green`, ...fromFile])];
}

async function readRevisions(ctx: DeployContext, names: string[]): Promise<Map<string, string | undefined>> {
  const deps = await Promise.all(names.map((n) => readDeployment(ctx, n)));
  return new Map(names.map((n, i) => [n, deps[i]?.metadata?.annotations?.[REVISION]]));
}

/**
 * Restarts `name` when its pods read a changed object and its revision is the one from before the
 * phase (a template change bumps the revision; a scale does not). Undefined when nothing is needed.
 */
async function restartIfStale(
  ctx: DeployContext,
  name: string,
  changed: ConfigKey[],
  revisionBefore: string | undefined,
  restorable: ConfigKey[],
): Promise<ConfigRestart | undefined> {
  const dep = await readDeployment(ctx, name);
  const refs = configRefs(dep?.spec?.template?.spec);
  if (ctx.dryRun) {
    // Nothing was restored, so nothing changed: say which Deployments a real run may restart.
    const reads = restorable.filter((k) => refs.includes(k));
    if (reads.length > 0)
      ctx.log.info(
        `dry run: ${name} reads ${reads.join(', ')}; a real run restarts it unless the rollback changes its pod template`,
      );
    return undefined;
  }
  const reads = changed.filter((k) => refs.includes(k));
  if (!dep || reads.length === 0 || dep.metadata?.annotations?.[REVISION] !== revisionBefore)
    return undefined;
  const hash = configHash(await readConfigDigests(ctx.kube, ctx.namespace, refs));
  if (dep.spec?.template?.metadata?.annotations?.[CONFIG_HASH] === hash) return undefined;
  const step = `restart deployment ${name} for restored config`;
  ctx.log.info(
    `restarting ${name}: its pods read ${reads.join(', ')}, restored, and started before the restore`,
  );
  await ctx.guard(step);
  ctx.changes.push({
    object: `Deployment/${name}`,
    action: 'update',
    detail: `pod template annotation ${CONFIG_HASH}=${hash.slice(0, 12)}… (restart: ${reads.join(', ')} restored)`,
  });
  await ctx.kube.call(step, () =>
    ctx.kube.apps.patchNamespacedDeployment(
      {
        name,
        namespace: ctx.namespace,
        body: { spec: { template: { metadata: { annotations: { [CONFIG_HASH]: hash } } } } },
        dryRun: dryRunParam(ctx.dryRun),
        fieldManager: FIELD_MANAGER,
      },
      patchOptions(PatchStrategy.StrategicMergePatch),
    ),
  );
  const w = await waitFor(ctx, name);
  return {
    deployment: name,
    reads,
    ok: w.ok,
    detail: w.ok ? `pods restarted on the restored config` : `restart did not roll out: ${w.message}`,
  };
}

/** Pure: sha256 over the sorted `Kind/name=digest` lines of the config a pod template reads. */
export function configHash(digests: Record<string, string>): string {
  const lines = Object.keys(digests)
    .sort()
    .map((k) => `${k}=${digests[k]}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
