import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { lstatSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.ts';

// Started as a user starts it: node_modules/.bin/github-sim, a symlink run by its shebang, with
// npm's PATH (node_modules/.bin, and so Node 24, first).
const bin = fileURLToPath(new URL('../../../node_modules/.bin/github-sim', import.meta.url));
const binEnv = { ...process.env, PATH: `${dirname(bin)}${delimiter}${process.env.PATH}` };

describe('github-sim command', () => {
  it('parses flags and a seed file, and names the flag and value when one is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'github-sim-'));
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ repos: [{ owner: 'acme', name: 'api', tags: {} }] }));
    const opts = await parseCliArgs([
      '--port',
      '8123',
      '--token',
      't',
      '--repo',
      'acme/shop',
      '--seed',
      seed,
      '--read-only-token',
      'ro',
    ]);
    expect(opts).toMatchObject({ port: 8123, token: 't' });
    expect(opts.repos?.map((r) => [r.owner, r.name, r.readOnlyTokens])).toEqual([
      ['acme', 'api', ['ro']],
      ['acme', 'shop', ['ro']],
    ]);
    await expect(parseCliArgs(['--port', 'http'])).rejects.toThrow('--port "http" is not a TCP port');
    await expect(parseCliArgs(['--repo', 'shop'])).rejects.toThrow(
      '--repo "shop" is not a repository name: use OWNER/NAME',
    );
    await expect(parseCliArgs(['--seed', join(dir, 'missing.json')])).rejects.toThrow(
      'missing.json: cannot read it as JSON',
    );
  });

  it('serves the API from node_modules/.bin/github-sim (a symlink) until SIGTERM', async () => {
    expect(lstatSync(bin).isSymbolicLink()).toBe(true);
    const child = spawn(bin, ['--port', '0', '--token', 'demo', '--repo', 'acme/shop'], {
      env: binEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = chunk.toString().trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/repos/acme/shop`, { headers: { authorization: 'token demo' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ full_name: 'acme/shop', default_branch: 'main' });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('serves when started outside npm, whatever node is first on PATH, and SIGTERM stops it whole', async () => {
    // The first node on a plain PATH may be older than 24 (it cannot load .ts): bin/run-ts.js then
    // re-runs the entry on the repo's Node 24 and passes the signal on.
    const outsideNpm = process.env.PATH!.split(delimiter).filter((d) => !d.includes('node_modules'));
    const child = spawn(bin, ['--port', '0', '--token', 'demo', '--repo', 'acme/shop'], {
      env: { ...process.env, PATH: outsideNpm.join(delimiter) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = chunk.toString().trim();
    const res = await fetch(`${url}/repos/acme/shop`, { headers: { authorization: 'token demo' } });
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    // Nothing is left serving: the Node 24 process (when there was one) stopped with it.
    await expect(fetch(`${url}/repos/acme/shop`)).rejects.toThrow();
  });
});
