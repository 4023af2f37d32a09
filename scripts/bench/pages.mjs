// The benchmark's pages: the same article as native <details> (the floor), the GOV.UK Frontend accordion, Shoelace
// <sl-details>, and <ketamine-explainer> (ES module, classic script, the module with the no-JS fallback markup inside
// the element, and the prerendered embed in English and Spanish), each with 0, 1, 50 or 100 instances.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {articleIntro, articleSections, articleTitle} from '../../dist/lib/content/article.js';
import {renderInLocale} from '../../dist/lib/i18n/msg-runtime.js';
import {templates as spanish} from '../../dist/lib/generated/locales/es.js';

// The article as the widget has it (dist/lib/content/article.js, built by `npm run build`), so every page shows the same text.
const TITLE = articleTitle();
const INTRO = articleIntro();
const SECTIONS = articleSections();
export const LAST_HEADING = SECTIONS.at(-1).heading;

/** Each page's language, where it is not English: the page's `<html lang>`, and the language of its content. */
const PAGE_LANG = {'ours-prerendered-es': 'es'};

/** The text whose layout marks time to content on `implementation`'s page: its last section's heading. */
export const contentHeading = (implementation) =>
  PAGE_LANG[implementation] === 'es' ? renderInLocale(spanish, () => articleSections().at(-1).heading) : LAST_HEADING;

/**
 * The prerendered embed as a clinic makes it for the folder it serves dist/ from (here the bench server's `/ours/`),
 * with the documented command (docs/embedding.md). Made once, here, before the server answers anything: rendering it
 * while a page is requested would add the command's run to that page's load.
 */
const prerenderedEmbed = (lang) =>
  execFileSync(process.execPath, ['scripts/prerender.mjs', '--lang', lang, '--base-url', '/ours/'], {
    encoding: 'utf8',
  }).trim();
const PRERENDERED = {en: prerenderedEmbed('en'), es: prerenderedEmbed('es')};

const paragraphs = (items, className = '') =>
  items.map((text) => `<p${className ? ` class="${className}"` : ''}>${text}</p>`).join('');

const instances = {
  native: () =>
    `<section><h2>${TITLE}</h2><p>${INTRO}</p>${SECTIONS.map(
      ({heading, paragraphs: body}) =>
        `<details><summary><h3 style="display:inline">${heading}</h3></summary>${paragraphs(body)}</details>`,
    ).join('')}</section>`,
  govuk: (index) =>
    `<h2 class="govuk-heading-l">${TITLE}</h2><p class="govuk-body">${INTRO}</p>
     <div class="govuk-accordion" data-module="govuk-accordion" id="accordion-${index}">${SECTIONS.map(
       ({heading, paragraphs: body}, section) => `<div class="govuk-accordion__section">
         <div class="govuk-accordion__section-header"><h3 class="govuk-accordion__section-heading">
           <span class="govuk-accordion__section-button" id="accordion-${index}-heading-${section}">${heading}</span>
         </h3></div>
         <div id="accordion-${index}-content-${section}" class="govuk-accordion__section-content">${paragraphs(body, 'govuk-body')}</div>
       </div>`,
     ).join('')}</div>`,
  shoelace: () =>
    `<section><h2>${TITLE}</h2><p>${INTRO}</p>${SECTIONS.map(
      ({heading, paragraphs: body}) => `<sl-details summary="${heading}">${paragraphs(body)}</sl-details>`,
    ).join('')}</section>`,
  'ours-module': () => '<ketamine-explainer></ketamine-explainer>',
  'ours-classic': () => '<ketamine-explainer></ketamine-explainer>',
  // The documented no-JavaScript embed: the article as HTML inside the element until the module replaces it.
  'ours-fallback': () => readFileSync('dist/fallback.html', 'utf8'),
  // The prerendered embed (issue 15): the widget's markup and a stylesheet link in a declarative shadow root, shown
  // before the module arrives, which then upgrades it in place.
  'ours-prerendered': () => PRERENDERED.en,
  'ours-prerendered-es': () => PRERENDERED.es,
};

const heads = {
  native: '',
  govuk: `<link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
    <script type="module">
      document.body.classList.add('js-enabled', 'govuk-frontend-supported');
      import {initAll} from '/govuk/govuk-frontend.min.js';
      initAll();
    </script>`,
  shoelace: `<link rel="stylesheet" href="/shoelace/themes/light.css">
    <script type="module" src="/shoelace/components/details/details.js"></script>`,
  'ours-module': '<script type="module" src="/ours/ketamine-explainer.js"></script>',
  'ours-classic': '<script src="/ours/ketamine-explainer.iife.js" defer></script>',
  'ours-fallback': '<script type="module" src="/ours/ketamine-explainer.js"></script>',
  // As the README's snippet has it for this embed: the module script, without `blocking="render"` (the content is
  // in the HTML, so nothing waits for the script).
  'ours-prerendered': '<script type="module" src="/ours/ketamine-explainer.js"></script>',
  'ours-prerendered-es': '<script type="module" src="/ours/ketamine-explainer.js"></script>',
};

export const IMPLEMENTATIONS = Object.keys(instances);

export function page(implementation, count) {
  const body = Array.from({length: count}, (_, index) => instances[implementation](index)).join('\n');
  // GOV.UK's script reads the body's classes, so its module script goes at the end of the body.
  const inBody = implementation === 'govuk';
  return `<!doctype html><html lang="${PAGE_LANG[implementation] ?? 'en'}"><head><meta charset="utf-8"><title>${implementation}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
${inBody ? heads.govuk.split('<script')[0] : heads[implementation]}</head>
<body class="govuk-template__body">${body}${inBody ? `<script${heads.govuk.split('<script')[1]}` : ''}</body></html>`;
}
