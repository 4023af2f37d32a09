// Writes demo/index.html from demo/index.template.html: the template's bare <ketamine-explainer> becomes the
// prerendered embed for the same attributes, made with the documented command (scripts/prerender.mjs) as a clinic's
// static-site build would, so the demo shows the embed a clinic should use: its content paints with the page, and the
// module upgrades it in place. The stylesheet's URL is relative to the demo page, so any server of the project
// folder works (`npm start`, the tests', the benchmark's).
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';

const TEMPLATE = 'demo/index.template.html';
const BASE_URL = '../dist/';

const template = readFileSync(TEMPLATE, 'utf8');
const pattern = /( *)<!-- scripts\/write-demo-page\.mjs[^>]*-->\n\s*<ketamine-explainer([^>]*)><\/ketamine-explainer>/;
const match = pattern.exec(template);
if (!match) throw new Error(`${TEMPLATE}: no marked <ketamine-explainer> to prerender`);
const [marked, indent, attributeText] = match;

// Each attribute becomes the command's option of the same name (`language-picker` → `--language-picker`).
const options = [...attributeText.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].flatMap(([, name, value]) =>
  value === undefined ? [`--${name}`] : [`--${name}`, value],
);
const args = [...options, '--base-url', BASE_URL];
const embed = execFileSync(process.execPath, ['scripts/prerender.mjs', ...args], {encoding: 'utf8'}).trim();

const page = template.replace(
  marked,
  `${indent}<!-- Prerendered by scripts/write-demo-page.mjs: node scripts/prerender.mjs ${args.join(' ')} -->\n${indent}${embed}`,
);
writeFileSync(
  'demo/index.html',
  page.replace(
    '<!doctype html>\n',
    `<!doctype html>\n<!-- Written by scripts/write-demo-page.mjs from ${TEMPLATE}: edit that file instead. -->\n`,
  ),
);
console.log(`demo/index.html: the demo page, with ${options.join(' ') || 'a plain'} embed prerendered`);
