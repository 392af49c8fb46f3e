// The demo's service: one real process per pod (kube-sim starts it with PORT set). It answers
// /healthz and / with its version, and exposes Prometheus metrics, like the apps shipgate ships.
import { createServer } from 'node:http';

const version = process.argv[2] ?? 'dev';
let requests = 0;
const server = createServer((req, res) => {
  requests += 1;
  if (req.url === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(
      `# HELP http_requests_total Requests served.\n# TYPE http_requests_total counter\nhttp_requests_total{code="200"} ${requests}\n`,
    );
    return;
  }
  const body =
    req.url === '/healthz'
      ? { status: 'UP', version }
      : { service: 'web', version, pod: process.env.HOSTNAME };
  res.writeHead(200, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
