// The release archives (scripts/release.mjs), read back with the system's own `unzip`, `tar` and `sha256sum`, as a
// clinic would: run after `npm run build` (npm test builds first). Each test archives a copy of dist/, so that it can
// change what is on disk without touching the build.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {Buffer} from 'node:buffer';
import {execFileSync} from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  chmodSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {filesUnder} from '../../scripts/files-under.mjs';
import {pluginSourceFiles} from '../../scripts/wordpress/plugin-source-files.mjs';
import {archiveEntries} from '../../scripts/release/entries.mjs';
import {release} from '../../scripts/release.mjs';
import {websiteFiles} from '../../scripts/website-files.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const made = [];
const temp = (name) => {
  made.push(mkdtempSync(join(tmpdir(), `ketamine-explainer-${name}-`)));
  return made.at(-1);
};
after(() => made.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

/** A copy of the built dist/, without the WordPress plugin unless `plugin` gives its files. */
const distCopy = (plugin) => {
  const dist = join(temp('dist'), 'dist');
  cpSync('dist', dist, {recursive: true});
  rmSync(join(dist, 'wordpress'), {recursive: true, force: true});
  for (const [path, text] of Object.entries(plugin ?? {})) {
    mkdirSync(join(dist, 'wordpress/ketamine-explainer', path, '..'), {recursive: true});
    writeFileSync(join(dist, 'wordpress/ketamine-explainer', path), text);
  }
  return dist;
};

const archive = (distDir, options = {}) => {
  const outDir = temp('release');
  const warnings = [];
  const written = release({distDir, outDir, warn: (message) => warnings.push(message), ...options});
  return {outDir, written, warnings};
};

const zipNames = (file) => execFileSync('unzip', ['-Z1', file], {encoding: 'utf8'}).trim().split('\n');
const tarNames = (file) => execFileSync('tar', ['tzf', file], {encoding: 'utf8'}).trim().split('\n');
const filesOnly = (names) => names.filter((name) => !name.endsWith('/')).sort();

test('the zip and the tarball hold exactly the website files and README.txt under ketamine-explainer/, not dist/lib', () => {
  const dist = distCopy();
  assert.ok(statSync(join(dist, 'lib/index.js')).isFile(), 'the build wrote dist/lib, which must stay out');
  const {outDir} = archive(dist);
  const expected = [...websiteFiles(dist), 'README.txt'].map((file) => `ketamine-explainer/${file}`).sort();
  for (const names of [
    zipNames(join(outDir, `ketamine-explainer-${version}.zip`)),
    tarNames(join(outDir, `ketamine-explainer-${version}.tar.gz`)),
  ]) {
    assert.deepEqual(filesOnly(names), expected);
    assert.ok(names.every((name) => name.startsWith('ketamine-explainer/')));
  }
  assert.ok(expected.includes('ketamine-explainer/prerendered/es.html'));
  assert.ok(expected.includes('ketamine-explainer/chunks/core.js'));
});

test('two runs give the same bytes, whatever the files’ times and modes on disk and the time of the run', async () => {
  const dist = distCopy({'ketamine-explainer.php': '<?php\n'});
  const first = archive(dist);
  // What must not reach the archives: when the files were written, their permissions, and when the release ran.
  for (const file of filesUnder(dist)) {
    utimesSync(file, new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
    chmodSync(file, 0o600);
  }
  await sleep(2100); // past zip's 2-second time resolution
  const second = archive(dist);
  assert.equal(first.written.length, 3);
  assert.deepEqual(
    second.written.map(({sha256, size}) => ({sha256, size})),
    first.written.map(({sha256, size}) => ({sha256, size})),
  );
  for (const {path} of first.written) {
    const name = relative(first.outDir, path);
    assert.ok(readFileSync(path).equals(readFileSync(join(second.outDir, name))), `${name}: same bytes`);
  }
  assert.equal(
    readFileSync(join(first.outDir, 'SHA256SUMS'), 'utf8'),
    readFileSync(join(second.outDir, 'SHA256SUMS'), 'utf8'),
  );
});

test('SHA256SUMS lists each archive with the SHA-256 printed for it, and sha256sum -c verifies them', () => {
  const {outDir, written} = archive(distCopy({'ketamine-explainer.php': '<?php\n'}));
  const sums = readFileSync(join(outDir, 'SHA256SUMS'), 'utf8');
  assert.deepEqual(
    sums.trim().split('\n'),
    written.map(({path, sha256}) => `${sha256}  ${relative(outDir, path)}`),
  );
  const report = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {cwd: outDir, encoding: 'utf8'});
  assert.deepEqual(
    report.trim().split('\n'),
    written.map(({path}) => `${relative(outDir, path)}: OK`),
  );
  writeFileSync(written[0].path, Buffer.concat([readFileSync(written[0].path), Buffer.from([0])]));
  assert.throws(
    () => execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {cwd: outDir, stdio: 'pipe'}),
    'a changed archive fails',
  );
});

