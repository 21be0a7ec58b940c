import { subscribe } from 'node:diagnostics_channel';

/**
 * Loaded into the Next server process by `npm start` (node --import). Next gives route handlers,
 * server actions and next-auth no socket address, and it keeps a client-sent X-Forwarded-For as
 * it is (it only fills the header in when absent). Node announces every request on this channel
 * before any handler sees it, so the header below is always ours: a client-sent one is replaced.
 */
subscribe('http.server.request.start', ({ request, socket }) => {
  request.headers['x-netprep-peer-address'] = socket.remoteAddress ?? '';
});
