// The endpoint both load generators hit: a plain node http server on 127.0.0.1 in its own process,
// answering a small JSON body (keep-alive). Prints its port on stdout.
import http from 'node:http';

const body = JSON.stringify({ status: 'UP', items: [1, 2, 3] });
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