test('unzip and tar extract every file with the bytes of dist/, readable by all (mode 644)', () => {
  const dist = distCopy();
  const {outDir} = archive(dist);
  for (const [archiveFile, extract] of [
    [`ketamine-explainer-${version}.zip`, (file, into) => execFileSync('unzip', ['-q', file, '-d', into])],
    [`ketamine-explainer-${version}.tar.gz`, (file, into) => execFileSync('tar', ['xzf', file, '-C', into])],
  ]) {
    const into = temp('extracted');
    extract(join(outDir, archiveFile), into);
    for (const file of websiteFiles(dist)) {
      const extracted = join(into, 'ketamine-explainer', file);
      assert.ok(readFileSync(extracted).equals(readFileSync(join(dist, file))), `${archiveFile}: ${file}`);
      assert.equal(statSync(extracted).mode & 0o777, 0o644, `${archiveFile}: ${file} mode`);
    }
  }
  execFileSync('unzip', ['-tq', join(outDir, `ketamine-explainer-${version}.zip`)]);
});

test('README.txt names the version, describes every file and gives the three embeds and the SRI note', () => {
  const dist = distCopy();
  const {outDir} = archive(dist, {version: '9.8.7'});
  const readme = execFileSync(
    'unzip',
    ['-p', join(outDir, 'ketamine-explainer-9.8.7.zip'), 'ketamine-explainer/README.txt'],
    {
      encoding: 'utf8',
    },
  );
  assert.match(readme, /^ketamine-explainer 9\.8\.7\n/);
  for (const file of websiteFiles(dist)) assert.match(readme, new RegExp(`^  ${file.replace(/\./g, '\\.')} +\\S`, 'm'));
  for (const snippet of [
    '<script type="module" src="/ketamine-explainer/ketamine-explainer.js"></script>',
    '<script type="module" src="/ketamine-explainer/ketamine-explainer.js" blocking="render"></script>',
    '<script src="/ketamine-explainer/ketamine-explainer.iife.js" defer></script>',
    'prerendered/en.html',
    'integrity="sha384-',
  ]) {
    assert.ok(readme.includes(snippet), snippet);
  }
  assert.match(readme, /see the project's README/);
});

test('the WordPress plugin folder becomes its own zip under ketamine-explainer/, and stays out of the website archive', () => {
  const plugin = {
    'ketamine-explainer.php': '<?php\n',
    'readme.txt': '=== Ketamine explainer ===\n',
    'assets/a.js': 'x',
  };
  const {outDir, warnings} = archive(distCopy(plugin));
  assert.deepEqual(warnings, []);
  const names = zipNames(join(outDir, `ketamine-explainer-wordpress-${version}.zip`));
  assert.deepEqual(
    filesOnly(names),
    Object.keys(plugin)
      .map((file) => `ketamine-explainer/${file}`)
      .sort(),
  );
  assert.ok(
    zipNames(join(outDir, `ketamine-explainer-${version}.zip`)).every((name) => !name.includes('wordpress')),
    'no plugin in the website zip',
  );
  assert.match(
    readFileSync(join(outDir, 'SHA256SUMS'), 'utf8'),
    new RegExp(`  ketamine-explainer-wordpress-${version}\\.zip\\n`),
  );
});

test('without a built plugin, the release warns once and writes the two website archives only', () => {
  const {outDir, warnings} = archive(distCopy());
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /wordpress.*no WordPress zip/);
  assert.deepEqual(readdirSync(outDir).sort(), [
    'SHA256SUMS',
    `ketamine-explainer-${version}.tar.gz`,
    `ketamine-explainer-${version}.zip`,
  ]);
});

