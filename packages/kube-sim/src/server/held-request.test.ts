import { spawn } from 'node:child_process';
import { once } from 'node:events';

// A latency fault holds a request (the deploy tests simulate a hung call with 300 s). stop() must
// end it: a process that stopped its simulator has to exit by itself, not 300 s later (that timer
// kept jest alive after the suite and was why scripts/test.js needed --forceExit).
const index = new URL('../index.ts', import.meta.url).href;
const script = `
import { request } from 'node:http';
const { startKubeSim } = await import(${JSON.stringify(index)});
const sim = await startKubeSim({ controllers: false });
sim.faults.inject({ verb: 'list', resource: 'pods', latencyMs: 300000 });
const req = request(sim.url + '/api/v1/namespaces/default/pods');
req.on('error', () => console.log('client: ' + 'connection closed'));
req.end();
while (!sim.faults.list()[0].hits) await new Promise((r) => setTimeout(r, 10));
await sim.stop();
console.log('stopped');
`;

test('stop() ends a request held by a latency fault: the process exits by itself', async () => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  // Still running 30 s after start (it needs about 1 s): the held request outlived stop().
  const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(guard);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  // Both happen (the client sees its connection closed by stop()), in either order.
  expect(out.trim().split('\n').sort()).toEqual(['client: connection closed', 'stopped']);
});
