// workflows-examples/shipgate/notify.mjs, the step that tells the team, run as the workflows run
// it: a Node process with WEBHOOK and TEXT in its environment.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { repoRoot } from '@shipgate/workflow-runner';

const script = join(repoRoot, 'workflows-examples/shipgate/notify.mjs');

function notify(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

let server: Server | undefined;
afterEach(() => {
  server?.close();
});

/** A webhook answering each POST with the next status of `statuses`; returns its URL and the bodies. */
async function webhook(statuses: number[]): Promise<{ url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook/T0SECRET`, bodies };
}

test('posts {"text": TEXT} as JSON, once', async () => {
  const hook = await webhook([200]);
  const text = 'release v1.2.0 of acme/web failed: "quotes", \\ and\nnewlines';
  expect(await notify({ WEBHOOK: hook.url, TEXT: text })).toEqual({ code: 0, out: '' });
  expect(hook.bodies).toEqual([{ text }]);
});

test('a 503 is retried; a 404 fails at once, without printing the secret URL', async () => {
  const flaky = await webhook([503]);
  expect((await notify({ WEBHOOK: flaky.url, TEXT: 'x' })).code).toBe(0);
  expect(flaky.bodies).toHaveLength(2);
  server!.close();
  const gone = await webhook([404]);
  const result = await notify({ WEBHOOK: gone.url, TEXT: 'x' });
  expect(result).toEqual({
    code: 1,
    out: '::error title=notify::the webhook did not take the message (HTTP 404)\n',
  });
  expect(gone.bodies).toHaveLength(1);
});

test('without a webhook it warns and succeeds; TEXT cannot start a workflow command', async () => {
  const result = await notify({ TEXT: 'release v9 failed\n::error::forged\r\n100%' });
  expect(result.code).toBe(0);
  expect(result.out.trimEnd().split('\n')).toEqual([
    '::warning title=notify::no RELEASE_WEBHOOK secret, so nobody was told: release v9 failed%0A::error::forged%0D%0A100%25',
  ]);
});
