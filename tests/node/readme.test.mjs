// The README's option tables are checked against custom-elements.json, which the analyzer writes from the class
// JSDoc: nothing the element offers goes undocumented for clinics, and nothing documented is missing from it. The
// attributes' types and defaults come from the manifest too; the events' detail fields from src/element/events.ts.
// The tables' rows start with the `name`; the attribute table's columns are name, property, type, default; the event
// table's are name, detail.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import ts from 'typescript';

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

/** The README's table rows as cells, keyed by the first cell's `name`; `\|` inside a cell is a literal bar. */
const tableRows = new Map(
  readme
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    )
    .filter(([first]) => /^`[^`]+`$/.test(first))
    .map((cells) => [cells[0].slice(1, -1), cells]),
);
const unquoted = (text) => text.replace(/^`|`$/g, '').replace(/["']/g, '');

test("the README's attribute table gives each attribute's property, type and default as the manifest does", () => {
  const typed = element.attributes.filter(({fieldName}) => fieldName);
  assert.ok(typed.length > 0);
  for (const {name, fieldName, type, default: value} of typed) {
    const row = tableRows.get(name);
    assert.ok(row, `${name} has a row`);
    const [, property, readmeType, readmeDefault] = row;
    assert.equal(property, `\`${fieldName}\``, `${name}: property`);
    // A string attribute that is absent is null: the README says "—" for that default.
    assert.equal(unquoted(readmeType), unquoted(type.text.replace(/ \| null$/, '')), `${name}: type`);
    const expected = value === undefined || value === 'null' ? '—' : unquoted(value);
    assert.equal(unquoted(readmeDefault), expected, `${name}: default`);
  }
});

/**
 * Each event's detail type from src/element/events.ts (through the compiler): field name to type, a union of string
 * literals as the set of its values.
 */
const eventDetails = () => {
  const program = ts.createProgram(['src/element/events.ts'], {strict: true, noEmit: true, skipLibCheck: true});
  const checker = program.getTypeChecker();
  const source = program.getSourceFile('src/element/events.ts');
  const map = source.statements.find((node) => ts.isInterfaceDeclaration(node) && node.name.text.endsWith('EventMap'));
  const details = new Map();
  for (const event of checker.getPropertiesOfType(checker.getTypeAtLocation(map))) {
    const [detail] = checker.getTypeArguments(checker.getTypeOfSymbol(event));
    const fields = {};
    for (const field of checker.getPropertiesOfType(detail)) {
      const type = checker.getTypeOfSymbol(field);
      fields[field.name] =
        type.isUnion() && type.types.every((member) => member.isStringLiteral())
          ? type.types.map((member) => member.value).sort()
          : checker.typeToString(type);
    }
    details.set(event.name, {type: `CustomEvent<${checker.typeToString(detail)}>`, fields});
  }
  return details;
};

/** `{id: string, state: 'a' | 'b'}` as fields, with a union of quoted values as the set of its values. */
const readmeDetail = (cell) =>
  Object.fromEntries(
    unquotedCode(cell)
      .replace(/^\{|\}$/g, '')
      .split(/,\s*/)
      .map((field) => field.split(/:\s*/))
      .map(([name, type]) => [
        name,
        type.includes('|')
          ? type
              .split(/\s*\|\s*/)
              .map(unquoted)
              .sort()
          : type,
      ]),
  );
const unquotedCode = (text) => text.replace(/^`|`$/g, '');

test("the README's event table lists the events of events.ts and the manifest, each with its detail's fields", () => {
  const details = eventDetails();
  assert.deepEqual([...details.keys()].sort(), documented.events.slice().sort(), 'events.ts and the manifest');
  for (const [name, {type: eventType, fields}] of details) {
    // The class JSDoc may name the type (`@fires {CustomEvent<ToggleDetail>} name`): then it must be this one.
    const inManifest = element.events.find((event) => event.name === name).type?.text;
    if (inManifest) assert.equal(inManifest, eventType, `${name}: type in the manifest`);
    const row = tableRows.get(name);
    assert.ok(row, `${name} has a row`);
    const readmeFields = readmeDetail(row[1]);
    assert.deepEqual(Object.keys(readmeFields).sort(), Object.keys(fields).sort(), `${name}: fields`);
    for (const [field, type] of Object.entries(fields)) {
      // The README may write a union of codes (the locale) as `string`.
      const shown = readmeFields[field] === 'string' && Array.isArray(type) ? 'string' : type;
      assert.deepEqual(readmeFields[field], shown, `${name}: ${field}`);
    }
  }
});
