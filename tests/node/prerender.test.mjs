// The prerendered embeds and their generator (scripts/prerender.mjs): run after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import process from 'node:process';
import {URL} from 'node:url';
import {parseHTML} from 'linkedom';

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

test('prerender.mjs: invalid values are left off the element (as the plugin leaves them), each with one warning', () => {
  const {stdout, stderr, status} = prerender(
    '--color-scheme',
    'purple',
    '--crisis-text',
    'sms:1',
    '--crisis-call',
    'tel:#The crisis line is closed, do not call 988',
    '--heading-level',
    ' 3 ',
    '--open',
    'KETAMINE-NEXT-STEPS nope ketamine-what-is-it',
  );
  assert.equal(status, 0);
  assert.equal(stderr.trim().split('\n').length, 4, stderr);
  assert.match(stderr, /color-scheme="purple"/);
  assert.match(
    stdout,
    /^<ketamine-explainer lang="en" heading-level="3" open="ketamine-what-is-it ketamine-next-steps"><template/,
  );
  assert.match(stdout, /<a href="tel:988">/, 'the US contacts: no clinic contact was usable');
});

test('prerender.mjs: a bad command line is one line on stderr and exit code 2, never a stack trace', () => {
  for (const args of [['--nope'], ['--lang'], ['--base-url', 'javascript:alert(1)'], ['--base-url', 'data:,x']]) {
    const {stdout, stderr, status} = prerender(...args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /^prerender: .+ \(see --help\)\n$/, stderr);
  }
  const help = prerender('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: node scripts\/prerender\.mjs/);
  assert.match(help.stdout, /--base-url/);
});

test('prerender.mjs: --base-url gets the "/" it lacks, so the stylesheet URL stays inside the folder', () => {
  for (const [base, href] of [
    ['https://clinic.example/kx', 'https://clinic.example/kx/ketamine-explainer.css'],
    ['/assets/kx', '/assets/kx/ketamine-explainer.css'],
    ['https://clinic.example/kx/', 'https://clinic.example/kx/ketamine-explainer.css'],
  ]) {
    const {stdout, status} = prerender('--base-url', base);
    assert.equal(status, 0);
    assert.ok(stdout.includes(`<link rel="stylesheet" href="${href}"`), base);
  }
});

// The audit's classes of hostile input, each parsed back as a browser parses HTML (linkedom decodes entities as the
// HTML standard does): an attribute value must come back exactly as given, and no link may point elsewhere.
const HOSTILE_CONTACTS = [
  'https://help.example/?q="x"><img src=x onerror=alert(1)>',
  'https://clinic.example&commat;evil.example/help',
  'https://clinic.example&#64;evil.example/help',
  'https://clinic.example/?a=1&amp;b=2',
  'sms:85258?body=A&B "x" <y>',
];

test('prerender.mjs: ", <, & and entity forms in every contact stay inside their attribute and their link', () => {
  for (const value of HOSTILE_CONTACTS) {
    for (const option of ['crisis-call', 'crisis-text', 'emergency-call']) {
      const {stdout, status} = prerender(`--${option}`, value);
      assert.equal(status, 0);
      const {document} = parseHTML(`<!doctype html><html><body>${stdout}</body></html>`);
      const host = document.querySelector('ketamine-explainer');
      // As given, or left off where the element would reject it (the emergency line takes only tel:).
      if (host.hasAttribute(option)) assert.equal(host.getAttribute(option), value, `${option}: as given`);
      else assert.ok(option === 'emergency-call' && !value.startsWith('tel:'), `${option}=${value} was kept`);
      const shadowRoot = host.querySelector('template').content;
      for (const root of [document, shadowRoot]) assert.equal(root.querySelectorAll('img').length, 0, value);
      for (const link of shadowRoot.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href');
        // The host the element validated (the value as given, read as a URL), never one an entity made.
        if (/^https?:/.test(href)) assert.equal(new URL(href).hostname, new URL(value).hostname, href);
      }
    }
  }
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
