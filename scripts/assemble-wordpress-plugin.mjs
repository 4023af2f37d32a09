// Writes dist/wordpress/ketamine-explainer/, the installable WordPress plugin: its source
// (integrations/wordpress/ketamine-explainer/), assets/ holding exactly what a website serves (website-files.mjs),
// and templates/<locale>.json, each locale's prerendered embed with placeholders for the PHP to fill
// (wordpress-templates.mjs). Runs after every other build step: the assets include integrity.json.
// The plugin's source is copied file by file from an allowlist (wordpress/plugin-source-files.mjs), never the folder
// as it happens to be on disk.
import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {pluginSourceFiles} from './wordpress/plugin-source-files.mjs';
import {websiteFiles} from './website-files.mjs';
import {LOCALE_CODES, localeTemplate} from './wordpress-templates.mjs';

const SOURCE = 'integrations/wordpress/ketamine-explainer';
export const PLUGIN_DIR = 'dist/wordpress/ketamine-explainer';

/** Assembles the plugin in PLUGIN_DIR. */
async function assemble() {
  rmSync('dist/wordpress', {recursive: true, force: true});
  for (const path of pluginSourceFiles(SOURCE)) {
    mkdirSync(join(PLUGIN_DIR, path, '..'), {recursive: true});
    cpSync(join(SOURCE, path), join(PLUGIN_DIR, path));
  }
  const files = websiteFiles('dist');
  for (const file of files) {
    mkdirSync(join(PLUGIN_DIR, 'assets', file, '..'), {recursive: true});
    cpSync(join('dist', file), join(PLUGIN_DIR, 'assets', file));
  }
  mkdirSync(join(PLUGIN_DIR, 'templates'));
  for (const locale of LOCALE_CODES) {
    writeFileSync(join(PLUGIN_DIR, 'templates', `${locale}.json`), `${JSON.stringify(await localeTemplate(locale))}\n`);
  }
  console.log(`${PLUGIN_DIR}/: ${files.length} asset files, ${LOCALE_CODES.length} templates`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await assemble();
