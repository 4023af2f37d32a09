// Serves the end-to-end host pages for web-test-runner: real HTTP responses with real headers, around the built
// bundle in dist/, so the tests see what a clinic's page would. Used by web-test-runner.config.mjs.
//
//   /e2e/page?config=<json>        a host page built from a PageConfig (tests/e2e/host-page.ts), with its CSP header
//   /e2e-dist/<variant>/<file>     dist/<file>; variants make the lazily loaded chunks (not chunks/core.js) fail:
//                                  fail-*  every chunk answers 404
//                                  neterror-* every chunk request has its connection dropped (a network error)
//                                  flaky-* each chunk answers 404 the first time, then normally
//                                  slow-*  each chunk arrives after 3 s
//                                  tampered-core, tampered-es: chunks/core.js, or chunks/es.js, has one byte more
//                                  than the build wrote (its integrity hash no longer matches)
//                                  any other name: served normally (a different name is a second copy of the bundle)
//   /e2e-import-map?base=<url>     the integrity import map for dist/ served from <url> (integrity-import-map.mjs)
//   /e2e-prerender?args=<json>     {html, stderr} of `node scripts/prerender.mjs <args>` (a prerendered embed)
//   /e2e-requests/<variant>        the files of /e2e-dist/<variant>/ requested so far, in order (a JSON array), so a
//                                  test can count how often the bundle was fetched
import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {normalize, join, sep} from 'node:path';
import {escapeHtml} from './escape-html.mjs';
import {integrityImportMap} from './integrity-import-map.mjs';

const DIST = normalize(join(process.cwd(), 'dist'));
function renderPage({lang = 'en', head = '', body = '', scripts = [], styles = [], dir}) {
  const scriptTags = scripts
    .map(({src, module = true, at = 'head'}) => ({
      at,
      tag: `<script ${module ? 'type="module"' : 'defer'} src="${escapeHtml(src)}"></script>`,
    }))
    .reduce((groups, {at, tag}) => ({...groups, [at]: `${groups[at] ?? ''}${tag}\n`}), {});
  const styleTags = styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"${dir ? ` dir="${escapeHtml(dir)}"` : ''}>
<head>
<meta charset="utf-8">
<link rel="icon" href="/demo/favicon.svg">
<script src="/tests/e2e/recorder.js"></script>
${styleTags}
${scriptTags.head ?? ''}${head}
</head>
<body>
${scriptTags.bodyStart ?? ''}${body}
${scriptTags.bodyEnd ?? ''}</body>
</html>`;
}

export function e2eMiddleware() {
  const flakyServed = new Set();
  const requestedFiles = new Map();
  return async (context, next) => {
    const requests = /^\/e2e-requests\/([\w-]+)$/.exec(context.path);
    if (requests) {
      context.set('Cache-Control', 'no-store');
      context.body = requestedFiles.get(requests[1]) ?? [];
      return;
    }
    if (context.path === '/e2e-import-map') {
      const integrity = JSON.parse(await readFile(join(DIST, 'integrity.json'), 'utf8'));
      context.set('Cache-Control', 'no-store');
      context.body = integrityImportMap(String(context.query.base), integrity);
      return;
    }
    if (context.path === '/e2e-prerender') {
      const args = JSON.parse(String(context.query.args ?? '[]'));
      context.set('Cache-Control', 'no-store');
      context.body = await new Promise((resolve, reject) =>
        execFile(process.execPath, ['scripts/prerender.mjs', ...args], (error, html, stderr) =>
          error ? reject(error) : resolve({html, stderr}),
        ),
      );
      return;
    }
    if (context.path === '/e2e/page') {
      const config = JSON.parse(String(context.query.config ?? '{}'));
      context.type = 'text/html; charset=utf-8';
      context.set('Cache-Control', 'no-store');
      if (config.csp) context.set('Content-Security-Policy', config.csp);
      context.body = renderPage(config);
      return;
    }
    const match = /^\/e2e-dist\/([\w-]+)\/(.+)$/.exec(context.path);
    if (!match) return next();
    const [, variant, file] = match;
    requestedFiles.set(variant, [...(requestedFiles.get(variant) ?? []), file]);
    const path = normalize(join(DIST, file));
    if (!path.startsWith(DIST + sep)) {
      context.status = 403;
      return;
    }
    // The lazily loaded chunks; chunks/core.js is the widget itself, which the entry imports.
    const isChunk = file.startsWith('chunks/') && file !== 'chunks/core.js';
    if (isChunk && variant.startsWith('neterror')) {
      context.req.socket.destroy();
      return;
    }
    if (isChunk && variant.startsWith('fail')) {
      context.status = 404;
      return;
    }
    if (isChunk && variant.startsWith('flaky') && !flakyServed.has(context.path)) {
      flakyServed.add(context.path);
      context.status = 404;
      return;
    }
    if (isChunk && variant.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 3000));
    try {
      context.body = await readFile(path);
      if (variant === `tampered-${/^chunks\/(core|es)\.js$/.exec(file)?.[1]}`) {
        context.body = Buffer.concat([context.body, Buffer.from('\n')]);
      }
      context.type = `${file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'text/javascript'}; charset=utf-8`;
      context.set('Cache-Control', 'no-store');
    } catch {
      context.status = 404;
    }
  };
}
