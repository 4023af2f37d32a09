// The plugin's server-side renderer (PHP, run with php-cli) against prerender() (scripts/prerender.mjs), byte for
// byte, for every locale and a matrix of attributes: what a WordPress page holds is exactly the prerendered embed the
// rest of the project tests in three browsers. Needs `npm run build` (dist/wordpress/) and php-cli.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {LOCALE_CODES, prerender} from '../../scripts/prerender.mjs';

const PLUGIN = 'dist/wordpress/ketamine-explainer';
const BASE = 'http://127.0.0.1:8741/wp-content/plugins/ketamine-explainer/assets/';

/** The plugin's HTML for each case ({input, pageLocale}). */
function php(cases) {
  const request = {plugin: PLUGIN, cases: cases.map((c) => ({baseUrl: BASE, pageLocale: 'en_US', ...c}))};
  return JSON.parse(execFileSync('php', ['tests/wordpress/render-cli.php'], {input: JSON.stringify(request)}));
}

/** prerender() for the same options, with attributes it does not render (last-reviewed, remember) on the host. */
async function expected(options, extraHost = '') {
  const embed = await prerender({baseUrl: BASE, ...options});
  return embed.replace('><template', `${extraHost}><template`);
}

const ALL = 'ketamine-what-is-it ketamine-how-it-helps ketamine-is-it-right-for-me ketamine-next-steps';

// [name, shortcode-style input, prerender options, extra host attributes]
const CASES = [
  ...LOCALE_CODES.map((lang) => [`${lang}, defaults`, {lang}, {lang}]),
  ['heading level 3', {lang: 'en', 'heading-level': '3'}, {lang: 'en', headingLevel: '3'}],
  ['heading level 5, Arabic', {lang: 'ar', 'heading-level': '5'}, {lang: 'ar', headingLevel: '5'}],
  ['heading level 1', {lang: 'de', 'heading-level': '1'}, {lang: 'de', headingLevel: '1'}],
  ['open all', {lang: 'es', open: 'all'}, {lang: 'es', open: 'all'}],
  [
    'open two ids',
    {lang: 'fr', open: 'ketamine-how-it-helps ketamine-next-steps'},
    {lang: 'fr', open: 'ketamine-how-it-helps ketamine-next-steps'},
  ],
  ['open every id', {lang: 'en', open: ALL}, {lang: 'en', open: ALL}],
  ['dark', {lang: 'ja', 'color-scheme': 'dark'}, {lang: 'ja', colorScheme: 'dark'}],
  ['light', {lang: 'en', 'color-scheme': 'light'}, {lang: 'en', colorScheme: 'light'}],
  ['auto, given', {lang: 'en', 'color-scheme': 'auto'}, {lang: 'en', colorScheme: 'auto'}],
  ['picker, Persian', {lang: 'fa', 'language-picker': ''}, {lang: 'fa', languagePicker: true}],
  ['picker, English', {lang: 'en', 'language-picker': 'true'}, {lang: 'en', languagePicker: true}],
  [
    'UK contacts with an sms body, Spanish',
    {lang: 'es', 'crisis-call': '116 123', 'crisis-text': 'sms:85258?body=SHOUT', 'emergency-call': '999'},
    {lang: 'es', crisisCall: '116 123', crisisText: 'sms:85258?body=SHOUT', emergencyCall: '999'},
  ],
  [
    'only an emergency number, Arabic',
    {lang: 'ar', 'emergency-call': 'tel:112'},
    {lang: 'ar', emergencyCall: 'tel:112'},
  ],
  ['only a text line', {lang: 'ko', 'crisis-text': '741741'}, {lang: 'ko', crisisText: '741741'}],
  [
    'web and e-mail contacts',
    {lang: 'en', 'crisis-call': 'https://WWW.Samaritans.org', 'crisis-text': 'mailto:jo@samaritans.org'},
    {lang: 'en', crisisCall: 'https://WWW.Samaritans.org', crisisText: 'mailto:jo@samaritans.org'},
  ],
  [
    'contacts needing escapes and trimming',
    {
      lang: 'vi',
      'crisis-call': 'tel:+44 116\u00a0123;ext=2',
      'crisis-text': 'sms:85258?body=A&B "x" <y>',
      'emergency-call': ' 9\u200b99 ',
    },
    {
      lang: 'vi',
      crisisCall: 'tel:+44 116\u00a0123;ext=2',
      crisisText: 'sms:85258?body=A&B "x" <y>',
      emergencyCall: ' 9\u200b99 ',
    },
  ],
  [
    'an entity in a web contact stays an entity (a raw & once made it a link to evil.example)',
    {
      lang: 'en',
      'crisis-call': 'https://clinic.example&commat;evil.example/help',
      'crisis-text': 'sms:741741?a=1&amp;b',
    },
    {lang: 'en', crisisCall: 'https://clinic.example&commat;evil.example/help', crisisText: 'sms:741741?a=1&amp;b'},
  ],
  [
    'https with a port and a path',
    {lang: 'pl', 'crisis-call': 'https://help.example:8443/uk?x=1'},
    {lang: 'pl', crisisCall: 'https://help.example:8443/uk?x=1'},
  ],
  // The audit's cases: shown as the element shows them (visible form only), rejected values dropped.
  [
    'format characters and a tab in contacts: the visible number, the number dialled',
    {lang: 'en', 'crisis-call': '\u202E119', 'crisis-text': 'sms:\u200B741\u202E741', 'emergency-call': 'tel:\t112'},
    {lang: 'en', crisisCall: '\u202E119', crisisText: 'sms:\u200B741\u202E741', emergencyCall: 'tel:\t112'},
  ],
  [
    'a contact that is only a fragment is rejected: the default notice',
    {lang: 'en', 'crisis-call': 'tel:#The crisis line is closed, do not call 988'},
    {lang: 'en', crisisCall: 'tel:#The crisis line is closed, do not call 988'},
  ],
  [
    'line breaks and a fragment after a number',
    {lang: 'fr', 'crisis-call': 'tel:3114\n#x', 'crisis-text': 'sms:114?body=A#b', 'emergency-call': 'tel:1\r12'},
    {lang: 'fr', crisisCall: 'tel:3114\n#x', crisisText: 'sms:114?body=A#b', emergencyCall: 'tel:1\r12'},
  ],
  ['a regional tag', {lang: 'es-MX'}, {lang: 'es-MX'}],
  ['an alias', {lang: 'fil'}, {lang: 'fil'}],
  [
    'everything at once',
    {
      lang: 'zh-Hant',
      'heading-level': '4',
      open: 'ketamine-is-it-right-for-me',
      'crisis-call': '1925',
      'crisis-text': 'sms:1995?body=HELP',
      'emergency-call': '110',
      'color-scheme': 'dark',
      'language-picker': '',
      'last-reviewed': '2026-10-01',
      remember: '',
    },
    {
      lang: 'zh-Hant',
      headingLevel: '4',
      open: 'ketamine-is-it-right-for-me',
      crisisCall: '1925',
      crisisText: 'sms:1995?body=HELP',
      emergencyCall: '110',
      colorScheme: 'dark',
      languagePicker: true,
    },
    ' last-reviewed="2026-10-01" remember',
  ],
  // Invalid values are dropped: the default embed, following the page's language (en_US here), so without lang.
  [
    'bad values fall back to the defaults',
    {
      lang: 'xx',
      'heading-level': '7',
      open: 'nope',
      'crisis-call': 'javascript:alert(1)',
      'crisis-text': '<b>',
      'emergency-call': 'https://x.example',
      'color-scheme': 'purple',
      'language-picker': 'no',
      'last-reviewed': '2026-02-30',
      remember: 'maybe',
    },
    'follow the page',
  ],
  ['a heading level with junk', {lang: 'en', 'heading-level': '3; x'}, {lang: 'en'}],
];

