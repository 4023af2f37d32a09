// `npm run check:translations` keeps every translation in step with its English: it fails, naming the message and the
// locales, when the English changed after translating, a translation is missing or its placeholders differ; it passes
// on the project as it is, and it never writes to the project.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import process from 'node:process';
import {join} from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const allTargetLocales = config.targetLocales.join(' ');

const check = (cwd) =>
  spawnSync(process.execPath, ['scripts/check-translations.mjs'], {cwd, encoding: 'utf8', timeout: 120_000});

/** A hash of every file under the folders the check reads, so that any write to them shows. */
function fingerprint(folders) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  folders.forEach(visit);
  return hash.digest('hex');
}

/** A copy of what the check reads, changed by `edit(copy)`; the check runs on it. */
function checkACopy(edit) {
  const copy = mkdtempSync(join(tmpdir(), 'check-translations-test-'));
  try {
    for (const path of ['src', 'locales', 'scripts', 'lit-localize.json', config.tsConfig]) {
      cpSync(path, join(copy, path), {recursive: true});
    }
    symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'), 'dir');
    edit(copy);
    return check(copy);
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}

const replaceIn = (path, from, to) => {
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${path} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
};

/** Replaces the translation of message `id` in `path`. */
const setTarget = (path, id, target) => {
  const unit = new RegExp(`(<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?<target[^>]*>)[\\s\\S]*?(</target>)`);
  const text = readFileSync(path, 'utf8');
  assert.match(text, unit);
  writeFileSync(path, text.replace(unit, `$1${target}$2`));
};

test('passes on the project, and leaves its sources and translations untouched', () => {
  const before = fingerprint(['src', 'locales', 'lit-localize.json']);
  const result = check('.');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /All \d+ messages translated from their current English in 16 locales/);
  assert.equal(fingerprint(['src', 'locales', 'lit-localize.json']), before);
});

// One copy with one problem of each kind: the check reports every problem it finds, each with its message and locales.
test('fails, naming the message and the locales, when the English changed, a translation is missing or its placeholders differ', () => {
  const result = checkACopy((copy) => {
    replaceIn(join(copy, 'src/content/article.ts'), 'Need help right now?', 'Do you need help right now?');
    setTarget(join(copy, 'locales/fr.xlf'), 'title', '');
    // The translator dropped the number: German readers would see "Anrufen" with no number to call.
    setTarget(join(copy, 'locales/de.xlf'), 'crisis.call', 'Anrufen');
  });
  assert.equal(result.status, 1);
  for (const problem of [
    `"crisis.heading" has English that changed since it was translated in: ${allTargetLocales}`,
    '"title" has no translation in: fr',
    '"crisis.call" has placeholders that differ from the English in: de',
  ]) {
    assert.ok(result.stderr.includes(problem), `${problem}\n--- reported:\n${result.stderr}`);
  }
});
