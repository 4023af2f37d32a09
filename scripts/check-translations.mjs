// `npm run check:translations`: fails when a translation would ship out of step with its English. For every message
// in `src/` and every target locale it names the message id and the locales where
//   - the English differs from the `<source>` the translation was made from (the English changed since),
//   - the translation is missing or empty,
//   - the translation's placeholders differ from the English's,
//   - the XLIFF file holds a message the source no longer has.
// It never writes to the project: `lit-localize extract` (which rewrites `<source>` in place and keeps the old target)
// runs in a temporary copy of the sources, with no XLIFF files, so that it writes each message's current English.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = (base) => join(base, config.interchange.xliffDir);

/** `id -> {source, target}` of an XLIFF file as lit-localize writes it (one trans-unit per message). */
function readUnits(path) {
  const units = new Map();
  const xliff = readFileSync(path, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units.set(id, {
      source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1],
      target: /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1],
    });
  }
  return units;
}

/** The placeholders of a message (`<x id="0" equiv-text="${name}"/>`), sorted: a translation may reorder them. */
const placeholders = (text) => [...text.matchAll(/<x\b[^>]*\/>/g)].map(([tag]) => tag).sort();

/** The current English of every message, as `lit-localize extract` writes it into a fresh XLIFF file. */
function currentEnglish() {
  const copy = mkdtempSync(join(tmpdir(), 'check-translations-'));
  try {
    cpSync(join(root, 'src'), join(copy, 'src'), {recursive: true});
    cpSync(join(root, 'lit-localize.json'), join(copy, 'lit-localize.json'));
    cpSync(join(root, config.tsConfig), join(copy, config.tsConfig));
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const tools = dirname(createRequire(join(root, 'package.json')).resolve('@lit/localize-tools/package.json'));
    execFileSync(process.execPath, [join(tools, 'bin/lit-localize.js'), 'extract'], {cwd: copy, stdio: 'pipe'});
    return readUnits(join(xliffDir(copy), `${config.targetLocales[0]}.xlf`));
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}

const english = currentEnglish();
/** problem -> id -> locales */
const problems = new Map();
const report = (problem, id, locale) => {
  const byId = problems.get(problem) ?? new Map();
  problems.set(problem, byId);
  byId.set(id, [...(byId.get(id) ?? []), locale]);
};

for (const locale of config.targetLocales) {
  const units = readUnits(join(xliffDir(root), `${locale}.xlf`));
  for (const [id, {source}] of english) {
    const unit = units.get(id);
    if (!unit?.target?.trim()) report('has no translation', id, locale);
    else if (unit.source !== source) report('has English that changed since it was translated', id, locale);
    else if (placeholders(unit.target).join() !== placeholders(source).join()) {
      report('has placeholders that differ from the English', id, locale);
    }
  }
  for (const id of units.keys()) if (!english.has(id)) report('is no longer in the source', id, locale);
}

if (problems.size > 0) {
  for (const [problem, byId] of problems) {
    for (const [id, locales] of byId) console.error(`"${id}" ${problem} in: ${locales.join(' ')}`);
  }
  console.error(
    '\nTranslations out of step with the English (see locales/README.md, "When the English changes"). ' +
      `${[...problems.values()].reduce((sum, byId) => sum + byId.size, 0)} message(s).`,
  );
  process.exit(1);
}
console.log(
  `All ${english.size} messages translated from their current English in ${config.targetLocales.length} locales.`,
);
