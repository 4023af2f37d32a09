// A local HTTP server for the benchmark: gzip on the wire (as a CDN would), and a count of the gzip bytes sent (in all,
// and of the widget's own files).
import {createServer} from 'node:http';
import {gzipSync} from 'node:zlib';
import {page} from './pages.mjs';
import {readStaticFile} from '../static-files.mjs';

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
    let type = 'text/html; charset=utf-8';
    const pageMatch = /^\/pages\/([\w-]+)-(\d+)\.html$/.exec(url.pathname);
    if (pageMatch) {
      body = Buffer.from(page(pageMatch[1], Number(pageMatch[2])));
    } else {
      const prefix = Object.keys(ROUTES).find((candidate) => url.pathname.startsWith(candidate));
      const file = prefix && (await readStaticFile(ROUTES[prefix], url.pathname.slice(prefix.length)));
      if (!file) return response.writeHead(404).end();
      ({body, type} = file);
    }
    const gzipped = gzipSync(body, {level: 9});
    sent.bytes += gzipped.length;
    if (url.pathname.startsWith('/ours/')) sent.widgetBytes += gzipped.length;
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      // Revalidate on every use, as the demo server does: each page load fetches everything again (run.mjs also clears
      // the browser's cache before each load), while one page reuses what it has fetched, as browsers do for the same
      // URL within a document (50 prerendered embeds link one stylesheet; `no-store` would fetch it 50 times).
      'Cache-Control': 'no-cache',
    });
    response.end(gzipped);
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready({server, sent})));
}
