// scripts/integrity-import-map.mjs, after `npm run build`: what a clinic pastes to pin every module file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import process from 'node:process';

const run = (...args) => spawnSync(process.execPath, ['scripts/integrity-import-map.mjs', ...args], {encoding: 'utf8'});
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));

test('pins the entry, the core and every chunk (with its retry URLs), and prints the CSP hash of the map', () => {
  const {stdout, stderr, status} = run('--base-url', 'https://cdn.example/kx@0.1.0');
  assert.equal(status, 0);
  const [mapTag, script] = stdout.trim().split('\n');
  const mapText = /^<script type="importmap">(.*)<\/script>$/.exec(mapTag)[1];
  const pinned = JSON.parse(mapText).integrity;
  const base = 'https://cdn.example/kx@0.1.0/';
  assert.equal(pinned[`${base}ketamine-explainer.js`], integrity['ketamine-explainer.js']);
  for (const chunk of readdirSync('dist/chunks')) {
    assert.equal(pinned[`${base}chunks/${chunk}`], integrity[`chunks/${chunk}`], chunk);
    if (chunk !== 'core.js') assert.equal(pinned[`${base}chunks/${chunk}?retry=2`], integrity[`chunks/${chunk}`]);
  }
  assert.equal(
    script,
    `<script type="module" src="${base}ketamine-explainer.js" integrity="${integrity['ketamine-explainer.js']}" crossorigin="anonymous"></script>`,
  );
  const hash = createHash('sha256').update(mapText).digest('base64');
  assert.ok(stderr.includes(`'sha256-${hash}'`), stderr);
});

test('a base URL that is not an http(s) URL or a path is refused with one line and exit code 2', () => {
  for (const base of ['javascript:alert(1)', 'data:,x', '/kx/"></script><script>alert(1)</script>']) {
    const {stdout, stderr, status} = run('--base-url', base);
    assert.equal(status, 2, base);
    assert.equal(stdout, '');
    assert.match(stderr, /^integrity-import-map: .+\n$/);
  }
});