// The audit's findings: whatever is lying in a packed folder must not ship.
test('the plugin is built from the files git tracks: an untracked file, a dotfile or a symbolic link fails the build', () => {
  const repo = temp('plugin-repo');
  const plugin = join(repo, 'ketamine-explainer');
  mkdirSync(join(plugin, 'includes'), {recursive: true});
  writeFileSync(join(plugin, 'ketamine-explainer.php'), '<?php\n');
  writeFileSync(join(plugin, 'includes/render.php'), '<?php\n');
  execFileSync('git', ['init', '-q', repo]);
  execFileSync('git', ['add', '.'], {cwd: repo});
  assert.deepEqual(pluginSourceFiles(plugin), ['includes/render.php', 'ketamine-explainer.php']);

  writeFileSync(join(plugin, '.env'), 'DB_PASSWORD=secret\n');
  writeFileSync(join(plugin, '.render.php.swp'), 'x');
  mkdirSync(join(plugin, '.git-notes'));
  writeFileSync(join(plugin, '.git-notes/todo'), 'x');
  writeFileSync(join(plugin, 'includes/debug.log'), 'x');
  assert.throws(
    () => pluginSourceFiles(plugin),
    (error) =>
      ['.env', '.render.php.swp', '.git-notes/todo', 'includes/debug.log'].every((name) =>
        error.message.includes(`${name}: not tracked by git`),
      ) && error.message.includes('.env: a dotfile'),
  );
  for (const name of ['.env', '.render.php.swp', '.git-notes', 'includes/debug.log']) {
    rmSync(join(plugin, name), {recursive: true});
  }

  const secrets = join(temp('secrets'), 'id_rsa');
  writeFileSync(secrets, 'PRIVATE KEY');
  symlinkSync(secrets, join(plugin, 'includes/config.php'));
  assert.throws(() => pluginSourceFiles(plugin), /includes\/config\.php: a symbolic link is refused/);
  rmSync(join(plugin, 'includes/config.php'));
  symlinkSync(join(secrets, '..'), join(plugin, 'vendor'));
  assert.throws(() => pluginSourceFiles(plugin), /vendor: a symbolic link is refused/);
});

test('the release refuses a symbolic link or a backslash name in dist/, and an unsafe entry path', () => {
  const linked = distCopy({'ketamine-explainer.php': '<?php\n'});
  symlinkSync('/etc/hostname', join(linked, 'wordpress/ketamine-explainer/config.php'));
  assert.throws(() => archive(linked), /config\.php: a symbolic link is refused/);
  const backslashed = distCopy();
  writeFileSync(join(backslashed, 'chunks', '..\\..\\..\\..\\x.txt'), 'x');
  assert.throws(() => archive(backslashed), /a file name with a backslash is refused/);
  for (const path of ['../x.txt', '/etc/passwd', 'a/../../x', 'a\\..\\x', 'a//b', './x']) {
    assert.throws(() => archiveEntries('ketamine-explainer', [{path, data: Buffer.from('x')}]), /entry refused/, path);
  }
});
