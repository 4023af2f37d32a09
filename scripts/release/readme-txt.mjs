// The README.txt inside the release archive: the version, what each file is, and the embeds, for someone who has
// only the archive. Every file must be described here: an undescribed one throws, so a new build output cannot ship
// unexplained.

import {EMBED_SNIPPETS} from '../embed-snippets.mjs';

const DESCRIPTIONS = [
  [/^ketamine-explainer\.js$/, 'The widget as an ES module: the script most pages load. It loads chunks/ itself.'],
  [/^chunks\/core\.js$/, 'The widget itself, imported by ketamine-explainer.js.'],
  // chunks/<code>.js for a language is described as a translation before this row (see describe()).
  [
    /^chunks\/[a-z-]+\.js$/,
    'A part of the widget loaded only when a page needs it (read aloud, the picker, translation notes).',
  ],
  [
    /^ketamine-explainer\.iife\.js$/,
    'The classic script, every language in one file, for sites that cannot load modules.',
  ],
  [/^ketamine-explainer\.css$/, 'The stylesheet of the prerendered embeds (linked from them, with its hash).'],
  [/^prerendered\/[A-Za-z-]+\.html$/, 'A prerendered embed for one language, to paste into a page (see below).'],
  [/^fallback\.html$/, 'The English article as plain HTML inside the element (older no-JavaScript embed).'],
  [/^integrity\.json$/, 'The SHA-384 hash of every file a page loads, for Subresource Integrity.'],
];

/** @param {string[]} locales The codes with a prerendered embed, which are the languages with a translation. */
const describe = (file, locales) => {
  const code = /^chunks\/(.+)\.js$/.exec(file)?.[1];
  if (locales.includes(code)) return 'One translation, loaded only for a reader of that language.';
  const found = DESCRIPTIONS.find(([pattern]) => pattern.test(file));
  if (!found) throw new Error(`README.txt has no description for ${file}: add one to scripts/release/readme-txt.mjs`);
  return found[1];
};

/**
 * @param {{version: string, files: string[]}} release The version and websiteFiles(dist).
 * @returns {string}
 */
export const releaseReadme = ({version, files}) => {
  const width = Math.max(...files.map((file) => file.length)) + 2;
  const locales = files.flatMap((file) => /^prerendered\/(.+)\.html$/.exec(file)?.[1] ?? []);
  const listing = files.map((file) => `  ${file.padEnd(width)}${describe(file, locales)}`).join('\n');
  return `ketamine-explainer ${version}
${'='.repeat(`ketamine-explainer ${version}`.length)}

An accessible, translated explainer of ketamine treatment for depression, for clinic websites: one script and one
element. Full documentation, the options and the other platforms: see the project's README.

Install: copy this folder, ketamine-explainer/, to your website so that its files are served at
/ketamine-explainer/ (for example https://your-clinic.example/ketamine-explainer/ketamine-explainer.js). The
prerendered embeds expect that address; served elsewhere, make your embeds with the project's
\`npm run prerender -- --base-url ...\` command. The SHA256SUMS file published next to this archive holds its
SHA-256: check it with \`sha256sum -c SHA256SUMS\`.

Files
-----
${listing}

Embeds
------
1. Prerendered (best for most pages: the article shows with the page, even without JavaScript). Add the module once
   per page, then paste the contents of the file for the page's language where the widget goes:

     ${EMBED_SNIPPETS.module}
     <!-- the contents of prerendered/en.html (or es.html, ...) -->

2. The bare element, when your site removes <template> tags or adds the widget by script. blocking="render" puts the
   widget in the page's first paint (browsers that do not know it ignore it):

     ${EMBED_SNIPPETS.moduleBlockingRender}
     ${EMBED_SNIPPETS.element}

3. The classic script, for sites that cannot load ES modules (works with either embed above):

     ${EMBED_SNIPPETS.classic}
     ${EMBED_SNIPPETS.element}

Attributes (lang, heading-level, open, crisis-call, color-scheme, ...) go on <ketamine-explainer>; see the
project's README.

Subresource Integrity
---------------------
integrity.json holds each file's SHA-384 hash. To pin a script, add its hash and crossorigin="anonymous":

  <script src="/ketamine-explainer/ketamine-explainer.iife.js" defer
    integrity="sha384-(the value for ketamine-explainer.iife.js)" crossorigin="anonymous"></script>

The classic script is one file, so its hash covers everything. The module's hash covers the entry only; its chunks
are pinned with an import map (see "From a CDN, pinned, with Subresource Integrity" in the project's
docs/embedding.md). The prerendered embeds already carry the stylesheet's hash: use the embeds of the same release
as the stylesheet, and replace them when you update.
`;
};
