// The prerendered embeds and their generator (scripts/prerender.mjs): run after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import process from 'node:process';

const prerender = (...args) => spawnSync(process.execPath, ['scripts/prerender.mjs', ...args], {encoding: 'utf8'});
const localeCount = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales.length + 1;

test('the build writes one prerendered embed per locale, and the stylesheet with its hash in integrity.json', () => {
  const files = readdirSync('dist/prerendered');
  assert.equal(files.length, localeCount);
  const css = readFileSync('dist/ketamine-explainer.css');
  const hash = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  assert.equal(JSON.parse(readFileSync('dist/integrity.json', 'utf8'))['ketamine-explainer.css'], hash);
  for (const file of files) {
    const html = readFileSync(`dist/prerendered/${file}`, 'utf8');
    assert.match(html, /^<ketamine-explainer lang="[\w-]+"><template shadowrootmode="open"><link rel="stylesheet"/);
    assert.ok(html.includes(`href="/ketamine-explainer/ketamine-explainer.css" integrity="${hash}"`), file);
    // Nothing a strict CSP (style-src 'self') would block.
    assert.doesNotMatch(html, /<style|\sstyle=/, file);
  }
});

test('prerender.mjs: the attributes given, defaults for invalid values with one warning each on stderr', () => {
  const good = prerender('--lang', 'fr', '--heading-level', '3', '--open', 'all', '--color-scheme', 'light');
  assert.equal(good.status, 0);
  assert.equal(good.stderr, '');
  assert.match(
    good.stdout,
    /^<ketamine-explainer lang="fr" heading-level="3" open="all" color-scheme="light"><template/,
  );
  assert.match(good.stdout, /<h3 id="title"/);
  assert.equal(good.stdout.match(/<details [^>]*open/g)?.length, 4);
  const bad = prerender(
    '--heading-level',
    'x',
    '--open',
    'nope',
    '--crisis-call',
    'javascript:alert(1)',
    '--base-url',
    'https://clinic.example/kx/',
  );
  assert.equal(bad.status, 0);
  assert.equal(bad.stderr.trim().split('\n').length, 3, bad.stderr);
  assert.match(bad.stdout, /<h2 id="title"/);
  assert.doesNotMatch(bad.stdout, /<details [^>]*open/);
  assert.doesNotMatch(bad.stdout, /<a href="javascript/);
  assert.match(bad.stdout, /href="https:\/\/clinic\.example\/kx\/ketamine-explainer\.css"/);
});

test("the widget's style templates hold no values (rollup.config.js shortens Lit's css-tag error on that ground)", () => {
  for (const file of [
    'src/element/ketamine-explainer.styles.ts',
    'src/opt-in/opt-in-features.styles.ts',
    'src/read-aloud/read-aloud.styles.ts',
  ]) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /\$\{/, file);
  }
});
