import {expect, waitUntil} from '@open-wc/testing';
import {
  closeHostPages,
  expectCleanRecord,
  explainersRendered,
  languageOf,
  moduleBundle,
  openHostPage,
  sectionButtonsOf,
} from './host-page.js';
import {Dom} from '../../src/markup/dom-contract.js';

describe('end to end: lazily loaded chunks that fail', () => {
  afterEach(closeHostPages);

  it('a translation that answers 404 leaves the widget readable and operable in English, with one warning', async () => {
    const page = await openHostPage({
      lang: 'es',
      scripts: [{src: moduleBundle('fail-404')}],
      body: '<ketamine-explainer></ketamine-explainer><ketamine-explainer></ketamine-explainer>',
    });
    const [element, second] = await explainersRendered(page, 2);
    expect(languageOf(element!)).to.equal('en');
    expect(languageOf(second!)).to.equal('en');
    const button = sectionButtonsOf(element!)[0]!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'opens');
    expect(page.record.warnings.filter((warning) => warning.includes('es translation'))).to.have.length(1);
    expectCleanRecord(page);
  });

  it('a translation that fails with a network error leaves the widget in English, with one warning', async () => {
    const page = await openHostPage({
      lang: 'ja',
      scripts: [{src: moduleBundle('neterror')}],
      body: '<ketamine-explainer></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    expect(languageOf(element!)).to.equal('en');
    expect(page.record.warnings.filter((warning) => warning.includes('ja translation'))).to.have.length(1);
    expectCleanRecord(page);
  });

  it('tries again on the next language change, and then shows the translation', async () => {
    const page = await openHostPage({
      lang: 'de',
      scripts: [{src: moduleBundle(`flaky-${Date.now()}`)}],
      body: '<ketamine-explainer></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    expect(languageOf(element!)).to.equal('en');
    page.document.documentElement.lang = 'de-AT';
    await waitUntil(() => languageOf(element!) === 'de', 'German after the retry', {timeout: 5000});
    expectCleanRecord(page);
  });

  it('a slow translation shows English within 1.5 s, then the translation when it arrives', async () => {
    const page = await openHostPage(
      {
        lang: 'fr',
        scripts: [{src: moduleBundle(`slow-${Date.now()}`)}],
        body: '<ketamine-explainer></ketamine-explainer>',
      },
      {until: 'parsed'},
    );
    await waitUntil(
      () => page.document.querySelector('ketamine-explainer')?.shadowRoot?.querySelector(`.${Dom.Base}`),
      'rendered',
    );
    const element = page.document.querySelector<HTMLElement>('ketamine-explainer')!;
    const base = element.shadowRoot!.querySelector(`.${Dom.Base}`)!;
    expect(base.getAttribute('aria-busy'), 'waiting for French').to.equal('true');
    expect(page.window.getComputedStyle(base).visibility, 'no English to start reading').to.equal('hidden');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(languageOf(element), 'still waiting for French').to.equal('en');
    expect(page.window.getComputedStyle(base).visibility).to.equal('visible');
    await waitUntil(() => languageOf(element) === 'fr', 'French arrives', {timeout: 5000});
  });

  it('opt-in features that fail to load leave the article readable, with one warning', async () => {
    const page = await openHostPage({
      scripts: [{src: moduleBundle('fail-features')}],
      body: '<ketamine-explainer language-picker crisis-call="116 123"></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    expect(sectionButtonsOf(element!)).to.have.length(4);
    expect(element!.shadowRoot!.querySelector(`.${Dom.Intro}`)!.textContent).to.contain('Living with depression');
    // Each update tries the chunk again, but a click is never held up waiting for it.
    const button = sectionButtonsOf(element!)[0]!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'opens without waiting', {timeout: 500});
    expect(page.record.warnings.filter((warning) => warning.includes('opt-in features'))).to.have.length(1);
    expectCleanRecord(page);
  });
});
