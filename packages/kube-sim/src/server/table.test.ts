import { useKubectlSim } from '../../../../test/support/kubectl-sim.ts';
import { wantsTable } from './handlers/read.ts';

const fx = useKubectlSim('kube-sim-table', {
  controllers: {
    // timeScale 1: after its first exit the crashing container waits 10 s in CrashLoopBackOff (restartCount 1)
    images: {
      'registry/crash:*': { crashLoop: { exitCode: 1, logs: ['fatal: no config'] } },
      'registry/slow:*': { neverReady: true },
    },
  },
});
const { kubectl } = fx;

/** Splits kubectl's column output into rows of cells (columns are separated by 2+ spaces). */
const rows = (text: string): string[][] => text.split('\n').map((l) => l.trim().split(/\s{2,}/));

async function until<T>(what: string, f: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Accept negotiation', () => {
  test.each([
    [
      'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json',
      true,
    ],
    ['application/json; as=Table; v=v1; g=meta.k8s.io', true],
    ['application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json', false],
    ['application/json,application/json;as=Table;v=v1;g=meta.k8s.io', false],
    ['application/vnd.kubernetes.protobuf,application/json;as=Table;v=v1;g=meta.k8s.io', true],
    ['application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io', false],
    ['', false],
  ])('%s → Table %s', (accept, expected) => {
    expect(wantsTable(accept)).toBe(expected);
  });
});

