/**
 * A real Prometheus (the Debian package's binary) for tests and benchmarks: on a free loopback
 * port, scraping every second what kube-sim's HTTP service discovery lists, with its own temp
 * storage; stopped (or killed, to test an outage) by the caller.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../controllers/pod-process.ts';

export interface PrometheusServer {
  url: string;
  port: number;
  /** Everything Prometheus logged (for a failing test's message). */
  readonly log: string;
  /** SIGTERM and wait; removes its storage. */
  stop(): Promise<void>;
  /** SIGKILL at once (an outage in the middle of an analysis). */
  kill(): Promise<void>;
}

export interface PrometheusServerOptions {
  /** URL of an HTTP SD endpoint, e.g. `${sim.url}/_sim/sd`. */
  sdUrl: string;
  scrapeIntervalSeconds?: number;
  /** Extra YAML rule files to load (evaluated every scrape interval). */
  ruleFiles?: string[];
  binary?: string;
}

export async function startPrometheus(o: PrometheusServerOptions): Promise<PrometheusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-prometheus-'));
  const interval = `${o.scrapeIntervalSeconds ?? 1}s`;
  const config = [
    'global:',
    `  scrape_interval: ${interval}`,
    `  evaluation_interval: ${interval}`,
    ...(o.ruleFiles?.length ? ['rule_files:', ...o.ruleFiles.map((f) => `  - ${JSON.stringify(f)}`)] : []),
    'scrape_configs:',
    '  - job_name: kube-sim',
    '    http_sd_configs:',
    `      - url: ${JSON.stringify(o.sdUrl)}`,
    `        refresh_interval: ${interval}`,
  ].join('\n');
  writeFileSync(join(dir, 'prometheus.yml'), `${config}\n`);
  const port = await freePort();
  const child = spawn(
    o.binary ?? 'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const cleanup = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, () => log);
  } catch (error) {
    await cleanup('SIGKILL');
    throw error;
  }
  return {
    url,
    port,
    get log() {
      return log;
    },
    stop: () => cleanup('SIGTERM'),
    kill: () => cleanup('SIGKILL'),
  };
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${log()}`);
    const ok = await fetch(`${url}/-/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`prometheus not ready within 30 s: ${log()}`);
}

/** A kube-sim image behaviour running the sample app with this error rate and latency. */
export function sampleAppBehaviour(o: { errorRate?: number; latencyMs?: number; jitterMs?: number } = {}) {
  return {
    process: {
      command: process.execPath,
      args: [
        new URL('./sample-app.ts', import.meta.url).pathname,
        `--error-rate=${o.errorRate ?? 0}`,
        `--latency-ms=${o.latencyMs ?? 5}`,
        `--jitter-ms=${o.jitterMs ?? 0}`,
      ],
      readinessPath: '/healthz',
    },
  };
}
