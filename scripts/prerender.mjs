// Renders a prerendered embed: `<ketamine-explainer>` with a declarative shadow root (`<template shadowrootmode>`)
// holding the markup the widget renders, so that the article paints with the page, before (and without) any script.
// The opening and the sections come from the widget's own builders in the compiled library (dist/lib/), run on a DOM
// shim (linkedom) with the locale's translation active, so they cannot drift from what the widget shows. Then, for
// readers without JavaScript, each section becomes a native <details> (opens on a click, searched by find-in-page,
// opened for print by the stylesheet), and the controls row, which needs script, keeps its place invisibly.
//
//   node scripts/prerender.mjs --lang es --heading-level 3 --open "all|ids" --crisis-call … --crisis-text …
//     --emergency-call … --color-scheme light|dark|auto --language-picker --base-url https://clinic.example/kx/ > embed.html
//
// Invalid values fall back to the defaults with one warning on stderr, exactly as the element does (its own parsers),
// and are left off the element, as the WordPress plugin leaves them off (includes/attributes.php): the embed never
// carries a value its content does not show. A bad command line (an unknown option, a missing value, a --base-url
// that is not an http(s) URL or a path) is one line on stderr and exit code 2.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {pathToFileURL} from 'node:url';
import {parseHTML} from 'linkedom';
import {msg} from '@lit/localize';
import {escapeHtml} from './escape-html.mjs';
import {serializeHtml} from './serialize-html.mjs';
import {normalizedBaseUrl} from './base-url.mjs';

const {document} = parseHTML('<!doctype html><html><body></body></html>');
// The builders call `document.createElement`; Lit (imported by the library) uses its Node build, which needs nothing.
globalThis.document = document;

const lib = (path) => import(new URL(`../dist/lib/${path}`, import.meta.url).href);
const [
  {renderInLocale},
  article,
  {opening, sections},
  attributes,
  locales,
  notes,
  clinicCrisis,
  {uiText},
  names,
  {contactLink},
] = await Promise.all([
  lib('i18n/msg-runtime.js'),
  lib('content/article.js'),
  lib('markup/article-markup.js'),
  lib('element/attributes.js'),
  lib('i18n/locales.js'),
  lib('i18n/translation-notes/translation-notes.js'),
  lib('opt-in/clinic-crisis.js'),
  lib('content/ui-text.js'),
  lib('i18n/locale-names.js'),
  lib('opt-in/contact-links.js'),
]);

export const DEFAULT_BASE_URL = '/ketamine-explainer/';
export const STYLESHEET = 'ketamine-explainer.css';
export const LOCALE_CODES = locales.allLocales;

/** The SHA-384 SRI hash of the stylesheet as written in dist/. */
export const stylesheetIntegrity = (css = readFileSync(new URL(`../dist/${STYLESHEET}`, import.meta.url))) =>
  `sha384-${createHash('sha384').update(css).digest('base64')}`;

const el = (tag, attrs = {}, ...children) => {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== false) made.setAttribute(name, value);
  made.append(...children.flat());
  return made;
};

/**
 * A built section (div.section > hN.heading > button.button, div.panel) as a native <details>: the <summary> holds
 * the heading and the look of the button (a span with the button's class, so the same rules lay it out); the
 * summary carries the button's id, so that the element, on upgrade, puts focus back on the matching button.
 */
function asDetails(section, open) {
  const heading = section.querySelector('.heading');
  const button = heading.querySelector('.button');
  const panel = section.querySelector('.panel');
  const look = el('span', {class: 'button', part: 'button'}, ...button.childNodes);
  heading.replaceChildren(look);
  const summary = el('summary', {id: button.getAttribute('id'), class: 'summary'}, heading);
  panel.removeAttribute('hidden');
  return el('details', {id: section.id, class: 'section', part: 'section', open: open && ''}, summary, panel);
}

/** Whether a value was given (the element treats an absent attribute and an empty one alike for these). */
const given = (value) => value !== undefined && value !== null;

/**
 * One embed. `options` are the element's attributes (strings as in HTML; `languagePicker` a boolean) and `baseUrl`,
 * where the site serves dist/. Returns the HTML of `<ketamine-explainer …><template shadowrootmode="open">…`.
 */
