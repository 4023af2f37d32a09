// The import map that makes Subresource Integrity cover every module file a page loads, not only the entry: a
// module script's own `integrity` attribute checks that file alone, and the entry only re-exports chunks/core.js
// (rollup.config.js says why), which in turn loads the translations and opt-in features on demand. Browsers that
// support import map integrity (Chrome and Edge 127, Safari 18, Firefox 138 and later) check each file listed here
// before running it, whether imported statically or dynamically; older browsers ignore the map and load them unchecked.
//
//   node scripts/integrity-import-map.mjs --base-url https://cdn.example/ketamine-explainer@0.1.0/
//
// prints the import map, the module script with its own integrity, and the CSP hash of the import map (an inline
// script: a strict `script-src` must list it).
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {pathToFileURL} from 'node:url';
import {escapeHtml} from './escape-html.mjs';
import {normalizedBaseUrl} from './base-url.mjs';

/** How often a chunk is asked for again after a failed load (rollup.config.js): each retry has its own URL. */
export const CHUNK_RETRIES = 2;

const ENTRY = 'ketamine-explainer.js';

/**
 * `{integrity: {url: hash}}` for every module file in `integrity` (dist/integrity.json), with the URLs a page fetches
 * from `baseUrl` (ending in "/"): the entry, the core and each chunk, with the retry URLs of the chunks loaded on demand.
 */
export function integrityImportMap(baseUrl, integrity) {
  const entries = {};
  for (const [file, hash] of Object.entries(integrity)) {
    if (file !== ENTRY && !(file.startsWith('chunks/') && file.endsWith('.js'))) continue;
    entries[`${baseUrl}${file}`] = hash;
    if (file.startsWith('chunks/') && file !== 'chunks/core.js') {
      for (let retry = 1; retry <= CHUNK_RETRIES; retry++) entries[`${baseUrl}${file}?retry=${retry}`] = hash;
    }
  }
  return {integrity: entries};
}

/** The HTML to paste in the page's head (the import map, then the module script, each pinned) and the map's CSP hash. */
export function integritySnippet(baseUrl, integrity) {
  const mapText = JSON.stringify(integrityImportMap(baseUrl, integrity));
  return {
    importMap: `<script type="importmap">${mapText}</script>`,
    script:
      `<script type="module" src="${escapeHtml(`${baseUrl}${ENTRY}`)}" ` +
      `integrity="${integrity[ENTRY]}" crossorigin="anonymous"></script>`,
    cspHash: `'sha256-${createHash('sha256').update(mapText).digest('base64')}'`,
  };
}

function main() {
  let values;
  try {
    ({values} = parseArgs({options: {'base-url': {type: 'string'}, help: {type: 'boolean'}}}));
  } catch (error) {
    console.error(`integrity-import-map: ${error.message.split('\n')[0]} (see --help)`);
    process.exit(2);
  }
  if (values.help) {
    console.log(
      'Usage: node scripts/integrity-import-map.mjs --base-url URL/\n' +
        'Prints the import map and module script that pin every file of dist/ served from URL (run npm run build first).',
    );
    return;
  }
  const base = normalizedBaseUrl(values['base-url'] ?? '');
  if (!base) {
    console.error('integrity-import-map: --base-url must be an http(s) URL or a path (see --help)');
    process.exit(2);
  }
  const integrity = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
  const {importMap, script, cspHash} = integritySnippet(base, integrity);
  console.log(`${importMap}\n${script}`);
  console.error(`Under a strict Content Security Policy, add ${cspHash} to script-src for the import map.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
