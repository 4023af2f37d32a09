// Serves the project folder (the demo and dist/) on localhost, with the strict security headers a hospital CMS
// might send, so the demo also shows that the widget needs no inline script, inline style or eval.
// `node scripts/serve.mjs [folder]` (PORT, default 8000), or `startDemoServer()` from another script.
import {createServer} from 'node:http';
import {pathToFileURL} from 'node:url';
import {readStaticFile} from './static-files.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** Resolves once the server listens on `port` (0: any free port; read it from `server.address().port`). */
export function startDemoServer(port, root = '.') {
  const server = createServer(async (request, response) => {
    const file = await readStaticFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Security-Policy': STRICT_CSP,
      'Cache-Control': 'no-cache',
    });
    response.end(file.body);
  });
  return new Promise((listening) => server.listen(port, '127.0.0.1', () => listening(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8000);
  await startDemoServer(port, process.argv[2]);
  console.log(`Demo: http://localhost:${port}/demo/`);
}
