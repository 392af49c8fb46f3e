// The endpoint both load generators hit: a plain node http server on 127.0.0.1 in its own process,
// keep-alive, a small JSON body. `/` answers at once (throughput); `/delay` answers after 10–20 ms
// in a fixed repeating pattern (percentiles well above autocannon's 1 ms resolution). Prints its port.
import http from 'node:http';

const body = JSON.stringify({ status: 'UP', items: [1, 2, 3] });
let n = 0;
const reply = (res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};
const server = http.createServer((req, res) => {
  if (req.url === '/delay') setTimeout(() => reply(res), 10 + ((n++ * 7) % 11));
  else reply(res);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
