// Load generator benchmark: shipgate's runLoad vs autocannon against the same local endpoint, in the
// same run, alternating rounds. Usage (from the repo root):
//   node_modules/.bin/node bench/validate/bench.ts [--seconds 5] [--connections 10] [--rounds 3]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { systemClock } from '@shipgate/core';
import { runLoad } from '@shipgate/probe';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1]!);
const seconds = Number(args.get('seconds') ?? 5);
const connections = Number(args.get('connections') ?? 10);
const rounds = Number(args.get('rounds') ?? 3);

const server = spawn(process.execPath, [fileURLToPath(new URL('./server.ts', import.meta.url))], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = (await once(server.stdout!, 'data')) as [Buffer];
const url = `http://127.0.0.1:${String(line).trim()}/`;

type Row = {
  tool: string;
  round: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  errors: number;
};
const rows: Row[] = [];

async function runAutocannon(round: number): Promise<void> {
  const result = await autocannon({ url, connections, duration: seconds });
  rows.push({
    tool: 'autocannon',
    round,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  });
}

async function runShipgate(round: number): Promise<void> {
  const r = await runLoad({
    url: new URL(url),
    concurrency: connections,
    durationMs: seconds * 1000,
    clock: systemClock,
  });
  rows.push({
    tool: 'shipgate',
    round,
    rps: r.rps,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    requests: r.requests,
    errors: r.errors,
  });
}

try {
  await runAutocannon(0); // warm-up of the server's JIT, not counted
  rows.length = 0;
  for (let round = 1; round <= rounds; round++) {
    // Alternate who goes first so neither always meets a warmer server.
    if (round % 2) {
      await runAutocannon(round);
      await runShipgate(round);
    } else {
      await runShipgate(round);
      await runAutocannon(round);
    }
  }
} finally {
  server.kill('SIGTERM');
}

const fmt = (n: number) => n.toFixed(n >= 100 ? 0 : 2);
console.log(
  `endpoint ${url}, ${connections} connections, ${seconds}s per run, ${rounds} rounds, node ${process.version}`,
);
console.log('| tool | round | req/s | p50 ms | p90 ms | p99 ms | requests | errors |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.tool} | ${r.round} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p90)} | ${fmt(r.p99)} | ${r.requests} | ${r.errors} |`,
  );
const mean = (tool: string, key: keyof Row) => {
  const xs = rows.filter((r) => r.tool === tool).map((r) => Number(r[key]));
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
const ratio = (key: keyof Row) => mean('shipgate', key) / mean('autocannon', key);
console.log(
  `\nmean req/s: shipgate ${fmt(mean('shipgate', 'rps'))} vs autocannon ${fmt(mean('autocannon', 'rps'))} → ratio ${ratio('rps').toFixed(3)}`,
);
console.log(
  `mean p50: ratio ${ratio('p50').toFixed(3)}; mean p99: shipgate ${fmt(mean('shipgate', 'p99'))} vs autocannon ${fmt(mean('autocannon', 'p99'))} ms → ratio ${ratio('p99').toFixed(3)}`,
);
