/**
 * The widget's colours fit the page it is actually on: every combination of host page, reader's light or dark setting
 * and `color-scheme` attribute, measured as contrast ratios (WCAG 2.2 AA: 4.5:1 text, 3:1 focus ring) against what is
 * painted behind, for the most safety-critical links we show: the crisis links, built-in and the clinic's own.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {closeHostPages, explainersRendered, moduleBundle, openHostPage, type HostPage} from './host-page.js';
import {outlineContrast, textContrast} from '../contrast.js';
import {Dom} from '../../src/markup/dom-contract.js';

type Scheme = 'light' | 'dark';

/** What a clinic's site looks like. The page's own links are readable on its own background. */
const HOST_PAGES: Record<string, string> = {
  'a dark page': '<style>body { background: #121417; color: #e6e6e6 } a { color: #7cc4ff }</style>',
  'a light page': '<style>body { background: #ffffff; color: #1d2733 } a { color: #0b5cab }</style>',
  'a page declaring only dark (meta), with no colours': '<meta name="color-scheme" content="dark">',
  'a bare page, no colours and no declared scheme': '',
};

/**
 * Chromium emulates the reader's setting for real. Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot: there the
 * page answers `matchMedia('(prefers-color-scheme: …)')`, which is how the widget reads the setting, as the
 * emulated setting would. So in those two engines this tests the effect of the setting on the widget's choice.
 */
async function readerSetting(scheme: Scheme): Promise<string> {
  const emulated = await executeServerCommand<boolean, unknown>('emulate-media-where-supported', {
    features: [{name: 'prefers-color-scheme', value: scheme}],
  });
  if (emulated) return '';
  return `<script>{
    const real = window.matchMedia.bind(window);
    window.matchMedia = (query) => /prefers-color-scheme/.test(query)
      ? Object.assign(new EventTarget(), {media: query, matches: query.includes('${scheme}'), addListener() {}, removeListener() {}})
      : real(query);
  }</script>`;
}

const WIDGETS = (attribute: string) => `
  <button id="before">before</button>
  <ketamine-explainer ${attribute} open="all">
    <p slot="cta">Ready when you are: <a href="/book">book a consultation</a></p>
    <details id="ketamine-cost"><summary>Cost</summary><p>See <a href="/prices">our prices</a>.</p></details>
  </ketamine-explainer>
  <ketamine-explainer ${attribute}>
    <div slot="crisis-contacts"><p>Samaritans: <a href="tel:116123">call 116 123</a></p></div>
  </ketamine-explainer>`;

async function focusRingContrast(page: HostPage, element: HTMLElement): Promise<number> {
  page.window.focus();
  page.document.getElementById('before')!.focus();
  await sendKeys({press: 'Tab'});
  const focused = element.shadowRoot!.activeElement!;
  expect(focused, 'Tab enters the widget').to.exist;
  expect(page.window.getComputedStyle(focused).outlineStyle).not.to.equal('none');
  return outlineContrast(focused);
}

describe('end to end: colours that fit the page', () => {
  afterEach(async () => {
    closeHostPages();
    await executeServerCommand('emulate-media-where-supported', {features: []});
  });

  for (const [pageName, pageStyle] of Object.entries(HOST_PAGES)) {
    for (const os of ['light', 'dark'] as const) {
      for (const attribute of ['', 'color-scheme="light"', 'color-scheme="dark"']) {
        it(`on ${pageName}, reader in ${os} mode, ${attribute || 'no color-scheme'}: text, links and focus meet AA`, async () => {
          const page = await openHostPage({
            head: (await readerSetting(os)) + pageStyle,
            scripts: [{src: moduleBundle()}],
            body: WIDGETS(attribute),
          });
          const [article, crisis] = await explainersRendered(page, 2);
          const price = page.document.querySelector<HTMLElement>('a[href="/prices"]')!;
          await waitUntil(() => price.getBoundingClientRect().height > 0, 'the clinic section is open');

          const measured = {
            'intro text': textContrast(article!.shadowRoot!.querySelector(`.${Dom.Intro}`)!),
            'built-in crisis link': textContrast(article!.shadowRoot!.querySelector(`.${Dom.Crisis} a`)!),
            'slotted crisis link': textContrast(crisis!.querySelector('a')!),
            'slotted crisis text': textContrast(crisis!.querySelector('p')!),
            'slotted cta link': textContrast(article!.querySelector('[slot="cta"] a')!),
            'slotted cta text': textContrast(article!.querySelector('[slot="cta"]')!),
            'link in a clinic section': textContrast(price),
            'text in a clinic section': textContrast(price.parentElement!),
          };
          for (const [what, ratio] of Object.entries(measured)) {
            expect(ratio, `${what}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
          }
          const ring = await focusRingContrast(page, article!);
          expect(ring, `focus ring: ${ring.toFixed(2)}:1`).to.be.at.least(3);
        });
      }
    }
  }

  it('follows the site’s own theme switch (a class on <html>) while on the page', async () => {
    const page = await openHostPage({
      head: (await readerSetting('light')) + '<style>html.dark body { background: #121417; color: #e6e6e6 }</style>',
      scripts: [{src: moduleBundle()}],
      body: '<ketamine-explainer></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    const crisisLink = element!.shadowRoot!.querySelector(`.${Dom.Crisis} a`)!;
    expect(textContrast(crisisLink), 'light site').to.be.at.least(4.5);
    page.document.documentElement.classList.add('dark');
    await waitUntil(() => textContrast(crisisLink) >= 4.5, 'the crisis link contrasts with the dark site');
  });
});
