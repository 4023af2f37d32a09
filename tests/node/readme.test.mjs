// The README's option tables are checked against custom-elements.json, which the analyzer writes from the class
// JSDoc: nothing the element offers goes undocumented for clinics, and nothing documented is missing from it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((d) => d.tagName === 'ketamine-explainer');
/** Names written as `name` in a README table row. */
const tableNames = new Set(
  readme
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map(([, name]) => name)),
);

const documented = {
  attributes: element.attributes.map(({name}) => name),
  'CSS custom properties': element.cssProperties.map(({name}) => name),
  events: element.events.map(({name}) => name),
  slots: element.slots.map(({name}) => name).filter(Boolean),
};

for (const [kind, names] of Object.entries(documented)) {
  test(`the README's tables list every one of the element's ${kind}`, () => {
    assert.ok(names.length > 0);
    assert.deepEqual(
      names.filter((name) => !tableNames.has(name)),
      [],
    );
  });
}

test("the README lists every CSS part, and only the element's parts", () => {
  const line = readme.split('\n').find((candidate) => candidate.startsWith('Parts (`ketamine-explainer::part(name)`)'));
  const paragraph = readme.slice(readme.indexOf(line)).split('\n\n')[0];
  const listed = [...paragraph.matchAll(/`([a-z-]+)`/g)].map(([, name]) => name).filter((name) => name !== 'name');
  assert.deepEqual([...listed].sort(), element.cssParts.map(({name}) => name).sort());
});

test('every custom property in the README table is one the element has', () => {
  const inTable = [...tableNames].filter((name) => name.startsWith('--ketamine-explainer-'));
  assert.deepEqual(
    inTable.filter((name) => !documented['CSS custom properties'].includes(name)),
    [],
  );
});
