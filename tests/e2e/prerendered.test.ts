/**
 * The prerendered embed (scripts/prerender.mjs, dist/prerendered/): the widget's markup in a declarative shadow root,
 * painted before any script, usable without script, and taken over in place by the widget when its script arrives.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {
  STRICT_CSP,
  closeHostPages,
  explainersRendered,
  expectCleanRecord,
  languageOf,
  moduleBundle,
  openHostPage,
  type HostPage,
} from './host-page.js';
import {Dom} from '../../src/markup/dom-contract.js';

/** Where the e2e server serves dist/ (scripts/e2e-middleware.mjs): the embeds' stylesheet URL. */
const BASE_URL = '/e2e-dist/main/';

/** A prerendered embed for these command-line arguments, and what the command wrote to stderr. */
async function prerender(...args: string[]): Promise<{html: string; stderr: string}> {
  const response = await fetch(
    `/e2e-prerender?args=${encodeURIComponent(JSON.stringify(['--base-url', BASE_URL, ...args]))}`,
  );
  return response.json() as Promise<{html: string; stderr: string}>;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The article as shown: what both the prerendered markup and the widget hold, by the DOM contract's names. */
function articleOf(root: ShadowRoot | DocumentFragment) {
  return {
    title: text(root.querySelector(`#${Dom.Title}`)),
    intro: text(root.querySelector(`.${Dom.Intro}`)),
    crisis: text(root.querySelector(`.${Dom.Crisis}`)),
    crisisHeadingId: root.querySelector(`.${Dom.CrisisHeading}`)?.id,
    sections: [...root.querySelectorAll(`.${Dom.Section}`)].map((section) => ({
      id: section.id,
      heading: text(section.querySelector(`.${Dom.ButtonText}`)),
      panel: text(section.querySelector(`.${Dom.Panel}`)),
    })),
    note: text(root.querySelector('.translation-note')),
    base: {
      lang: root.querySelector(`.${Dom.Base}`)?.getAttribute('lang'),
      dir: root.querySelector(`.${Dom.Base}`)?.getAttribute('dir'),
    },
  };
}

const explainerOf = (page: HostPage) => page.document.querySelector('ketamine-explainer')!;
const rootOf = (page: HostPage) => explainerOf(page).shadowRoot!;

/** Adds the module script to a page that so far has only the prerendered markup. */
function loadScript(page: HostPage): void {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = moduleBundle();
  page.document.head.append(script);
}

const upgraded = (page: HostPage) =>
  waitUntil(() => rootOf(page).querySelector(`.${Dom.Section} button.${Dom.Button}`), 'the widget took over', {
    timeout: 8000,
  });

/** Boxes of what must not move, to the pixel. */
const boxes = (page: HostPage) =>
  [
    `#${Dom.Title}`,
    `.${Dom.Intro}`,
    `.${Dom.Crisis}`,
    ...[...rootOf(page).querySelectorAll(`.${Dom.Section}`)].map((s) => `#${s.id}`),
  ].map((selector) => {
    const box = rootOf(page).querySelector(selector)!.getBoundingClientRect();
    return `${selector}: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
  });

describe('end to end: prerendered embed', function () {
  this.timeout(30000);
  afterEach(closeHostPages);

  it('every locale is written, complete in its language, with lang and dir right', async () => {
    const parse = async (locale: string) => {
      const html = await (await fetch(`${BASE_URL}prerendered/${locale}.html`)).text();
      expect(
        html.startsWith(
          `<ketamine-explainer lang="${locale}"><template shadowrootmode="open"><link rel="stylesheet" href="/ketamine-explainer/ketamine-explainer.css" integrity="sha384-`,
        ),
        locale,
      ).to.be.true;
      const template = new DOMParser().parseFromString(html, 'text/html').querySelector('template')!;
      return template.content;
    };
    const english = await parse('en');
    const englishTexts = new Set(
      [...english.querySelectorAll('p, h2, h3, a, button, .button-text, small')].map(text).filter((t) => t.length > 12),
    );
    const locales = [
      'en',
      'es',
      'zh-Hans',
      'zh-Hant',
      'vi',
      'ko',
      'tl',
      'ru',
      'ar',
      'ht',
      'fr',
      'pl',
      'pt-BR',
      'it',
      'de',
      'ja',
      'fa',
    ];
    for (const locale of locales) {
      const content = await parse(locale);
      const article = articleOf(content);
      expect(article.base.lang, locale).to.equal(locale);
      expect(article.base.dir, locale).to.equal(['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr');
      expect(article.sections.length, locale).to.equal(4);
      expect(content.querySelectorAll('details').length).to.equal(4);
      if (locale === 'en') continue;
      expect(article.note, `${locale}: machine-translation line`).not.to.equal('');
      const left = [...content.querySelectorAll('p, h2, h3, a, button, .button-text, small')]
        .filter((element) => element.closest('[lang="en"]') === null)
        .map(text)
        .filter((t) => englishTexts.has(t));
      expect(left, `${locale}: English left`).to.deep.equal([]);
    }
  });

  for (const lang of ['en', 'es', 'ar']) {
    it(`${lang}: the prerendered article equals what the widget renders`, async () => {
      const {html} = await prerender('--lang', lang, '--open', 'ketamine-how-it-helps');
      // As HTML parsed into the page (a long Arabic embed does not fit in the test page's URL).
      const before = await openHostPage({});
      (before.document.body as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(html);
      const prerendered = articleOf(rootOf(before));
      const widget = await openHostPage({
        body: `<ketamine-explainer lang="${lang}" open="ketamine-how-it-helps"></ketamine-explainer>`,
        scripts: [{src: moduleBundle()}],
      });
      const [element] = await explainersRendered(widget);
      expect(prerendered).to.deep.equal(articleOf(element!.shadowRoot!));
      expect(prerendered.title).not.to.equal('');
    });
  }

  it('the command applies its options, and bad values fall back with one warning each, as the element does', async () => {
    const {html, stderr} = await prerender(
      '--lang',
      'de',
      '--heading-level',
      '9',
      '--open',
      'all',
      '--color-scheme',
      'dark',
      '--crisis-call',
      '116 123',
    );
    expect(html).to.match(
      // The invalid heading level is left off the element, as the WordPress plugin leaves it off.
      /^<ketamine-explainer lang="de" open="all" crisis-call="116 123" color-scheme="dark"><template/,
    );
    expect(stderr.trim().split('\n')).to.have.length(1);
    expect(stderr).to.include('heading-level="9" is not a whole number');
    const page = await openHostPage({body: html});
    const root = rootOf(page);
    expect(root.querySelector(`#${Dom.Title}`)!.localName).to.equal('h2');
    expect(root.querySelectorAll('details[open]').length).to.equal(4);
    expect(root.querySelector(`.${Dom.Base}`)!.classList.contains(Dom.Dark)).to.be.true;
    expect(text(root.querySelector(`.${Dom.Crisis}`))).to.include('116 123');
  });

  it('without JavaScript (sandboxed, no allow-scripts): sections open natively, closed text is in <details>, print shows all', async () => {
    const {html} = await prerender('--lang', 'es');
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    frame.src = `/e2e/page?config=${encodeURIComponent(JSON.stringify({body: html, scripts: [{src: moduleBundle()}]}))}`;
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, {once: true});
      document.body.append(frame);
    });
    try {
      const root = frame.contentDocument!.querySelector('ketamine-explainer')!.shadowRoot!;
      expect(root, 'the declarative shadow root parsed').to.exist;
      // The stylesheet applies: the title has the widget's size, the controls row keeps its place but is invisible.
      await waitUntil(
        () => frame.contentWindow!.getComputedStyle(root.querySelector('.controls')!).visibility === 'hidden',
        'styled',
      );
      expect(root.querySelector('.controls button')!.getBoundingClientRect().height).to.be.greaterThan(30);
      const details = [...root.querySelectorAll('details')];
      expect(details.map((d) => d.open)).to.deep.equal([false, false, false, false]);
      expect(text(details[1]!.querySelector('.panel'))).to.include('glutamato');
      expect(details[1]!.querySelector('.panel')!.checkVisibility()).to.be.false;
      details[1]!.querySelector('summary')!.click();
      expect(details[1]!.open).to.be.true;
      expect(details[1]!.querySelector('.panel')!.checkVisibility()).to.be.true;
      // Nothing upgraded: the script did not run.
      expect(root.querySelector('button.button')).to.equal(null);
      const printed = await executeServerCommand<boolean, unknown>('emulate-media-where-supported', {media: 'print'});
      if (printed) {
        try {
          expect(details[2]!.open).to.be.false;
          expect(
            details[2]!.querySelector('.panel')!.getBoundingClientRect().height,
            'a closed section in print',
          ).to.be.greaterThan(0);
        } finally {
          await executeServerCommand('emulate-media-where-supported', {media: ''});
        }
      }
    } finally {
      frame.remove();
    }
  });

  it('under the strict CSP: no violation before or after the upgrade', async () => {
    // The translation arrives after 3 s (scripts/e2e-middleware.mjs): until then the prerendered markup is what shows.
    const {html} = await prerender('--lang', 'es', '--language-picker', '--base-url', '/e2e-dist/slow-csp/');
    const page = await openHostPage(
      {body: html, csp: STRICT_CSP, scripts: [{src: moduleBundle('slow-csp'), at: 'bodyEnd'}]},
      {until: 'parsed'},
    );
    await waitUntil(
      () => page.window.getComputedStyle(rootOf(page).querySelector('.controls')!).visibility === 'hidden',
      'styled',
    );
    expect(rootOf(page).querySelector('details'), 'not upgraded yet').to.exist;
    expectCleanRecord(page);
    await upgraded(page);
    await explainersRendered(page);
    expectCleanRecord(page);
    expect(page.record.warnings).to.deep.equal([]);
  });

  it('upgrades in place: no shift, one copy of everything, the widget ARIA, opened sections and focus kept', async () => {
    const {html} = await prerender('--lang', 'es', '--open', 'ketamine-what-is-it');
    const page = await openHostPage({
      body: html,
      // Chromium reports layout shifts; the other engines are checked by the boxes below.
      head: `<script>window.__shifts = []; try { new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => ({value: e.value, time: e.startTime, input: e.hadRecentInput})))).observe({type: 'layout-shift', buffered: true}); } catch {}</script>`,
    });
    const root = rootOf(page);
    await waitUntil(
      () => page.window.getComputedStyle(root.querySelector('.controls')!).visibility === 'hidden',
      'styled',
    );
    // The reader opens a section and closes the one `open` named, before the script arrives.
    const summary = root.querySelector<HTMLElement>('#ketamine-next-steps-button')!;
    summary.focus();
    summary.click();
    root.querySelector<HTMLElement>('#ketamine-what-is-it-button')!.click();
    summary.focus();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const before = boxes(page);
    const start = page.window.performance.now();
    loadScript(page);
    await upgraded(page);
    await explainersRendered(page);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(boxes(page)).to.deep.equal(before);
    const shifts = (page.window as unknown as {__shifts: {value: number; time: number}[]}).__shifts;
    const shift = shifts.filter(({time}) => time >= start).reduce((sum, {value}) => sum + value, 0);
    expect(shift, 'cumulative layout shift of the upgrade').to.be.lessThan(0.01);
    // One copy of everything, with the widget's ARIA.
    expect(root.querySelectorAll('details, link, .placeholder').length).to.equal(0);
    expect(root.querySelectorAll(`#${Dom.Title}`).length).to.equal(1);
    expect(root.querySelectorAll(`.${Dom.Crisis}`).length).to.equal(1);
    const buttons = [...root.querySelectorAll(`.${Dom.Section} button.${Dom.Button}`)];
    expect(buttons.map((b) => `${b.id}=${b.getAttribute('aria-expanded')}`)).to.deep.equal([
      'ketamine-what-is-it-button=false',
      'ketamine-how-it-helps-button=false',
      'ketamine-is-it-right-for-me-button=false',
      'ketamine-next-steps-button=true',
    ]);
    expect(root.activeElement?.id).to.equal('ketamine-next-steps-button');
    expect(languageOf(explainerOf(page))).to.equal('es');
    expect(root.querySelector('.controls button')!.textContent).to.include('Mostrar');
  });

  it('paints before it upgrades: the frame after the script arrives still shows the prerendered article', async () => {
    // Fifty embeds upgraded before the first paint would hold the page's text back by their upgrades (docs/performance.md).
    const {html} = await prerender('--lang', 'en');
    const page = await openHostPage({body: html});
    const root = rootOf(page);
    await waitUntil(() => root.querySelector('link')?.sheet, 'styled');
    loadScript(page);
    await page.window.customElements.whenDefined('ketamine-explainer');
    // English needs nothing loaded, so only the deferral to after a paint keeps the upgrade out of this frame.
    const nextFrameShows = await new Promise((resolve) =>
      page.window.requestAnimationFrame(() => resolve(root.querySelector('details') ? 'prerendered' : 'upgraded')),
    );
    expect(nextFrameShows).to.equal('prerendered');
    await upgraded(page);
    expect(root.querySelectorAll('details, link').length).to.equal(0);
  });

  it('stays visible while its translation loads (no hiding), then takes over in its language, and switches as usual', async () => {
    const {html} = await prerender('--lang', 'es', '--base-url', '/e2e-dist/slow-prerendered/');
    const page = await openHostPage(
      {body: html, scripts: [{src: moduleBundle('slow-prerendered')}]},
      {until: 'parsed'},
    );
    const root = rootOf(page);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    // Past the widget's 1.5 s cap, the translation still on its way: the prerendered Spanish stays, visible.
    expect(root.querySelector('details')).to.exist;
    expect(page.window.getComputedStyle(root.querySelector(`.${Dom.Base}`)!).visibility).to.equal('visible');
    await upgraded(page);
    expect(languageOf(explainerOf(page))).to.equal('es');
    expect(text(root.querySelector(`#${Dom.Title}`))).to.equal('Ketamina para la depresión');
    explainerOf(page).setAttribute('lang', 'ja');
    await waitUntil(() => languageOf(explainerOf(page)) === 'ja', 'switched to Japanese', {timeout: 8000});
  });

  it('the stylesheet link carries the hash of dist/integrity.json, in CORS mode (SRI needs it cross-origin)', async () => {
    const {html} = await prerender();
    const link = new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelector('template')!
      .content.querySelector('link')!;
    const integrity = (await (await fetch(`${BASE_URL}integrity.json`)).json()) as Record<string, string>;
    expect(link.getAttribute('integrity')).to.equal(integrity['ketamine-explainer.css']);
    expect(link.getAttribute('crossorigin')).to.equal('anonymous');
  });
});
