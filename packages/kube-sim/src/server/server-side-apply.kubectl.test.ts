/**
 * The real client against kube-sim's field management: `kubectl apply --server-side`, conflicts
 * and `--force-conflicts`, `kubectl scale` then a conflicting apply, and an autoscaling/v2
 * HorizontalPodAutoscaler that owns its target's replicas.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useKubectlSim } from '../../../../test/support/kubectl-sim.ts';

const fx = useKubectlSim('kube-sim-ssa');
const { kubectl, kubectlFails } = fx;

async function file(name: string, text: string): Promise<string> {
  const path = join(fx.dir, name);
  await writeFile(path, text);
  return path;
}
const deployment = (name: string, replicas: number | undefined, env = true): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, labels: {app: ${name}}}
spec:
${replicas === undefined ? '' : `  replicas: ${replicas}\n`}  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: app
        image: reg/${name}:1
${env ? '        env: [{name: MODE, value: blue}]\n' : ''}`;

/** Managers owning .spec.replicas, as "manager/operation[/subresource]". */
async function replicasOwners(name: string): Promise<string[]> {
  const obj = JSON.parse(
    await kubectl('get', `deployment/${name}`, '-o', 'json', '--show-managed-fields'),
  ) as {
    metadata: {
      managedFields?: {
        manager: string;
        operation: string;
        subresource?: string;
        fieldsV1: { 'f:spec'?: { 'f:replicas'?: unknown } };
      }[];
    };
  };
  return (obj.metadata.managedFields ?? [])
    .filter((e) => e.fieldsV1['f:spec']?.['f:replicas'] !== undefined)
    .map((e) => [e.manager, e.operation, e.subresource].filter(Boolean).join('/'));
}

test('kubectl apply --server-side creates, re-applies without change, and prunes a field it stopped applying', async () => {
  const v1 = await file('web-1.yaml', deployment('web', 2));
  expect(await kubectl('apply', '--server-side', '-f', v1)).toBe('deployment.apps/web serverside-applied');
  await fx.sim.controllers?.idle();
  const rv = await kubectl('get', 'deployment/web', '-o', 'jsonpath={.metadata.resourceVersion}');
  const since = fx.sim.audit.lastSeq();
  await kubectl('apply', '--server-side', '-f', v1);
  expect(await kubectl('get', 'deployment/web', '-o', 'jsonpath={.metadata.resourceVersion}')).toBe(rv);
  expect(fx.sim.audit.mutations(since).map((m) => [m.verb, m.code])).toEqual([['patch', 200]]);
  expect(await replicasOwners('web')).toEqual(['kubectl/Apply']);
  const v2 = await file('web-2.yaml', deployment('web', 2, false));
  await kubectl('apply', '--server-side', '-f', v2);
  expect(
    await kubectl('get', 'deployment/web', '-o', 'jsonpath={.spec.template.spec.containers[0].env}'),
  ).toBe('');
});

test('kubectl scale, then a server-side apply of other replicas: the conflict names the manager and field; --force-conflicts takes them', async () => {
  const manifest = await file('api.yaml', deployment('api', 3));
  await kubectl('apply', '--server-side', '-f', manifest);
  await kubectl('scale', 'deployment/api', '--replicas=5');
  // kubectl scale sends no fieldManager: the server names it after the user agent ("kubectl"), on the scale subresource
  expect(await replicasOwners('api')).toEqual(['kubectl/Update/scale']);
  const since = fx.sim.audit.lastSeq();
  const err = (await kubectlFails('apply', '--server-side', '-f', manifest)).stderr;
  expect(err).toContain(
    'Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas',
  );
  expect(err).toContain('--force-conflicts');
  expect(fx.sim.audit.mutations(since).map((m) => m.code)).toEqual([409]);
  expect(await kubectl('get', 'deployment/api', '-o', 'jsonpath={.spec.replicas}')).toBe('5');
  await kubectl('apply', '--server-side', '--force-conflicts', '-f', manifest);
  expect(await kubectl('get', 'deployment/api', '-o', 'jsonpath={.spec.replicas}')).toBe('3');
  expect(await replicasOwners('api')).toEqual(['kubectl/Apply']);
});

test('an autoscaling/v2 HPA owns its target replicas while it exists; an apply of replicas conflicts with it', async () => {
  await kubectl('apply', '--server-side', '-f', await file('shop.yaml', deployment('shop', 3)));
  const hpa = await file(
    'hpa.yaml',
    `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: shop}
  minReplicas: 2
  maxReplicas: 4
`,
  );
  await kubectl('apply', '--server-side', '-f', hpa);
  await fx.sim.controllers?.idle();
  expect(await kubectl('get', 'deployment/shop', '-o', 'jsonpath={.spec.replicas}')).toBe('2');
  expect(await replicasOwners('shop')).toEqual(['kube-controller-manager/Update/scale']);
  expect(await kubectl('get', 'hpa/shop', '-o', 'jsonpath={.status.desiredReplicas}')).toBe('2');

  const { stderr: err } = await kubectlFails(
    'apply',
    '--server-side',
    '-f',
    await file('shop.yaml', deployment('shop', 3)),
  );
  expect(err).toContain(
    'conflict with "kube-controller-manager" with subresource "scale" using apps/v1: .spec.replicas',
  );
  // Without replicas in the manifest there is nothing to fight over.
  await kubectl('apply', '--server-side', '-f', await file('shop-free.yaml', deployment('shop', undefined)));
  // A human scaling it: the HPA takes replicas back.
  await kubectl('scale', 'deployment/shop', '--replicas=4');
  await fx.sim.controllers?.idle();
  expect(await kubectl('get', 'deployment/shop', '-o', 'jsonpath={.spec.replicas}')).toBe('2');
  expect(await replicasOwners('shop')).toEqual(['kube-controller-manager/Update/scale']);
});

test('a PodDisruptionBudget is served and applied; an unserved kind is refused by the server', async () => {
  const pdb = await file(
    'pdb.yaml',
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec:
  minAvailable: 1
  selector: {matchLabels: {app: web}}
`,
  );
  expect(await kubectl('apply', '--server-side', '-f', pdb)).toBe(
    'poddisruptionbudget.policy/web serverside-applied',
  );
  const widget = await file('widget.yaml', 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n');
  expect((await kubectlFails('apply', '--server-side', '-f', widget)).stderr).toContain(
    'no matches for kind "Widget" in version "example.com/v1"',
  );
});
