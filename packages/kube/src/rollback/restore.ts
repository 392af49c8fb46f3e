/**
 * Puts back the target's ConfigMaps and Secrets whose content hash differs from the ledger's
 * record, from a backup copy verified to have the recorded hash, before the pods are rolled back
 * (so the old pods start with the config they ran with).
 */
import type * as k8s from '@kubernetes/client-node';
import { FIELD_MANAGER, dryRunParam } from '../client.ts';
import { applyObject } from '../apply.ts';
import type { DeployContext } from '../context.ts';
import type { ConfigPlan } from './config-drift.ts';

export async function restoreConfig(ctx: DeployContext, plan: ConfigPlan): Promise<void> {
  for (const r of plan.restore) {
    ctx.log.info(`restoring ${r.key} as ${ctx.version} recorded it (from ${r.source})`);
    if (r.object.kind === 'ConfigMap') await applyObject(ctx, r.object);
    else await replaceSecret(ctx, r.object as unknown as k8s.V1Secret);
  }
}

/** Secrets are not a manifest kind of deploy: read-modify-write of type and data only. */
async function replaceSecret(ctx: DeployContext, secret: k8s.V1Secret): Promise<void> {
  const name = secret.metadata!.name!;
  const params = { namespace: ctx.namespace, dryRun: dryRunParam(ctx.dryRun), fieldManager: FIELD_MANAGER };
  await ctx.guard(`restore secret ${name}`);
  ctx.changes.push({ object: `Secret/${name}`, action: 'update', detail: 'data restored from backup' });
  const live = await ctx.kube.find(`read secret ${name}`, () =>
    ctx.kube.core.readNamespacedSecret({ name, namespace: ctx.namespace }),
  );
  if (!live) {
    const body = { ...secret, metadata: { name, labels: secret.metadata?.labels } };
    await ctx.kube.call(`create secret ${name}`, () =>
      ctx.kube.core.createNamespacedSecret({ ...params, body }),
    );
    return;
  }
  await ctx.kube.update(
    `restore secret ${name}`,
    () => ctx.kube.core.readNamespacedSecret({ name, namespace: ctx.namespace }),
    (s) => {
      s.data = secret.data;
      return true;
    },
    (s) => ctx.kube.core.replaceNamespacedSecret({ ...params, name, body: s }),
  );
}