export function prerender(options = {}) {
  // An option given as undefined keeps its default, as with destructuring defaults.
  const givenOptions = Object.entries(options).filter(([, value]) => value !== undefined);
  const settings = {lang: 'en', languagePicker: false, baseUrl: DEFAULT_BASE_URL, ...Object.fromEntries(givenOptions)};
  settings.integrity ??= stylesheetIntegrity();
  const {lang} = settings;
  const locale = locales.matchLocale(lang) ?? locales.sourceLocale;
  if (!locales.matchLocale(lang))
    console.warn(
      `<ketamine-explainer>: lang=${JSON.stringify(lang)} is not a language this explainer has; using English.`,
    );
  return import(new URL(`../dist/lib/generated/locales/${locale}.js`, import.meta.url).href)
    .catch(() => ({templates: undefined}))
    .then(({templates}) =>
      renderInLocale(locale === locales.sourceLocale ? undefined : templates, () =>
        build({...settings, locale, templates}),
      ),
    );
}

const COLOR_SCHEMES = ['light', 'dark', 'auto'];

/**
 * The element's attributes as the embed writes them: only valid values, as includes/attributes.php keeps them (lang
 * and heading-level trimmed, open in its canonical form, contacts as given), so that the plugin's output and this one
 * are the same bytes.
 */
function validHostAttributes({lang, headingLevel, open, crisisCall, crisisText, emergencyCall, colorScheme}) {
  const trimmed = (value) => (given(value) ? String(value).trim() : undefined);
  const openIds = [...attributes.parseOpenSections(given(open) ? open : null, article.SECTION_IDS)];
  const allOpen = given(open) && String(open).toLowerCase().split(/\s+/).includes('all');
  const valid = {
    lang: /^[\w-]{1,35}$/.test(trimmed(lang) ?? '') && locales.matchLocale(lang) ? trimmed(lang) : undefined,
    'heading-level': /^[1-5]$/.test(trimmed(headingLevel) ?? '') ? trimmed(headingLevel) : undefined,
    open: allOpen ? 'all' : article.SECTION_IDS.filter((id) => openIds.includes(id)).join(' ') || undefined,
    'crisis-call': given(crisisCall) && contactLink('crisis-call', crisisCall, 'tel') ? crisisCall : undefined,
    'crisis-text': given(crisisText) && contactLink('crisis-text', crisisText, 'sms') ? crisisText : undefined,
    'emergency-call':
      given(emergencyCall) && contactLink('emergency-call', emergencyCall, 'tel', ['tel:']) ? emergencyCall : undefined,
    'color-scheme': COLOR_SCHEMES.includes(colorScheme) ? colorScheme : undefined,
  };
  if (given(colorScheme) && !valid['color-scheme']) {
    console.warn(
      `<ketamine-explainer>: color-scheme=${JSON.stringify(colorScheme)} is not light, dark or auto; using auto.`,
    );
  }
  return Object.entries(valid).filter(([, value]) => value !== undefined);
}

