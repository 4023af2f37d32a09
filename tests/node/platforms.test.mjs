// docs/platforms.md says the same as the documented embeds: every script tag and element it gives is one of
// scripts/embed-snippets.mjs (which the release's README.txt prints, and the README shows), every file it names is
// one the release ships, and Drupal's allowed-tag line lists every attribute the element has. Run after the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {EMBED_SNIPPETS} from '../../scripts/embed-snippets.mjs';
import {websiteFiles} from '../../scripts/website-files.mjs';

const doc = readFileSync('docs/platforms.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
// The recipes for hosted builders use this placeholder for the clinic's own file server.
const HOST = 'https://files.your-clinic.example';
const htmlBlocks = [...doc.matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => code);

test('every script tag that loads the widget in docs/platforms.md is a documented embed', () => {
  const tags = htmlBlocks.flatMap((code) => code.match(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g) ?? []);
  assert.ok(tags.length >= 4, `found ${tags.length}`);
  const documented = Object.values(EMBED_SNIPPETS);
  for (const tag of tags) assert.ok(documented.includes(tag.trim().replace(HOST, '')), tag);
  assert.ok(readme.includes(EMBED_SNIPPETS.module), 'the README shows the module embed');
  assert.ok(readme.includes(EMBED_SNIPPETS.classic), 'the README shows the classic script');
});

test('every element the recipes paste is the documented bare element', () => {
  const elements = htmlBlocks.flatMap((code) => code.match(/<ketamine-explainer\b[^>]*>.*$/gm) ?? []);
  assert.ok(elements.length >= 2);
  for (const element of elements) assert.equal(element.trim(), EMBED_SNIPPETS.element);
});

test('every file docs/platforms.md names is in the release', () => {
  const files = new Set(websiteFiles('dist'));
  const named = [...doc.matchAll(/\/ketamine-explainer\/([\w./-]+\.(?:js|css|html|json))/g)].map(([, file]) => file);
  assert.ok(named.length > 0);
  for (const file of named) assert.ok(files.has(file), file);
});

test("Drupal's allowed-tag line lists every attribute the element has", () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'ketamine-explainer');
  const allowed = /`<ketamine-explainer ([a-z -]+)>`/.exec(doc)[1].split(' ');
  assert.deepEqual(
    element.attributes.map(({name}) => name).filter((name) => !allowed.includes(name)),
    [],
  );
});

test('the README links the platform recipes', () => {
  assert.match(readme, /\]\(docs\/platforms\.md\)/);
});
