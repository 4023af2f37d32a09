// Writes dist/wordpress/ketamine-explainer/, the installable WordPress plugin: its source
// (integrations/wordpress/ketamine-explainer/), assets/ holding exactly what a website serves (website-files.mjs),
// and templates/<locale>.json, each locale's prerendered embed with placeholders for the PHP to fill
// (wordpress-templates.mjs). Runs after every other build step: the assets include integrity.json.
import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {websiteFiles} from './website-files.mjs';
import {LOCALE_CODES, localeTemplate} from './wordpress-templates.mjs';

const SOURCE = 'integrations/wordpress/ketamine-explainer';
export const PLUGIN_DIR = 'dist/wordpress/ketamine-explainer';

rmSync('dist/wordpress', {recursive: true, force: true});
cpSync(SOURCE, PLUGIN_DIR, {recursive: true});
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
