// Writes dist/integrity.json: the SHA-384 Subresource Integrity hash of every file a site serves from dist/.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {filesUnder} from './files-under.mjs';

const hashes = {};
for (const path of filesUnder('dist')) {
  const file = relative('dist', path);
  // lib/ is for bundlers, fallback.html and prerendered/ are snippets to paste: none is loaded by a page from dist/.
  // wordpress/ is the plugin, a copy of these files (the build writes it last, but a rerun must not hash it).
  if (
    file === 'integrity.json' ||
    file.startsWith('wordpress/') ||
    file === 'fallback.html' ||
    file.startsWith('lib/') ||
    file.startsWith('prerendered/')
  )
    continue;
  hashes[file] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`dist/integrity.json: ${Object.keys(hashes).length} files`);
