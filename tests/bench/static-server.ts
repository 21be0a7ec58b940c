import { readFileSync } from 'node:fs';
import http from 'node:http';

// The floor to compare the app with: the same bytes from memory, no routing, no rendering.
// Usage: node --import tsx tests/bench/static-server.ts <file> <port>
const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) };

const server = http.createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
// Longer than the run, so wrk's connections are never closed between requests.
server.keepAliveTimeout = 120_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`listening on ${port}`));
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