function build({
  locale,
  templates,
  headingLevel,
  open,
  crisisCall,
  crisisText,
  emergencyCall,
  colorScheme,
  languagePicker,
  baseUrl,
  integrity,
  lang,
}) {
  const level = attributes.parseHeadingLevel(given(headingLevel) ? headingLevel : null);
  const scheme = COLOR_SCHEMES.includes(colorScheme) ? colorScheme : 'auto';
  // As the element chooses its crisis notice: the clinic's contacts, else the US ones as true in the language.
  const contacts =
    crisisCall || crisisText || emergencyCall
      ? clinicCrisis.clinicCrisisContacts(crisisCall ?? null, crisisText ?? null, emergencyCall ?? null)
      : undefined;
  const crisis =
    (contacts && clinicCrisis.clinicCrisisNotice(contacts)) ??
    (templates ? notes.usCrisisNoticeIn(locale) : article.crisisNotice());
  const openIds = attributes.parseOpenSections(given(open) ? open : null, article.SECTION_IDS);

  const controls = el(
    'div',
    {class: 'controls placeholder', part: 'controls'},
    el('button', {type: 'button', class: 'show-all', part: 'show-all', tabindex: '-1'}, uiText.showAll()),
    el(
      'div',
      {class: 'listen'},
      el('button', {type: 'button', class: 'listen-button primary', part: 'listen', tabindex: '-1'}, uiText.listen()),
    ),
    languagePicker ? languagePickerPlaceholder(locale) : [],
  );
  // The machine-translation line is a Lit template in the widget; its text is the template's one value.
  const note = templates && notes.renderMachineTranslationNote(locale, null);
  const surface = scheme === 'dark' ? 'dark own-surface' : scheme === 'auto' ? 'auto' : '';
  const base = el(
    'section',
    {
      class: `base prerendered ${surface}`.trim(),
      part: 'base',
      lang: locale,
      dir: locales.directionOf(locale),
      'aria-labelledby': 'title',
    },
    opening(level, crisis),
    controls,
    sections(level + 1, []).map((section) => asDetails(section, openIds.has(section.id))),
    el('div', {class: 'cta', part: 'cta'}, el('slot', {name: 'cta'})),
    note?.values
      ? el(
          'p',
          {class: 'translation-note', part: 'translation-note'},
          el(
            'small',
            {},
            note.values.find((value) => typeof value === 'string'),
          ),
        )
      : [],
  );
  const host = validHostAttributes({lang, headingLevel, open, crisisCall, crisisText, emergencyCall, colorScheme})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const link = `<link rel="stylesheet" href="${escapeHtml(`${baseUrl}${STYLESHEET}`)}" integrity="${integrity}" crossorigin="anonymous">`;
  return `<ketamine-explainer${host}${languagePicker ? ' language-picker' : ''}><template shadowrootmode="open">${link}${serializeHtml(base)}</template></ketamine-explainer>\n`;
}

/** The picker's box (its label, and a select showing the current language), to keep the row's width. */
function languagePickerPlaceholder(locale) {
  return el(
    'label',
    {class: 'language'},
    el('span', {}, templatesLabel()),
    locale === 'en' ? [] : el('span', {lang: 'en', dir: 'ltr'}, 'Language'),
    el('select', {part: 'language-picker', tabindex: '-1'}, el('option', {lang: locale}, names.OWN_NAMES[locale])),
  );
}

// The picker's label, the same message as in `language-picker.ts` (a Lit template there).
const templatesLabel = () => msg('Language', {id: 'ui.language'});

const USAGE = `Usage: node scripts/prerender.mjs [options] > embed.html

Writes one prerendered <ketamine-explainer> embed (run \`npm run build\` first: it reads dist/).

  --lang TAG                 language (default en)
  --heading-level 1-5        the title's heading level (default 2)
  --open "all|ids"           sections open at first
  --crisis-call VALUE        a number or URL to call (replaces the US contacts)
  --crisis-text VALUE        a number or URL to text
  --emergency-call VALUE     the emergency number
  --color-scheme light|dark|auto
  --language-picker          show the language picker
  --base-url URL             where your site serves dist/: an http(s) URL or a path (default ${DEFAULT_BASE_URL})
  --help                     this text`;

/** The command line: one line on stderr and exit code 2 for a usage error, never a stack trace. */
async function main() {
  const usageError = (message) => {
    console.error(`prerender: ${message} (see --help)`);
    process.exit(2);
  };
  let values;
  try {
    ({values} = parseArgs({
      options: {
        lang: {type: 'string'},
        'heading-level': {type: 'string'},
        open: {type: 'string'},
        'crisis-call': {type: 'string'},
        'crisis-text': {type: 'string'},
        'emergency-call': {type: 'string'},
        'color-scheme': {type: 'string'},
        'language-picker': {type: 'boolean'},
        'base-url': {type: 'string'},
        help: {type: 'boolean'},
      },
    }));
  } catch (error) {
    usageError(error.message.split('\n')[0]);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const baseUrl = values['base-url'] === undefined ? undefined : normalizedBaseUrl(values['base-url']);
  if (values['base-url'] !== undefined && !baseUrl) {
    usageError(`--base-url ${JSON.stringify(values['base-url'])} is not an http(s) URL or a path`);
  }
  process.stdout.write(
    await prerender({
      lang: values.lang,
      headingLevel: values['heading-level'],
      open: values.open,
      crisisCall: values['crisis-call'],
      crisisText: values['crisis-text'],
      emergencyCall: values['emergency-call'],
      colorScheme: values['color-scheme'],
      languagePicker: values['language-picker'] ?? false,
      baseUrl,
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
