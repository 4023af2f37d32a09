// The WordPress plugin's per-locale templates: each locale's prerendered embed (scripts/prerender.mjs) with
// placeholders where the element's attributes change the markup, for the plugin's PHP to fill (includes/render.php).
// Each placeholder is found by rendering the embed twice, with and without the option, and checked to be the only
// difference; tests/wordpress/render.test.mjs checks that the PHP fills them byte for byte as prerender() would.
import {parseHTML} from 'linkedom';
import {prerender, LOCALE_CODES} from './prerender.mjs';

const lib = (path) => import(new URL(`../dist/lib/${path}`, import.meta.url).href);
const [{renderInLocale}, {clinicCrisisNotice}] = await Promise.all([
  lib('i18n/msg-runtime.js'),
  lib('opt-in/clinic-crisis.js'),
]);

export const PLACEHOLDER = (name) => `{{kx:${name}}}`;
const BASE_URL = '\uE000'; // Never in the markup: replaced by the plugin's assets URL.
const SECTION_IDS = [
  'ketamine-what-is-it',
  'ketamine-how-it-helps',
  'ketamine-is-it-right-for-me',
  'ketamine-next-steps',
];

/** Replaces `from` by `to` in `text`, requiring exactly `count` occurrences (so a changed markup fails the build). */
function replaceExactly(text, from, to, count = 1) {
  const found = text.split(from).length - 1;
  if (found !== count) throw new Error(`wordpress templates: expected ${count}× ${from}, found ${found}`);
  return text.split(from).join(to);
}

/** What `withOption` adds to `without`, and where; throws unless it is one insertion. */
function insertion(without, withOption) {
  let start = 0;
  while (without[start] === withOption[start]) start++;
  let end = 0;
  while (end < without.length - start && without.at(-1 - end) === withOption.at(-1 - end)) end++;
  if (start + end !== without.length) throw new Error('wordpress templates: an option changes more than one place');
  let inserted = withOption.slice(start, withOption.length - end);
  // The same insertion, moved back to just after a tag (`</div>` before `<label…` shares its `<`), for readability.
  while (start > 0 && without[start - 1] !== '>' && without[start - 1] === inserted.at(-1)) {
    inserted = without[start - 1] + inserted.slice(0, -1);
    start--;
  }
  return {at: start, inserted};
}

const {document} = parseHTML('<!doctype html><html><body></body></html>');
/** Text as the prerendered markup writes it (linkedom's serialisation). */
const asText = (text) => {
  const p = document.createElement('p');
  p.append(text);
  return p.innerHTML;
};

/** A translated sentence around a contact: [before, after] as markup ({@link clinicCrisisNotice}'s `bdi` between). */
const around = ([before, , after]) => [asText(before), asText(after)];

/** The clinic crisis notice's sentences in `locale`. */
async function crisisLabels(locale) {
  const {templates} =
    locale === 'en' ? {} : await import(new URL(`../dist/lib/generated/locales/${locale}.js`, import.meta.url).href);
  const link = (kind) => ({href: '', kind, shown: ''});
  return renderInLocale(templates, () => {
    const phones = clinicCrisisNotice({call: link('call'), text: link('text'), emergency: link('call')});
    const others = clinicCrisisNotice({call: link('web'), text: link('email')});
    return {
      emergency: around(phones.paragraphs[0]),
      reachOut: asText(phones.paragraphs[1]),
      call: around(phones.links[0].label),
      text: around(phones.links[1].label),
      web: around(others.links[0].label),
      email: around(others.links[1].label),
    };
  });
}

/** One locale's template: {body, openAttribute, picker, usCrisis, labels}. */
export async function localeTemplate(lang) {
  // The shadow root only: the plugin writes the element's own attributes itself (includes/render.php).
  const render = async (options) => {
    const embed = await prerender({lang, baseUrl: BASE_URL, ...options});
    return embed.slice(embed.indexOf('<template'));
  };
  const plain = await render({});
  // Where the picker and each section's `open` go: options that insert markup, placed in the plain embed.
  const variants = [[PLACEHOLDER('picker'), {languagePicker: true}]];
  for (const id of SECTION_IDS) variants.push([PLACEHOLDER(`open:${id}`), {open: id}]);
  const inserts = [];
  for (const [placeholder, option] of variants) inserts.push({placeholder, ...insertion(plain, await render(option))});
  const [picker, ...opens] = inserts;
  const openAttribute = opens[0].inserted;
  if (opens.some(({inserted}) => inserted !== openAttribute)) throw new Error('wordpress templates: open differs');
  let body = plain;
  for (const {placeholder, at} of inserts.sort((a, b) => b.at - a.at))
    body = body.slice(0, at) + placeholder + body.slice(at);
  body = replaceExactly(body, `href="${BASE_URL}`, `href="${PLACEHOLDER('base')}`);
  body = replaceExactly(body, 'class="base prerendered auto"', `class="base prerendered${PLACEHOLDER('surface')}"`);
  // Title at level 2, the crisis heading and the four section headings one below.
  for (const [level, name, count] of [
    [2, 'title', 1],
    [3, 'sections', 5],
  ]) {
    body = replaceExactly(body, `<h${level} `, `<h${PLACEHOLDER(name)} `, count);
    body = replaceExactly(body, `</h${level}>`, `</h${PLACEHOLDER(name)}>`, count);
  }
  const slotStart = body.indexOf('<slot name="crisis-contacts">') + '<slot name="crisis-contacts">'.length;
  const slotEnd = body.indexOf('</slot>', slotStart);
  const usCrisis = body.slice(slotStart, slotEnd);
  body = body.slice(0, slotStart) + PLACEHOLDER('crisis') + body.slice(slotEnd);
  return {body, openAttribute, picker: picker.inserted, usCrisis, labels: await crisisLabels(lang)};
}

export {LOCALE_CODES};
