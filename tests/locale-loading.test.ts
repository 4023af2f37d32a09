// Its own test file, so that it runs in a fresh page where no translation has been loaded yet.
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {LOCALES, type TargetLocale} from '../src/i18n/locales.js';
import {
  base,
  captureWarnings,
  isShown,
  renderExplainer,
  sectionButtons,
  shadow,
  shows,
  visibleText,
} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

describe('loading translations', () => {
  it('keeps the English text invisible while the first translation loads, so it never flashes', async () => {
    const loadSpanish = LOCALES.es.loader;
    let release: () => void = () => {};
    LOCALES.es.loader = () => new Promise((resolve) => (release = () => resolve(loadSpanish())));
    try {
      const element = await renderExplainer({lang: 'es'});
      expect(base(element).getAttribute('aria-busy')).to.equal('true');
      expect(getComputedStyle(base(element)).visibility).to.equal('hidden');
      release();
      await shows(element, 'es');
      expect(getComputedStyle(base(element)).visibility).to.equal('visible');
    } finally {
      LOCALES.es.loader = loadSpanish;
    }
  });

  it('shows the English text after 1.5 s if the translation is still loading', async () => {
    const loadItalian = LOCALES.it.loader;
    LOCALES.it.loader = () => new Promise(() => {});
    try {
      const element = await renderExplainer({lang: 'it'});
      expect(getComputedStyle(base(element)).visibility).to.equal('hidden');
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect(getComputedStyle(base(element)).visibility).to.equal('visible');
      expect(base(element).lang).to.equal('en');
    } finally {
      LOCALES.it.loader = loadItalian;
    }
  });

  it('downloads only the language in use', async () => {
    const asked: string[] = [];
    const targets = Object.keys(LOCALES).filter((locale) => locale !== 'en') as TargetLocale[];
    const originals = targets.map((locale) => LOCALES[locale].loader);
    targets.forEach((locale, index) => {
      LOCALES[locale].loader = () => {
        asked.push(locale);
        return originals[index]!();
      };
    });
    try {
      const element = await renderExplainer({lang: 'ko'});
      await shows(element, 'ko');
      expect(asked).to.deep.equal(['ko']);
    } finally {
      targets.forEach((locale, index) => (LOCALES[locale].loader = originals[index]!));
    }
  });

  it('stays readable in English marked lang="en", warns once, rejects nothing, and retries on the next change', async () => {
    const loadGerman = LOCALES.de.loader;
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    LOCALES.de.loader = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      const element = document.createElement('ketamine-explainer');
      element.lang = 'de';
      wrapper.append(element);
      await shows(element, 'en');
      expect(isShown(shadow(element).querySelector(`.${Dom.Intro}`)!)).to.be.true;
      expect(visibleText(shadow(element).querySelector(`.${Dom.Title}`))).to.equal('Ketamine for depression');
      sectionButtons(element)[0]!.click();
      await element.updateComplete;
      expect(sectionButtons(element)[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(warnings.messages.filter((message) => message.includes('de translation'))).to.have.length(1);

      LOCALES.de.loader = loadGerman;
      element.setAttribute('lang', 'de');
      await shows(element, 'de');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      warnings.restore();
      LOCALES.de.loader = loadGerman;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
