import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { lstat, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startKubeSim } from './index.ts';
import { parseCliArgs } from './cli-args.ts';

const run = promisify(execFile);
// Started as a user starts it: node_modules/.bin/kube-sim, a symlink run by its shebang, with npm's
// PATH (node_modules/.bin, and so Node 24, first).
const BIN = fileURLToPath(new URL('../../../node_modules/.bin/kube-sim', import.meta.url));
const binEnv = { ...process.env, PATH: `${dirname(BIN)}${delimiter}${process.env.PATH}` };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-sim-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts `kube-sim` as a child process and resolves with it and the URL it prints. */
async function startCli(
  ...args: string[]
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(BIN, args, {
    env: binEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) =>
      reject(new Error(`kube-sim exited ${code} before printing its URL: ${err}`)),
    );
  });
  return { child, url, stderr: () => err };
}

async function stopCli(child: ChildProcess): Promise<number | null> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

const kubectl = async (kubeconfig: string, ...args: string[]): Promise<string> =>
  (await run('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeout: 30_000 })).stdout.trim();

describe('kube-sim CLI (a real child process)', () => {
  test('node_modules/.bin/kube-sim is the symlink npm makes', async () => {
    expect((await lstat(BIN)).isSymbolicLink()).toBe(true);
  });

  test('--port 0 --kubeconfig: prints the URL, kubectl works, SIGTERM stops it; --state saves and reloads', async () => {
    const kubeconfig = join(dir, 'kubeconfig');
    const state = join(dir, 'state.json');
    const first = await startCli(
      '--port',
      '0',
      '--kubeconfig',
      kubeconfig,
      '--state',
      state,
      '--no-controllers',
    );
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await readFile(kubeconfig, 'utf8')).toContain(`server: ${first.url}`);
    expect(await kubectl(kubeconfig, 'create', 'configmap', 'cfg', '--from-literal=a=1')).toBe(
      'configmap/cfg created',
    );
    await kubectl(kubeconfig, 'create', 'deployment', 'web', '--image=registry/app:1');
    await kubectl(kubeconfig, 'create', 'namespace', 'team');
    await kubectl(kubeconfig, 'create', 'configmap', 'gone', '--from-literal=x=1');
    await kubectl(kubeconfig, 'delete', 'configmap', 'gone');
    const before = JSON.parse(await kubectl(kubeconfig, 'get', 'configmap,deployment', '-o', 'json')) as {
      items: { metadata: { name: string; uid: string; resourceVersion: string } }[];
    };
    expect(await stopCli(first.child)).toBe(0);
    expect(first.stderr()).toBe('');
    await expect(fetch(first.url)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    const saved = JSON.parse(await readFile(state, 'utf8')) as {
      items: { metadata: { name: string; resourceVersion: string } }[];
    };
    expect(saved.items.map((o) => o.metadata.name)).toEqual(expect.arrayContaining(['cfg', 'web', 'team']));
    expect(saved.items.map((o) => o.metadata.name)).not.toContain('gone');

    const second = await startCli(
      '--port',
      '0',
      '--kubeconfig',
      kubeconfig,
      '--state',
      state,
      '--no-controllers',
    );
    try {
      const after = JSON.parse(
        await kubectl(kubeconfig, 'get', 'configmap,deployment', '-o', 'json'),
      ) as typeof before;
      // same objects, same uid and resourceVersion
      expect(after.items.map((o) => o.metadata)).toEqual(before.items.map((o) => o.metadata));
      expect(await kubectl(kubeconfig, 'get', 'namespace', 'team', '-o', 'name')).toBe('namespace/team');
      // new writes continue after the highest saved resourceVersion
      const maxRv = Math.max(...saved.items.map((o) => Number(o.metadata.resourceVersion)));
      await kubectl(kubeconfig, 'label', 'configmap', 'cfg', 'x=y');
      const cfg = JSON.parse(
        await kubectl(kubeconfig, 'get', 'configmap', 'cfg', '-o', 'json'),
      ) as (typeof before.items)[0];
      expect(Number(cfg.metadata.resourceVersion)).toBeGreaterThan(maxRv);
      expect(cfg.metadata.uid).toBe(before.items.find((o) => o.metadata.name === 'cfg')!.metadata.uid);
      // watch history does not survive a restart: resuming from a saved version is 410 Expired
      const watch = await fetch(
        `${second.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${maxRv - 1}`,
      );
      const event = JSON.parse((await watch.text()).split('\n')[0]!) as {
        type: string;
        object: { code: number };
      };
      expect([event.type, event.object.code]).toEqual(['ERROR', 410]);
    } finally {
      expect(await stopCli(second.child)).toBe(0);
    }
  });

  test('bad flags and state files are reported with the value and what is allowed', async () => {
    expect(() => parseCliArgs(['--port', '70000'])).toThrow('--port "70000" is not a TCP port: use 0-65535');
    expect(() => parseCliArgs(['--bogus'])).toThrow(/bogus/);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"items": 3}');
    await expect(startKubeSim({ statePath: bad, controllers: false })).rejects.toThrow(
      `state file ${bad} has no "items" array`,
    );
    await writeFile(bad, 'not json');
    await expect(startKubeSim({ statePath: bad, controllers: false })).rejects.toThrow(/is not JSON/);
    await writeFile(
      bad,
      '{"items":[{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}}]}',
    );
    await expect(startKubeSim({ statePath: bad, controllers: false })).rejects.toThrow(
      'state: unknown kind example.com/v1 Widget',
    );
    const { code, stderr } = await run(BIN, ['--port', 'x'], { env: binEnv }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--port "x" is not a TCP port');
  });

  test('started outside npm (the first node on PATH may be an older one that cannot load .ts): same answer, same exit code', async () => {
    // bin/run-ts.js re-runs the entry on the repo's Node 24 when the node that started it is older.
    const outsideNpm = process.env.PATH!.split(delimiter).filter((d) => !d.includes('node_modules'));
    const { code, stderr } = await run(BIN, ['--port', 'x'], {
      env: { ...process.env, PATH: outsideNpm.join(delimiter) },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: expect.stringContaining('--port "x" is not a TCP port'),
    });
  });
});
