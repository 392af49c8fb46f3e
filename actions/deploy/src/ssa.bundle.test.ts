/**
 * Manifests by server-side apply, through the built bundle against kube-sim (which keeps
 * managedFields and answers conflicts as the API server does): an HPA's replicas are left alone, a
 * `kubectl scale`d Deployment is a conflict naming the manager (nothing changed) unless
 * `force-conflicts`, other kinds apply, an unserved kind is refused with the cluster's answer.
 * Build first: npm run build -- deploy
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KubeObject } from '@shipgate/kube-sim';
import { appYaml } from '../../../test/support/app-yaml.ts';
import { useDeployBundle } from '../../../test/support/deploy-bundle.ts';
import { kubectlOn } from '../../../test/support/kubectl-sim.ts';

const fx = useDeployBundle('deploy-ssa', { 'reg/*': { readyAfterMs: 5 } });
const { kubectl } = kubectlOn(() => fx.sim.kubeconfigPath!);
const live = (name: string): KubeObject =>
  fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', name)!;
const image = (name: string) => live(name).spec.template.spec.containers[0].image as string;
/** Who owns .spec.replicas, as manager/operation[/subresource]. */
const replicasOwners = (name: string): string[] =>
  (
    (live(name).metadata.managedFields ?? []) as {
      manager: string;
      operation: string;
      subresource?: string;
      fieldsV1: Record<string, Record<string, unknown>>;
    }[]
  )
    .filter((e) => e.fieldsV1['f:spec']?.['f:replicas'] !== undefined)
    .map((e) => [e.manager, e.operation, e.subresource].filter(Boolean).join('/'));

async function manifest(app: string, replicas: number, extra = ''): Promise<string> {
  const file = `${app}.yaml`;
  await writeFile(join(fx.dir, file), appYaml(app, replicas) + extra);
  return file;
}