test('the PHP renderer writes exactly what prerender() writes', async () => {
  const got = php(CASES.map(([, input]) => ({input})));
  for (const [index, [name, , options, extra]] of CASES.entries()) {
    const want =
      options === 'follow the page'
        ? (await expected({})).replace(' lang="en"><template', '><template')
        : await expected(options, extra);
    assert.equal(got[index], want, name);
  }
});

test('"Follow the page": the WordPress locale picks the prerendered language, and the element has no lang', async () => {
  const pages = [
    ['es_ES', 'es'],
    ['pt_BR', 'pt-BR'],
    ['pt_PT', 'pt-BR'],
    ['zh_CN', 'zh-Hans'],
    ['zh_TW', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['fr_CA', 'fr'],
    ['en_GB', 'en'],
    ['nl_NL', 'en'], // a language the explainer does not have: English, as the element falls back
  ];
  const got = php(pages.map(([pageLocale]) => ({input: {}, pageLocale})));
  for (const [index, [pageLocale, locale]] of pages.entries()) {
    const withLang = await expected({lang: locale});
    assert.equal(got[index], withLang.replace(` lang="${locale}"><template`, '><template'), pageLocale);
  }
});

test('a web contact PHP cannot normalise as a browser would: the prerendered article, the link as written', () => {
  const [html] = php([{input: {lang: 'en', 'crisis-call': 'https://exämple.org/', 'emergency-call': '999'}}]);
  assert.match(
    html,
    /^<ketamine-explainer lang="en" crisis-call="https:\/\/exämple.org\/" emergency-call="999"><template/,
  );
  assert.ok(html.includes('<a href="https://exämple.org/">Visit <bdi dir="ltr">exämple.org</bdi></a>'), html);
  assert.ok(html.includes('<a href="tel:999">Call <bdi dir="ltr">999</bdi></a>'), html);
  assert.ok(html.includes('id="ketamine-next-steps"'), 'the article is there for readers without JavaScript');
});
