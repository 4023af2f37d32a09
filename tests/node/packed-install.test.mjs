// The package as a clinic's developer would get it before it is on the npm registry: `npm pack` here, then
// `npm install ./ketamine-explainer-<version>.tgz` in a new project (its dependencies, lit and @lit/localize, come from
// the registry), a bundler build of the documented consumer (tests/bundler/consumer.js, see docs/embedding.md) that
// resolves the package from that project's node_modules only, and the result run in Chromium. Run after
// `npm run build` (npm test builds first).
/* global document, customElements -- used in page.evaluate() callbacks, which run in the browser */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {URL} from 'node:url';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {typeErrorsOf} from './type-errors.mjs';
import {CHROMIUM_LAUNCH_OPTIONS} from '../../scripts/chromium.mjs';

const {version, dependencies} = JSON.parse(readFileSync('package.json', 'utf8'));
// Outside the repository, so nothing resolves `ketamine-explainer` to this checkout by walking up the folders.
const project = mkdtempSync(join(tmpdir(), 'ketamine-explainer-clinic-site-'));
after(() => rmSync(project, {recursive: true, force: true}));

before(() => {
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {encoding: 'utf8'}),
  );
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'clinic-site', private: true, type: 'module'}));
  execFileSync('npm', ['install', `./${filename}`, '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: project,
    stdio: 'pipe',
  });
});

test('npm installs the packed tarball with its dependencies, and every export resolves inside the install', () => {
  const installed = join(project, 'node_modules/ketamine-explainer');
  assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version, version);
  for (const dependency of Object.keys(dependencies)) {
    assert.ok(existsSync(join(project, 'node_modules', dependency, 'package.json')), `${dependency} installed`);
  }
  const require = createRequire(join(project, 'package.json'));
  for (const entry of ['', '/ketamine-explainer.js', '/define.js', '/bundle', '/classic', '/custom-elements.json']) {
    const resolved = require.resolve(`ketamine-explainer${entry}`);
    assert.ok(resolved.startsWith(installed), `ketamine-explainer${entry} -> ${resolved}`);
  }
});

test('TypeScript in the new project knows the element and its events through the package name', () => {
  const consumer = join(project, 'consumer.ts');
  writeFileSync(
    consumer,
    `import 'ketamine-explainer';
    import type {ToggleDetail} from 'ketamine-explainer';
    const element = document.createElement('ketamine-explainer');
    element.addEventListener('ketamine-explainer-toggle', (event) => event.detail.id.toUpperCase());
    // @ts-expect-error three values only
    element.colorScheme = 'blue';
    export type Used = ToggleDetail;
    `,
  );
  assert.deepEqual(typeErrorsOf(consumer), []);
});

test('a bundler build of the documented consumer, from the installed package, works in Chromium', async () => {
  copyFileSync('tests/bundler/consumer.js', join(project, 'consumer.js'));
  await build({
    absWorkingDir: project,
    entryPoints: ['consumer.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
  });
  writeFileSync(
    join(project, 'out/index.html'),
    '<!doctype html><html lang="en"><body><clinic-explainer lang="fr" open="ketamine-next-steps"></clinic-explainer>' +
      '<script type="module" src="consumer.js"></script></body></html>',
  );
  const server = createServer((request, response) => {
    const path = join(project, 'out', new URL(request.url, 'http://x').pathname);
    if (!existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, {'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html'});
    response.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(
      () => document.querySelector('clinic-explainer')?.shadowRoot?.querySelector('[part~="base"]')?.lang === 'fr',
      {timeout: 15000},
    );
    const seen = await page.evaluate(() => {
      const root = document.querySelector('clinic-explainer').shadowRoot;
      return {
        defaultTagFree: customElements.get('ketamine-explainer') === undefined,
        expanded: [...root.querySelectorAll('.section .button')].map((button) => button.getAttribute('aria-expanded')),
        title: root.querySelector('.title').textContent.trim(),
      };
    });
    assert.deepEqual(seen.expanded, ['false', 'false', 'false', 'true']);
    assert.ok(seen.defaultTagFree, 'defined under its own tag only');
    assert.notEqual(seen.title, 'Ketamine for depression', 'the title is in French');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