test('an HPA-owned replicas is left alone: rolling and canary deploys succeed, the HPA keeps sizing the app', async () => {
  const file = await manifest('auto', 2);
  expect((await fx.deploy({ app: 'auto', manifests: file, version: '1.0.0' })).exitCode).toBe(0);
  await writeFile(
    join(fx.dir, 'hpa.yaml'),
    `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: auto}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: auto}
  minReplicas: 4
  maxReplicas: 6
`,
  );
  await kubectl('apply', '--server-side', '-f', join(fx.dir, 'hpa.yaml'));
  await fx.sim.controllers!.idle();
  expect([live('auto').spec.replicas, replicasOwners('auto')]).toEqual([
    4,
    ['kube-controller-manager/Update/scale'],
  ]);

  const seq = fx.sim.audit.lastSeq();
  const r = await fx.deploy({ app: 'auto', manifests: file, image: 'reg/web:1.1.0', version: '1.1.0' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toContain('.spec.replicas left to kube-controller-manager');
  await fx.sim.controllers!.idle();
  expect([live('auto').spec.replicas, replicasOwners('auto'), image('auto')]).toEqual([
    4,
    ['kube-controller-manager/Update/scale'],
    'reg/web:1.1.0',
  ]);
  // Nothing shipgate wrote set replicas, so the HPA never had to take them back.
  const writes = fx.sim.audit
    .mutations(seq)
    .filter((m) => m.name === 'auto' && m.resource?.startsWith('deployments'));
  expect(writes.filter((m) => m.code < 300 && /"replicas"/.test(m.body))).toEqual([]);
  expect(JSON.parse(live('auto').metadata.annotations!['shipgate.dev/rollout']!)).toMatchObject({
    version: '1.1.0',
    phase: 'succeeded',
  });

  const canary = await fx.deploy({
    app: 'auto',
    image: 'reg/web:2.0.0',
    version: '2.0.0',
    strategy: 'canary',
    'canary-weight': '25',
  });
  expect(canary.exitCode).toBe(0);
  await fx.sim.controllers!.idle();
  // Stable is not shrunk while the HPA owns its replicas: the canary runs beside it.
  expect([live('auto').spec.replicas, replicasOwners('auto')]).toEqual([
    4,
    ['kube-controller-manager/Update/scale'],
  ]);
  expect(live('auto-canary').spec.replicas).toBe(1);
  expect((await fx.deploy({ app: 'auto', mode: 'abort' })).exitCode).toBe(0);
  await fx.sim.controllers!.idle();
  expect([live('auto').spec.replicas, replicasOwners('auto'), image('auto')]).toEqual([
    4,
    ['kube-controller-manager/Update/scale'],
    'reg/web:1.1.0',
  ]);
});

test('after kubectl scale, a deploy whose manifest sets replicas fails naming the manager and field; nothing changes; force-conflicts takes them', async () => {
  const file = await manifest('scaled', 2);
  expect((await fx.deploy({ app: 'scaled', manifests: file, version: '1.0.0' })).exitCode).toBe(0);
  await kubectl('scale', 'deployment/scaled', '--replicas=5');
  const seq = fx.sim.audit.lastSeq();
  const refused = await fx.deploy({
    app: 'scaled',
    manifests: file,
    image: 'reg/web:1.1.0',
    version: '1.1.0',
  });
  expect(refused.exitCode).toBe(1);
  expect(refused.outputs.status).toBe('failed');
  expect(refused.stdout).toContain(
    'apply Deployment/scaled from scaled.yaml failed: Kubernetes API (409): fields owned by another manager: .spec.replicas (conflict with "kubectl" with subresource "scale" using apps/v1); nothing was changed',
  );
  expect(refused.stdout).toContain('force-conflicts: true');
  expect(fx.sim.audit.mutations(seq)).toEqual([]); // dry runs only: not even the Lease was taken
  expect([live('scaled').spec.replicas, image('scaled')]).toEqual([5, 'reg/web:1.0.0']);

  const forced = await fx.deploy({
    app: 'scaled',
    manifests: file,
    image: 'reg/web:1.1.0',
    version: '1.1.0',
    'force-conflicts': 'true',
  });
  expect(forced.exitCode).toBe(0);
  expect([live('scaled').spec.replicas, image('scaled'), replicasOwners('scaled')]).toEqual([
    2,
    'reg/web:1.1.0',
    ['shipgate/Apply'],
  ]);
});

test('a PodDisruptionBudget in the manifests is applied (any kind the cluster serves), and follows the manifest', async () => {
  const pdb = (min: number) => `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: budget}
spec: {minAvailable: ${min}, selector: {matchLabels: {app: budget}}}
`;
  const PDBS = fx.sim.store.type('policy', 'poddisruptionbudgets')!;
  expect(
    (await fx.deploy({ app: 'budget', manifests: await manifest('budget', 2, pdb(1)), version: '1.0.0' }))
      .exitCode,
  ).toBe(0);
  expect(fx.sim.store.get(PDBS, 'default', 'budget')?.spec.minAvailable).toBe(1);
  const r = await fx.deploy({
    app: 'budget',
    manifests: await manifest('budget', 2, pdb(2)),
    image: 'reg/web:1.1.0',
    version: '1.1.0',
  });
  expect(r.exitCode).toBe(0);
  const budget = fx.sim.store.get(PDBS, 'default', 'budget')!;
  expect(budget.spec.minAvailable).toBe(2);
  expect(
    (budget.metadata.managedFields as { manager: string; operation: string }[]).map(
      (e) => `${e.manager}/${e.operation}`,
    ),
  ).toEqual(['shipgate/Apply']);
});

test('a kind the cluster does not serve is refused with its answer, naming the file and kind, before anything changes', async () => {
  const file = await manifest(
    'odd',
    2,
    '---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: gadget}\n',
  );
  const seq = fx.sim.audit.lastSeq();
  const r = await fx.deploy({ app: 'odd', manifests: file, version: '1.0.0' });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain(
    'apply Widget/gadget from odd.yaml failed: Kubernetes API (404): the cluster does not serve kind Widget in example.com/v1 (GET /apis/example.com/v1: 404',
  );
  expect(fx.sim.audit.mutations(seq)).toEqual([]);
  expect(fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', 'odd')).toBeUndefined();
});
