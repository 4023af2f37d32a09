// Writes integrations/wordpress/ketamine-explainer/languages/ketamine-explainer.pot: every string the plugin passes
// to __() with its text domain, in PHP and in the editor script, for translators (WP-CLI's make-pot is not in
// Debian). tests/wordpress/pot.test.mjs fails when the file is out of date.
import {readFileSync, writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {filesUnder} from '../files-under.mjs';

export const PLUGIN = 'integrations/wordpress/ketamine-explainer';
export const POT = `${PLUGIN}/languages/ketamine-explainer.pot`;

const files = (dir) => filesUnder(dir).filter((path) => /\.(php|js)$/.test(path));

// __( 'text', 'ketamine-explainer' ) in PHP (single quotes) and JS (single quotes, possibly over several lines).
const CALL = /__\(\s*'((?:[^'\\]|\\.)*)',\s*'ketamine-explainer',?\s*\)/g;
const COMMENT = /\/\* translators: ([^*]*)\*\/\s*$/;

/** The .pot text for the plugin's sources. */
export function pot() {
  const entries = new Map();
  for (const file of files(PLUGIN).sort()) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(CALL)) {
      const line = text.slice(0, match.index).split('\n').length;
      const comment = text
        .slice(Math.max(0, match.index - 300), match.index)
        .match(COMMENT)?.[1]
        .trim();
      const id = match[1].replace(/\\'/g, "'");
      const entry = entries.get(id) ?? {refs: [], comment};
      entry.refs.push(`${relative(PLUGIN, file)}:${line}`);
      entries.set(id, entry);
    }
  }
  // block.json's title, description and keywords, which WordPress translates with these contexts (as WP-CLI does).
  const block = JSON.parse(readFileSync(`${PLUGIN}/blocks/explainer/block.json`, 'utf8'));
  const blockStrings = [
    ['block title', block.title],
    ['block description', block.description],
    ...block.keywords.map((keyword) => ['block keyword', keyword]),
  ];
  const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const blocks = [...entries].map(
    ([id, {refs, comment}]) =>
      `${comment ? `#. translators: ${comment}\n` : ''}#: ${refs.join(' ')}\n${/%\d?\$?s/.test(id) ? '#, php-format\n' : ''}msgid ${quote(id)}\nmsgstr ""\n`,
  );
  const header = [
    '# Ketamine Explainer: strings of the WordPress plugin (admin notice, block editor).',
    '# Made by scripts/wordpress/make-pot.mjs.',
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: Ketamine Explainer 0.1.0\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: ketamine-explainer\\n"',
    '',
  ].join('\n');
  const blockEntries = blockStrings.map(
    ([context, id]) => `#: blocks/explainer/block.json\nmsgctxt ${quote(context)}\nmsgid ${quote(id)}\nmsgstr ""\n`,
  );
  return `${header}\n${[...blocks, ...blockEntries].join('\n')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(POT, pot());
  console.log(`${POT}: ${pot().split('\nmsgid ').length - 2} strings`);
}
