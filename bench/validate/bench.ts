// Load generator benchmark: shipgate's runLoad vs autocannon against the same local endpoint, in the
// same run, alternating who goes first. Two scenarios: `/` (throughput: the generator is the
// bottleneck) and `/delay` (10–20 ms responses: percentiles). Usage (from the repo root):
//   node_modules/.bin/node bench/validate/bench.ts [--seconds 5] [--rounds 3] [--connections 10] [--delay-connections 50]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { systemClock } from '@shipgate/core';
import { runLoad } from '@shipgate/probe';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1]!);
const seconds = Number(args.get('seconds') ?? 5);
const rounds = Number(args.get('rounds') ?? 3);
const scenarios = [
  { name: 'fast /', path: '/', connections: Number(args.get('connections') ?? 10) },
  {
    name: 'delayed /delay (10-20 ms)',
    path: '/delay',
    connections: Number(args.get('delay-connections') ?? 50),
  },
];

const server = spawn(process.execPath, [fileURLToPath(new URL('./server.ts', import.meta.url))], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = (await once(server.stdout!, 'data')) as [Buffer];
const origin = `http://127.0.0.1:${String(line).trim()}`;

type Row = {
  scenario: string;
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

async function viaAutocannon(scenario: (typeof scenarios)[number], round: number): Promise<Row> {
  const r = await autocannon({
    url: origin + scenario.path,
    connections: scenario.connections,
    duration: seconds,
  });
  return {
    scenario: scenario.name,
    tool: 'autocannon',
    round,
    rps: r.requests.total / (r.duration || seconds),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx,
  };
}

async function viaShipgate(scenario: (typeof scenarios)[number], round: number): Promise<Row> {
  const r = await runLoad({
    url: new URL(origin + scenario.path),
    concurrency: scenario.connections,
    durationMs: seconds * 1000,
    clock: systemClock,
  });
  return {
    scenario: scenario.name,
    tool: 'shipgate',
    round,
    rps: r.rps,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    requests: r.requests,
    errors: r.errors,
  };
}

try {
  for (const scenario of scenarios) {
    await viaAutocannon(scenario, 0); // warm-up of the server's JIT, not counted
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 ? [viaAutocannon, viaShipgate] : [viaShipgate, viaAutocannon];
      for (const run of order) rows.push(await run(scenario, round));
    }
  }
} finally {
  server.kill('SIGTERM');
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
console.log(
  `${seconds}s per run, ${rounds} rounds, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})\n`,
);
console.log(
  '| scenario | tool | round | connections | req/s | p50 ms | p90 ms | p99 ms | requests | errors |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const c = scenarios.find((s) => s.name === r.scenario)!.connections;
  console.log(
    `| ${r.scenario} | ${r.tool} | ${r.round} | ${c} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p90)} | ${fmt(r.p99)} | ${r.requests} | ${r.errors} |`,
  );
}
console.log('\nMedians over the rounds (shipgate / autocannon):\n');
console.log('| scenario | req/s | p50 ratio | p90 ratio | p99 ratio |');
console.log('| --- | --- | --- | --- | --- |');
for (const s of scenarios) {
  // Medians over rounds: the machine is shared, and one disturbed round should not decide.
  const median = (tool: string, key: 'rps' | 'p50' | 'p90' | 'p99') => {
    const xs = rows
      .filter((r) => r.tool === tool && r.scenario === s.name)
      .map((r) => r[key])
      .sort((a, b) => a - b);
    const mid = Math.floor(xs.length / 2);
    return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  };
  const ratio = (key: 'rps' | 'p50' | 'p90' | 'p99') => {
    const a = median('autocannon', key);
    return a === 0 ? 'n/a (autocannon: 0)' : (median('shipgate', key) / a).toFixed(3);
  };
  console.log(
    `| ${s.name} | ${fmt(median('shipgate', 'rps'))} / ${fmt(median('autocannon', 'rps'))} = ${ratio('rps')} | ${ratio('p50')} | ${ratio('p90')} | ${ratio('p99')} |`,
  );
}
