// `npm run release` (after the build it runs first): the archives a clinic downloads, written to release/.
//   ketamine-explainer-<version>.zip and .tar.gz: exactly what a website serves (websiteFiles(), not dist/lib),
//     under ketamine-explainer/, with a README.txt;
//   ketamine-explainer-wordpress-<version>.zip: the plugin folder the build assembles in dist/wordpress/, if any;
//   SHA256SUMS, for `sha256sum -c`.
// Reproducible: the same dist/ gives the same bytes (see scripts/release/entries.mjs), with the same Node.js (its
// zlib does the deflating). `node scripts/release.mjs` alone archives the dist/ that is there.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {basename, join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {archiveEntries, entryTime} from './release/entries.mjs';
import {releaseReadme} from './release/readme-txt.mjs';
import {tarGz} from './release/tar-gz.mjs';
import {zip} from './release/zip.mjs';
import {websiteFiles} from './website-files.mjs';
import {filesUnder, toPosixPath} from './files-under.mjs';

const TOP = 'ketamine-explainer';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the archives and SHA256SUMS to `outDir` (emptied first).
 * @returns {{path: string, size: number, sha256: string}[]} The archives written.
 */
export const release = ({
  distDir = 'dist',
  outDir = 'release',
  version = JSON.parse(readFileSync('package.json', 'utf8')).version,
  mtime = entryTime(),
  warn = console.warn,
} = {}) => {
  const served = websiteFiles(distDir);
  const website = archiveEntries(TOP, [
    ...served.map((path) => ({path, data: readFileSync(join(distDir, path))})),
    {path: 'README.txt', data: Buffer.from(releaseReadme({version, files: served}))},
  ]);
  const archives = [
    [`${TOP}-${version}.zip`, zip(website, mtime)],
    [`${TOP}-${version}.tar.gz`, tarGz(website, mtime)],
  ];

  const plugin = join(distDir, 'wordpress', TOP);
  if (existsSync(plugin)) {
    const files = filesUnder(plugin).map((path) => ({
      path: toPosixPath(relative(plugin, path)),
      data: readFileSync(path),
    }));
    archives.push([`${TOP}-wordpress-${version}.zip`, zip(archiveEntries(TOP, files), mtime)]);
  } else {
    warn(`${plugin}/ is missing (the build assembles the WordPress plugin there): no WordPress zip written.`);
  }

  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  const written = archives.map(([name, bytes]) => {
    const path = join(outDir, name);
    writeFileSync(path, bytes);
    return {path, size: bytes.length, sha256: sha256(bytes)};
  });
  // Two spaces: sha256sum's text-mode separator, which `sha256sum -c` reads.
  writeFileSync(
    join(outDir, 'SHA256SUMS'),
    written.map(({path, sha256: hash}) => `${hash}  ${basename(path)}\n`).join(''),
  );
  return written;
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const {path, size, sha256: hash} of release()) {
    console.log(`${path}  ${size} bytes  SHA-256 ${hash}`);
  }
  console.log('release/SHA256SUMS: check with `cd release && sha256sum -c SHA256SUMS`');
}
