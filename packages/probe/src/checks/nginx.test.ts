// Security headers against a real nginx (Debian package `nginx`), run as a child process with its
// own config in a temp dir: one server block hardened, one as nginx ships (server_tokens on).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@shipgate/core';
import { validate } from '../validate.ts';
import { freePort } from '../test-utils.ts';

let nginx: ChildProcess;
let hardened: string;
let plain: string;

function config(dir: string, hardenedPort: number, plainPort: number): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir}/${t};`)
    .join('\n  ');
  return `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  default_type application/json;
  server {
    listen 127.0.0.1:${hardenedPort};
    server_tokens off;
    add_header Content-Security-Policy "default-src 'self'; object-src 'none'; frame-ancestors 'none'" always;
    add_header X-Content-Type-Options nosniff always;
    add_header X-Frame-Options DENY always;
    add_header Referrer-Policy strict-origin-when-cross-origin always;
    add_header Set-Cookie "sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax" always;
    location / { return 200 '{"status":"UP"}'; }
  }
  server {
    listen 127.0.0.1:${plainPort};
    add_header Set-Cookie "sid=abc; Path=/" always;
    location / { return 200 '{"status":"UP"}'; }
  }
}
`;
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  // nginx opens its sockets before it serves; connect as soon as it accepts (or fail if it exits).
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`nginx did not listen on ${port}`);
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'probe-nginx-'));
  const [a, b] = [await freePort(), await freePort()];
  await writeFile(join(dir, 'nginx.conf'), config(dir, a, b));
  nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const spawned = new Promise<void>((resolve, reject) => {
    nginx.once('spawn', resolve);
    nginx.once('error', (e) =>
      reject(new Error(`cannot start nginx (apt-get install -y nginx): ${e.message}`)),
    );
  });
  await spawned;
  await Promise.all([waitForPort(a, nginx), waitForPort(b, nginx)]);
  hardened = `http://127.0.0.1:${a}`;
  plain = `http://127.0.0.1:${b}`;
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
});

test('nginx with security headers passes recommended; over plain HTTP strict still asks for HTTPS', async () => {
  const report = await validate(
    {
      baseUrl: hardened,
      timeoutMs: 0,
      securityHeaders: 'recommended',
      checks: [{ name: 'up', conditions: ['[BODY].status == UP', '[HEADERS].server == nginx'] }],
    },
    { clock: systemClock },
  );
  expect(report.failures).toEqual([]);
  expect(report.checks[1]!.details).toMatchObject({ grade: 'B+', score: 80 }); // -20: not HTTPS;
  const strict = await validate(
    { baseUrl: hardened, timeoutMs: 0, securityHeaders: 'strict' },
    { clock: systemClock },
  );
  expect(strict.failures).toEqual([
    'security headers: served over HTTPS (plain HTTP) — set serve the site over HTTPS, then Strict-Transport-Security: max-age=63072000; includeSubDomains',
  ]);
});

test('nginx as shipped fails recommended, each failure with what to set', async () => {
  const report = await validate(
    { baseUrl: plain, timeoutMs: 0, securityHeaders: 'recommended' },
    { clock: systemClock },
  );
  expect(report.passed).toBe(false);
  expect(report.failures).toEqual([
    "security headers: Content-Security-Policy is set (missing) — set Content-Security-Policy: default-src 'self'; object-src 'none'; frame-ancestors 'none'",
    'security headers: X-Content-Type-Options is nosniff (missing) — set X-Content-Type-Options: nosniff',
    "security headers: framing is restricted (X-Frame-Options or CSP frame-ancestors) (missing) — set X-Frame-Options: DENY (or CSP frame-ancestors 'none')",
    'security headers: Referrer-Policy is set to a safe value (missing) — set Referrer-Policy: strict-origin-when-cross-origin',
    expect.stringMatching(
      /^security headers: Server does not reveal a version \(nginx\/1\.\d+\.\d+\) — set remove the version from Server \(nginx: server_tokens off;\)$/,
    ),
    'security headers: cookie sid is HttpOnly (no attributes) — set Set-Cookie: sid=…; HttpOnly',
  ]);
  expect(report.checks[1]!.details).toMatchObject({ grade: 'F', score: 20 }); // 100 - 20 (no HTTPS) - 25 (CSP) - 5 (nosniff) - 20 (framing) - 10 (HttpOnly);
});
