import { startKubeSim, type KubeSim } from '../index.ts';
import type { KubeObject } from '../store/store.ts';

let sim: KubeSim;
beforeAll(async () => {
  sim = await startKubeSim({ controllers: false });
});
afterAll(async () => {
  await sim.stop();
});

/** A watch over HTTP whose events are collected line by line; `next(n)` waits for n more events. */
async function watch(query: string): Promise<{
  next(n: number): Promise<{ type: string; name: string; tier?: string }[]>;
  close(): void;
}> {
  const ac = new AbortController();
  const res = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps?watch=true&${query}`, {
    signal: ac.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: { type: string; name: string; tier?: string }[] = [];
  let buf = '';
  let taken = 0;
  return {
    async next(n) {
      while (events.length < taken + n) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`watch ended after ${events.length} events`);
        buf += decoder.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          const e = JSON.parse(buf.slice(0, i)) as { type: string; object: KubeObject };
          buf = buf.slice(i + 1);
          events.push({ type: e.type, name: e.object.metadata.name, tier: e.object.metadata.labels?.tier });
        }
      }
      const out = events.slice(taken, taken + n);
      taken += n;
      return out;
    },
    close: () => ac.abort(),
  };
}

describe('watch with a labelSelector follows objects into and out of the selector', () => {
  test('ADDED when it starts matching, DELETED when it stops, nothing while it does not match', async () => {
    const cms = sim.store.type('', 'configmaps')!;
    const cm = (name: string, tier: string, data: Record<string, string> = {}): KubeObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: 'default', labels: { tier } },
      data,
    });
    const relabel = (name: string, tier: string, data?: Record<string, string>): void => {
      const o = sim.store.get(cms, 'default', name)!;
      o.metadata.labels = { tier };
      if (data) o.data = data;
      sim.store.update(cms, o);
    };
    const startRv = sim.store.currentResourceVersion();
    const w = await watch(`labelSelector=tier%3Dweb&resourceVersion=${startRv}`);
    sim.store.create(cms, cm('a', 'web'));
    sim.store.create(cms, cm('b', 'db')); // never matches: not sent
    relabel('a', 'db'); // leaves the selector
    relabel('a', 'db', { x: '1' }); // changed while not matching: not sent
    relabel('b', 'web'); // enters the selector
    relabel('b', 'web', { y: '2' }); // changed while matching
    relabel('a', 'web'); // comes back
    sim.store.delete(cms, 'default', 'a');
    sim.store.delete(cms, 'default', 'b');
    sim.store.create(cms, cm('c', 'web')); // marker: everything before it has been delivered
    const expected = [
      { type: 'ADDED', name: 'a', tier: 'web' },
      { type: 'DELETED', name: 'a', tier: 'db' },
      { type: 'ADDED', name: 'b', tier: 'web' },
      { type: 'MODIFIED', name: 'b', tier: 'web' },
      { type: 'ADDED', name: 'a', tier: 'web' },
      { type: 'DELETED', name: 'a', tier: 'web' },
      { type: 'DELETED', name: 'b', tier: 'web' },
      { type: 'ADDED', name: 'c', tier: 'web' },
    ];
    expect(await w.next(expected.length)).toEqual(expected);
    w.close();

    // the same transitions when replayed from the history (resume from a resourceVersion)
    const replay = await watch(`labelSelector=tier%3Dweb&resourceVersion=${startRv}`);
    expect(await replay.next(expected.length)).toEqual(expected);
    replay.close();

    // a set-based selector: leaving `tier in (web)` by losing the label is a DELETED too
    const w2 = await watch('labelSelector=tier%20in%20(web)');
    expect(await w2.next(1)).toEqual([{ type: 'ADDED', name: 'c', tier: 'web' }]);
    const c = sim.store.get(cms, 'default', 'c')!;
    delete c.metadata.labels;
    sim.store.update(cms, c);
    expect(await w2.next(1)).toEqual([{ type: 'DELETED', name: 'c', tier: undefined }]);
    w2.close();
  });
});
