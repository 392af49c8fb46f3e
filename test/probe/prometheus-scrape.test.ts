// A real Prometheus server scrapes every ported expfmt case (and the issue's own cases) from a
// loopback server; whatever it refuses to scrape, the metrics check must not pass: the parse fails
// or `scrapeRefusals` names why. Needs the `prometheus` binary (scripts/system-packages.ts).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { startPrometheus, type PrometheusServer } from '@shipgate/kube-sim';
import { parseExposition } from '@shipgate/probe';

interface Suite {
  valid: { n: number; in: string }[];
  invalid: { n: number; in: string }[];
}
const suite = JSON.parse(
  readFileSync(new URL('../../packages/probe/src/checks/metrics-text-cases.json', import.meta.url), 'utf8'),
) as Suite;
const cases: { id: string; body: string }[] = [
  ...suite.valid.map((c) => ({ id: `valid ${c.n}`, body: c.in })),
  ...suite.invalid.map((c) => ({ id: `error ${c.n}`, body: c.in })),
  { id: 'space before {', body: 'up {job="a"} 1\n' },
  { id: 'no space after }', body: 'up{job="a"}1\n' },
  { id: 'GAUGE_Histogram', body: '# TYPE h GAUGE_Histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n' },
  { id: '0x1', body: 'x 0x1\n' },
  { id: 'leading blank', body: '  x 1\n' },
  { id: 'negative timestamp', body: 'x 1 -2\n' },
  { id: 'ordinary', body: '# HELP up Up.\n# TYPE up gauge\nup{job="a"} 1\n' },
];

let app: Server;
let prometheus: PrometheusServer;
let base: string;

beforeAll(async () => {
  app = createServer((req, res) => {
    if (req.url === '/sd') {
      res.setHeader('content-type', 'application/json');
      return res.end(
        JSON.stringify(
          cases.map((_c, i) => ({
            targets: [`127.0.0.1:${port()}`],
            labels: { __metrics_path__: `/${i}`, case: String(i) },
          })),
        ),
      );
    }
    const c = cases[Number(req.url?.slice(1))];
    res.setHeader('content-type', 'text/plain; version=0.0.4');
    res.end(c?.body ?? '');
  });
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${port()}`;
  prometheus = await startPrometheus({ sdUrl: `${base}/sd` });
});
afterAll(async () => {
  await prometheus?.stop();
  await new Promise((r) => app?.close(r));
});
const port = () => (app.address() as AddressInfo).port;

interface Target {
  labels: Record<string, string>;
  health: 'up' | 'down' | 'unknown';
  lastError: string;
}

/** Polls the targets API until every case has been scraped once (each scrape is an event we wait on). */
async function scraped(): Promise<Target[]> {
  for (;;) {
    const body = (await (await fetch(`${prometheus.url}/api/v1/targets`)).json()) as {
      data: { activeTargets: Target[] };
    };
    const targets = body.data.activeTargets;
    if (targets.length === cases.length && targets.every((t) => t.health !== 'unknown')) return targets;
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('no exposition that Prometheus refuses to scrape passes the metrics check', async () => {
  const targets = await scraped();
  const passedButRefused = targets
    .filter((t) => t.health === 'down')
    .map((t) => ({ t, c: cases[Number(t.labels.case)]! }))
    .filter(({ c }) => {
      const parsed = parseExposition(c.body);
      return parsed.errors.length === 0 && parsed.scrapeRefusals.length === 0;
    })
    .map(({ t, c }) => `${c.id}: ${t.lastError}`);
  expect(passedButRefused).toEqual([]);
  // The server accepts the ordinary exposition (the comparison can fail both ways).
  const ordinary = targets.find((t) => cases[Number(t.labels.case)]!.id === 'ordinary')!;
  expect(ordinary.health).toBe('up');
  expect(targets.filter((t) => t.health === 'down').length).toBeGreaterThan(20);
}, 60_000);
