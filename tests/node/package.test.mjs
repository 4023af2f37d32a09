// What a consumer gets from npm: run after `npm run build` (npm test builds first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {typeErrorsOf} from './type-errors.mjs';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const packedFiles = () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}),
  );
  return packed.files.map(({path}) => path);
};

test('npm pack ships the bundle, its chunks, the classic build, the library with types, and the manifest', () => {
  const files = packedFiles();
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/ketamine-explainer.js',
    'dist/ketamine-explainer.iife.js',
    'dist/chunks/core.js',
    'dist/chunks/es.js',
    'dist/chunks/read-aloud.js',
    'dist/chunks/opt-in-features.js',
    'dist/integrity.json',
    'dist/fallback.html',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/element/ketamine-explainer.d.ts',
    'dist/lib/element/define.d.ts',
    'dist/lib/generated/locales/es.js',
  ]) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
});

// The WordPress plugin (dist/wordpress/, assembled by the build) and the release archives are downloads of their own.
test('npm pack ships nothing from tests, demo, sources, scripts, docs, the WordPress plugin or release/', () => {
  const stray = packedFiles().filter((file) =>
    /^(tests|demo|src|scripts|docs|locales|integrations|\.ci|dist\/wordpress|release)\//.test(file),
  );
  assert.deepEqual(stray, []);
});

test('every export resolves to a built file, with types for every module export', () => {
  for (const [entry, target] of Object.entries(packageJson.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.ok(existsSync(path), `${entry} -> ${path} exists`);
    if (typeof target !== 'string') assert.ok(target.types, `${entry} has types`);
  }
  assert.ok(existsSync(packageJson.customElements));
  assert.match(
    readFileSync('dist/lib/index.d.ts', 'utf8'),
    /HTMLElementTagNameMap[\s\S]*'ketamine-explainer': KetamineExplainer/,
  );
});

test('dist/integrity.json holds the SHA-384 of every file a page loads from dist/', () => {
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const served = [
    'ketamine-explainer.js',
    'ketamine-explainer.iife.js',
    // The prerendered embed's stylesheet (scripts/write-prerendered.mjs).
    'ketamine-explainer.css',
    ...packedFiles()
      .filter((file) => file.startsWith('dist/chunks/'))
      .map((file) => file.slice('dist/'.length)),
  ];
  assert.deepEqual(Object.keys(integrity).sort(), served.sort());
  for (const [file, hash] of Object.entries(integrity)) {
    const expected = `sha384-${createHash('sha384')
      .update(readFileSync(`dist/${file}`))
      .digest('base64')}`;
    assert.equal(hash, expected, file);
  }
});

test("a TypeScript consumer gets the events' detail types, on the element and on document, and the public unions", () => {
  const consumer = join(mkdtempSync(join(tmpdir(), 'ketamine-explainer-consumer-')), 'consumer.ts');
  writeFileSync(
    consumer,
    `import type {ColorScheme, KetamineExplainerEventMap, LanguageChangeDetail, ListenDetail, ListenState, LocaleCode,
      SectionId, ToggleAllDetail, ToggleDetail} from ${JSON.stringify(resolve('dist/lib/index.js'))};
    const element = document.createElement('ketamine-explainer');
    element.addEventListener('ketamine-explainer-toggle', (event) => event.detail.id.toUpperCase());
    document.addEventListener('ketamine-explainer-listen', (event) => event.detail.state === 'finished');
    // @ts-expect-error the toggle's detail has no locale
    element.addEventListener('ketamine-explainer-toggle', (event) => event.detail.locale);
    const scheme: ColorScheme = element.colorScheme;
    // @ts-expect-error three values only
    element.colorScheme = 'blue';
    export type Used = [KetamineExplainerEventMap, LanguageChangeDetail, ListenDetail, ListenState, LocaleCode,
      SectionId, ToggleAllDetail, ToggleDetail, typeof scheme];
    `,
  );
  assert.deepEqual(typeErrorsOf(consumer), []);
});
