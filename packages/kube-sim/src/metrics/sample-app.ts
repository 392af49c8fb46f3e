#!/usr/bin/env node
/**
 * The sample app kube-sim runs as pods for canary tests: answers every path but /metrics and
 * /healthz after a latency, with a 500 at a set rate, and exposes what a real service would with
 * prom-client: http_requests_total{code} and the http_request_duration_seconds histogram.
 * Flags: --error-rate 0.05 --latency-ms 20 --jitter-ms 5 (uniform ± jitter). PORT from the env.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { Counter, Histogram, Registry } from 'prom-client';

const { values } = parseArgs({
  options: {
    'error-rate': { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '5' },
    'jitter-ms': { type: 'string', default: '0' },
  },
});
const errorRate = Number(values['error-rate']);
const latencyMs = Number(values['latency-ms']);
const jitterMs = Number(values['jitter-ms']);

const registry = new Registry();
const requests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by status code',
  labelNames: ['code'],
  registers: [registry],
});
const duration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time to answer an HTTP request',
  buckets: [0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2.5],
  registers: [registry],
});

createServer((req, res) => {
  if (req.url === '/metrics') {
    void registry.metrics().then((text) => {
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(text);
    });
    return;
  }
  if (req.url === '/healthz') return void res.end('ok');
  const started = performance.now();
  const wait = Math.max(0, latencyMs + (Math.random() * 2 - 1) * jitterMs);
  setTimeout(() => {
    const code = Math.random() < errorRate ? 500 : 200;
    res.writeHead(code);
    res.end(code === 200 ? 'ok' : 'error');
    requests.inc({ code: String(code) });
    duration.observe((performance.now() - started) / 1000);
  }, wait);
}).listen(Number(process.env.PORT ?? 8080), '127.0.0.1');
