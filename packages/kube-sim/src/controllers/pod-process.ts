import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1 (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** GET http://127.0.0.1:port/path; true when it answers below 500 within timeoutMs. */
export function httpProbe(port: number, path: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

export interface ProcessSpec {
  command: string;
  args?: string[];
}

/**
 * One real process for one container instance: argument array (no shell), its own process group and temp cwd,
 * stdout/stderr captured line by line.
 */
export class PodProcess {
  readonly port: number;
  private readonly child: ChildProcess;
  private readonly cwd: string;
  private exited = false;
  private readonly exitPromise: Promise<void>;

  constructor(
    spec: ProcessSpec,
    env: Record<string, string>,
    port: number,
    onLine: (line: string) => void,
    onExit: (code: number, signal: string | null) => void,
  ) {
    this.port = port;
    this.cwd = mkdtempSync(join(tmpdir(), 'kube-sim-pod-'));
    this.child = spawn(spec.command, spec.args ?? [], {
      cwd: this.cwd,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let buf = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buf += chunk;
        const lines = buf.split('\n');
        buf = lines.pop() ?? '';
        for (const l of lines) onLine(l);
      });
      stream?.on('end', () => {
        if (buf) onLine(buf);
        buf = '';
      });
    }
    this.exitPromise = new Promise((resolve) => {
      let reported = false;
      const report = (code: number, signal: string | null): void => {
        this.exited = true;
        rmSync(this.cwd, { recursive: true, force: true });
        if (!reported) {
          reported = true;
          onExit(code, signal);
        }
        resolve();
      };
      this.child.once('error', (err) => {
        onLine(`kube-sim: cannot start ${spec.command}: ${err.message}`);
        report(128, null);
      });
      this.child.once('exit', (code, signal) => report(code ?? (signal ? 128 + 9 : 1), signal));
    });
  }

  /** SIGTERM to the process group, SIGKILL after graceMs; resolves when it has exited. */
  async kill(graceMs = 2000): Promise<void> {
    if (this.exited || this.child.pid === undefined) return this.exitPromise;
    const signal = (sig: NodeJS.Signals): void => {
      try {
        process.kill(-this.child.pid!, sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const t = setTimeout(() => signal('SIGKILL'), graceMs);
    await this.exitPromise;
    clearTimeout(t);
  }
}
