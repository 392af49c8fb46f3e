import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useKubectlSim } from '../../../../test/support/kubectl-sim.ts';

const fx = useKubectlSim('kube-sim-kubectl');
const { kubectl, kubectlFails } = fx;

const manifest = (image: string, name = 'api'): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app: ${name}}
spec:
  replicas: 3
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: app
        image: ${image}
        env: [{name: A, value: "1"}]
---
apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec:
  selector: {app: ${name}}
  ports: [{port: 80, targetPort: 8080}]
`;

describe('scripted kubectl sessions against kube-sim', () => {
  test('create (protobuf body), apply, get -o json/yaml, set image, scale, patch types, label/annotate', async () => {
    expect(
      await kubectl('create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=8080'),
    ).toBe('deployment.apps/web created');
    const protobufCreate = fx.sim.audit
      .entries()
      .find((e) => e.verb === 'create' && e.resource === 'deployments');
    expect(protobufCreate?.contentType).toBe('application/vnd.kubernetes.protobuf');
    const web = JSON.parse(await kubectl('get', 'deploy', 'web', '-o', 'json'));
    expect(web.spec.template.spec.containers[0]).toMatchObject({
      name: 'nginx',
      image: 'nginx:1.27',
      ports: [{ containerPort: 8080, protocol: 'TCP' }],
    });
    await writeFile(join(fx.dir, 'api.yaml'), manifest('registry/app:1.0.0'));
    expect(await kubectl('apply', '-f', join(fx.dir, 'api.yaml'))).toBe(
      'deployment.apps/api created\nservice/api created',
    );
    expect(await kubectl('apply', '-f', join(fx.dir, 'api.yaml'))).toBe(
      'deployment.apps/api unchanged\nservice/api unchanged',
    );
    expect(await kubectl('get', 'deploy', 'api', '-o', 'yaml')).toContain(
      'kubectl.kubernetes.io/last-applied-configuration',
    );
    await kubectl('set', 'image', 'deploy/api', 'app=registry/app:1.1.0');
    await kubectl('scale', 'deploy/api', '--replicas=5');
    await kubectl('patch', 'deploy', 'api', '--type', 'merge', '-p', '{"spec":{"minReadySeconds":1}}');
    await kubectl(
      'patch',
      'deploy',
      'api',
      '--type',
      'strategic',
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","env":[{"name":"B","value":"2"}]}]}}}}',
    );
    await kubectl(
      'patch',
      'deploy',
      'api',
      '--type',
      'json',
      '-p',
      '[{"op":"replace","path":"/spec/replicas","value":4}]',
    );
    await kubectl('label', 'deploy', 'api', 'tier=backend');
    await kubectl('annotate', 'deploy', 'api', 'note=hi');
    const api = JSON.parse(await kubectl('get', 'deploy', 'api', '-o', 'json'));
    expect(api.spec.replicas).toBe(4);
    expect(api.spec.minReadySeconds).toBe(1);
    expect(api.spec.template.spec.containers[0].image).toBe('registry/app:1.1.0');
    expect(api.spec.template.spec.containers[0].env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ]);
    expect(api.metadata.labels).toEqual({ app: 'api', tier: 'backend' });
    expect(api.metadata.annotations.note).toBe('hi');
    expect(api.metadata.generation).toBe(6);
    expect(
      (await kubectlFails('patch', 'deploy', 'api', '--type', 'json', '-p', '{"op":"replace"}')).stderr,
    ).toMatch(/error|Error/);
    expect((await kubectlFails('create', 'deployment', 'x', '--image=a', '-n', 'nope')).stderr).toContain(
      'namespaces "nope" not found',
    );
  });

  test('rollout status/history/undo/pause/resume/restart, wait --for=condition, apply --server-side, delete --cascade', async () => {
    await writeFile(join(fx.dir, 'roll.yaml'), manifest('registry/app:1.0.0', 'roll'));
    await kubectl('apply', '-f', join(fx.dir, 'roll.yaml'));
    expect(await kubectl('rollout', 'status', 'deploy/roll', '--timeout=20s')).toContain(
      'successfully rolled out',
    );
    await kubectl('set', 'image', 'deploy/roll', 'app=registry/app:2.0.0');
    expect(await kubectl('rollout', 'status', 'deploy/roll', '--timeout=20s')).toContain(
      'successfully rolled out',
    );
    expect(await kubectl('rollout', 'history', 'deploy/roll')).toMatch(
      /REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/,
    );
    await kubectl('rollout', 'undo', 'deploy/roll', '--to-revision=1');
    expect(await kubectl('rollout', 'status', 'deploy/roll', '--timeout=20s')).toContain(
      'successfully rolled out',
    );
    expect(
      await kubectl('get', 'deploy', 'roll', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'),
    ).toBe('registry/app:1.0.0');
    expect(await kubectl('wait', '--for=condition=Available', 'deploy/roll', '--timeout=20s')).toBe(
      'deployment.apps/roll condition met',
    );
    expect(await kubectl('rollout', 'pause', 'deploy/roll')).toBe('deployment.apps/roll paused');
    expect(await kubectl('rollout', 'resume', 'deploy/roll')).toBe('deployment.apps/roll resumed');
    expect(await kubectl('rollout', 'restart', 'deploy/roll')).toBe('deployment.apps/roll restarted');
    expect(
      await kubectl('apply', '--server-side', '--force-conflicts', '-f', join(fx.dir, 'roll.yaml')),
    ).toBe('deployment.apps/roll serverside-applied\nservice/roll serverside-applied');
    expect(await kubectl('rollout', 'status', 'deploy/roll', '--timeout=20s')).toContain(
      'successfully rolled out',
    );
    const rs = await kubectl('get', 'rs', '-l', 'app=roll', '-o', 'name');
    expect(rs.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(await kubectl('delete', 'deploy', 'roll', '--cascade=foreground')).toBe(
      'deployment.apps "roll" deleted',
    );
    expect(await kubectl('get', 'rs,pods', '-l', 'app=roll', '-o', 'name')).toBe('');
  });
});
