// A local HTTP server for the benchmark: gzip on the wire (as a CDN would), and a count of the gzip bytes sent (in all,
// and of the widget's own files).
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {page} from './pages.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const ROUTES = {
  '/ours/': 'dist/',
  '/govuk/': 'node_modules/govuk-frontend/dist/govuk/',
  '/shoelace/': 'node_modules/@shoelace-style/shoelace/cdn/',
  '/demo/': 'demo/',
  '/dist/': 'dist/',
};

export function startServer(port) {
  const sent = {bytes: 0, widgetBytes: 0};
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let body;
    let type = 'text/html';
    const pageMatch = /^\/pages\/([\w-]+)-(\d+)\.html$/.exec(url.pathname);
    if (pageMatch) {
      body = Buffer.from(page(pageMatch[1], Number(pageMatch[2])));
    } else {
      const prefix = Object.keys(ROUTES).find((candidate) => url.pathname.startsWith(candidate));
      if (!prefix) return response.writeHead(404).end();
      const root = resolve(ROUTES[prefix]);
      let path = normalize(join(root, url.pathname.slice(prefix.length)));
      if (!path.startsWith(root)) return response.writeHead(403).end();
      try {
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        body = await readFile(path);
        type = TYPES[extname(path)] ?? 'application/octet-stream';
      } catch {
        return response.writeHead(404).end();
      }
    }
    const gzipped = gzipSync(body, {level: 9});
    sent.bytes += gzipped.length;
    if (url.pathname.startsWith('/ours/')) sent.widgetBytes += gzipped.length;
    response.writeHead(200, {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Encoding': 'gzip',
      'Cache-Control': 'no-store',
    });
    response.end(gzipped);
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready({server, sent})));
}