describe('kubectl get prints the server-side Table columns', () => {
  test('pods (incl. CrashLoopBackOff), deployments, replicasets, services, jobs', async () => {
    await kubectl('create', 'deployment', 'web', '--image=registry/app:1', '--replicas=2');
    await kubectl('create', 'deployment', 'crash', '--image=registry/crash:1');
    await kubectl('create', 'deployment', 'slow', '--image=registry/slow:1', '--replicas=2');
    await kubectl('create', 'service', 'clusterip', 'web', '--tcp=80:8080');
    await kubectl('create', 'job', 'once', '--image=registry/app:1');
    const crashPod = await until('a restarted crash-looping pod', () =>
      fx.sim.store
        .list(fx.sim.store.type('', 'pods')!, 'default', { labelSelector: 'app=crash' })
        .items.find(
          (p) =>
            p.status?.containerStatuses?.[0]?.restartCount >= 1 &&
            p.status.containerStatuses[0].state?.waiting?.reason === 'CrashLoopBackOff',
        ),
    );
    await until('the job to complete', () =>
      fx.sim.store.get(fx.sim.store.type('batch', 'jobs')!, 'default', 'once')?.status?.succeeded === 1
        ? true
        : undefined,
    );
    await until('web to be available', () =>
      fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', 'web')?.status
        ?.availableReplicas === 2
        ? true
        : undefined,
    );
    await fx.sim.controllers!.idle();

    // The server renders RESTARTS ("N (Ts ago)") when kubectl asks: the cell must match the pod as
    // stored just before or just after the call, at some instant in between. On a loaded machine
    // the count may move on and the seconds grow, so no fixed count or digit is expected.
    const restarts = (): { count: number; finished: number } => {
      const cs = fx.sim.store.get(fx.sim.store.type('', 'pods')!, 'default', crashPod.metadata.name)!.status
        .containerStatuses[0];
      return { count: cs.restartCount, finished: Date.parse(cs.lastState.terminated.finishedAt) };
    };
    const cells = ({ count, finished }: { count: number; finished: number }): string[] => {
      const [from, to] = [before, after].map((t) => Math.floor((t - finished) / 1000));
      return Array.from({ length: to! - from! + 1 }, (_, i) => `${count} (${from! + i}s ago)`);
    };
    const before = Date.now();
    const stored = restarts();
    const pods = rows(await kubectl('get', 'pods'));
    const after = Date.now();
    const expectedCells = [...cells(stored), ...cells(restarts())];
    expect(pods[0]).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    const crash = pods.find((r) => r[0] === crashPod.metadata.name)!;
    expect(crash[1]).toBe('0/1');
    expect(crash[2]).toBe('CrashLoopBackOff');
    expect(expectedCells).toContain(crash[3]);
    const web = pods.filter((r) => r[0]!.startsWith('web-'));
    expect(web.map((r) => r.slice(1, 4))).toEqual([
      ['1/1', 'Running', '0'],
      ['1/1', 'Running', '0'],
    ]);
    expect(pods.filter((r) => r[0]!.startsWith('slow-')).map((r) => r.slice(1, 4))).toEqual([
      ['0/1', 'Running', '0'],
      ['0/1', 'Running', '0'],
    ]);
    expect(pods.find((r) => r[0]!.startsWith('once-'))!.slice(1, 4)).toEqual(['0/1', 'Completed', '0']);

    const deploys = rows(await kubectl('get', 'deployments'));
    expect(deploys[0]).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(deploys.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['crash', '0/1', '1', '0'],
      ['slow', '0/2', '2', '0'],
      ['web', '2/2', '2', '2'],
    ]);
    const wide = rows(await kubectl('get', 'deploy', 'web', '-o', 'wide'));
    expect(wide[0]).toEqual([
      'NAME',
      'READY',
      'UP-TO-DATE',
      'AVAILABLE',
      'AGE',
      'CONTAINERS',
      'IMAGES',
      'SELECTOR',
    ]);
    expect(wide[1]!.slice(5)).toEqual(['app', 'registry/app:1', 'app=web']);

    const rs = rows(await kubectl('get', 'replicasets', '-l', 'app=web'));
    expect(rs[0]).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE']);
    expect(rs[1]!.slice(1, 4)).toEqual(['2', '2', '2']);

    const svc = rows(await kubectl('get', 'services', 'web'));
    expect(svc[0]).toEqual(['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE']);
    expect(svc[1]!.slice(0, 5)).toEqual([
      'web',
      'ClusterIP',
      fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'web')!.spec.clusterIP,
      '<none>',
      '80/TCP',
    ]);

    const jobs = rows(await kubectl('get', 'jobs'));
    expect(jobs[0]!.slice(0, 3)).toEqual(['NAME', 'STATUS', 'COMPLETIONS']);
    expect(jobs[1]!.slice(0, 3)).toEqual(['once', 'Complete', '1/1']);

    // a single object (GET, not LIST) is also served as a Table
    const one = rows(await kubectl('get', 'pod', crashPod.metadata.name));
    expect(one).toHaveLength(2);
    expect(one[0]).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    const gets = fx.sim.audit.entries().filter((e) => e.verb === 'get' && e.resource === 'pods');
    expect(gets.length).toBeGreaterThan(0);
  });

  test('plain JSON without the Table Accept; includeObject and bad values', async () => {
    const list = (await (await fetch(`${fx.sim.url}/api/v1/namespaces/default/pods`)).json()) as {
      kind: string;
    };
    expect(list.kind).toBe('PodList');
    const accept = 'application/json;as=Table;v=v1;g=meta.k8s.io';
    const t = (await (
      await fetch(`${fx.sim.url}/apis/apps/v1/namespaces/default/deployments?includeObject=Object&limit=1`, {
        headers: { accept },
      })
    ).json()) as {
      kind: string;
      metadata: { continue?: string };
      rows: { object: { kind: string } }[];
    };
    expect(t.kind).toBe('Table');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.object.kind).toBe('Deployment');
    expect(t.metadata.continue).toBeTruthy();
    const none = (await (
      await fetch(`${fx.sim.url}/apis/apps/v1/namespaces/default/deployments/web?includeObject=None`, {
        headers: { accept },
      })
    ).json()) as { rows: Record<string, unknown>[] };
    expect(none.rows[0]).not.toHaveProperty('object');
    // watches (kubectl get -w) carry one-row Tables per event
    const ac = new AbortController();
    const watch = await fetch(
      `${fx.sim.url}/apis/apps/v1/namespaces/default/deployments?watch=true&fieldSelector=metadata.name%3Dweb`,
      {
        headers: { accept },
        signal: ac.signal,
      },
    );
    const reader = watch.body!.getReader();
    let text = '';
    while (!text.includes('\n')) text += new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    const event = JSON.parse(text.split('\n')[0]!) as {
      type: string;
      object: { kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[] }[] };
    };
    expect(event.type).toBe('ADDED');
    expect(event.object.kind).toBe('Table');
    expect(event.object.columnDefinitions.map((c) => c.name).slice(0, 4)).toEqual([
      'Name',
      'Ready',
      'Up-to-date',
      'Available',
    ]);
    expect(event.object.rows[0]!.cells.slice(0, 4)).toEqual(['web', '2/2', 2, 2]);
    const bad = await fetch(`${fx.sim.url}/api/v1/pods?includeObject=All`, { headers: { accept } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain(
      'includeObject: Unsupported value: "All"',
    );
  });
});
