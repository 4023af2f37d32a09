import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import {allLocales, matchLocale} from '../src/locale-match.js';
import {LANGUAGE_NAMES} from '../src/language-names.js';
import {
  base,
  captureWarnings,
  renderExplainer,
  sectionButtons,
  shadow,
  shows,
  visibleText,
  type Explainer,
} from './helpers.js';

/** Every text a reader sees, by role, so that each can be compared with the English one. */
function texts(element: Explainer): Record<string, string> {
  const root = shadow(element);
  const result: Record<string, string> = {
    title: visibleText(root.querySelector('.title')),
    intro: visibleText(root.querySelector('.intro')),
    showAll: visibleText(root.querySelector('.show-all')),
    language: visibleText(root.querySelector('.language span')),
    crisisHeading: visibleText(root.querySelector('.crisis-heading')),
  };
  root.querySelectorAll('.section').forEach((section) => {
    result[`${section.id} heading`] = visibleText(section.querySelector('.button-text'));
    section.querySelectorAll('.panel p').forEach((paragraph, index) => {
      result[`${section.id} p${index + 1}`] = visibleText(paragraph);
    });
  });
  root
    .querySelectorAll('.crisis p')
    .forEach((paragraph, index) => (result[`crisis p${index + 1}`] = visibleText(paragraph)));
  root.querySelectorAll('.crisis a').forEach((link, index) => (result[`crisis link${index + 1}`] = visibleText(link)));
  return result;
}

function setNavigatorLanguages(languages: string[] | undefined): void {
  if (languages) Object.defineProperty(navigator, 'languages', {get: () => languages, configurable: true});
  else delete (navigator as unknown as {languages?: string[]}).languages;
}

describe('localization', () => {
  let english: Record<string, string>;

  before(async () => {
    english = texts(await renderExplainer({lang: 'en', open: 'all', 'language-picker': ''}));
  });

  for (const locale of allLocales.filter((code) => code !== 'en')) {
    describe(`${locale} (${LANGUAGE_NAMES[locale]})`, () => {
      it('translates every heading, paragraph, button and label', async () => {
        const element = await renderExplainer({lang: locale, open: 'all', 'language-picker': ''});
        await shows(element, locale);
        const translated = texts(element);
        expect(Object.keys(translated)).to.deep.equal(Object.keys(english));
        for (const [key, text] of Object.entries(translated)) {
          expect(text, `${key} is empty`).not.to.equal('');
          // Link labels keep the digits, so they are compared without them.
          const strip = (value: string) => value.replace(/\d+/g, '').trim();
          expect(strip(text), `${key} is still English`).not.to.equal(strip(english[key]!));
        }
        const crisisLinks = [...shadow(element).querySelectorAll('.crisis a')].map((link) => link.getAttribute('href'));
        expect(crisisLinks, 'the crisis links work in every language').to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
      });

      it(`marks the content lang="${locale}" and dir="${['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr'}"`, async () => {
        const element = await renderExplainer({lang: locale});
        await shows(element, locale);
        expect(base(element).getAttribute('lang')).to.equal(locale);
        expect(base(element).getAttribute('dir')).to.equal(['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr');
        expect(getComputedStyle(base(element)).direction).to.equal(['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr');
      });

      it('passes axe collapsed and expanded', async () => {
        const element = await renderExplainer({lang: locale, 'language-picker': ''});
        await shows(element, locale);
        await expect(element).to.be.accessible();
        element.open = 'all';
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    });
  }

  describe('matching language tags', () => {
    const cases: [string, string | undefined][] = [
      ['es-MX', 'es'],
      ['ES', 'es'],
      ['pt-BR', 'pt'],
      ['pt_PT', 'pt'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant-CN', 'zh-Hant'],
      ['ZH-hant', 'zh-Hant'],
      ['fil', 'tl'],
      ['fil-PH', 'tl'],
      ['fa-IR', 'fa'],
      ['ar-EG', 'ar'],
      ['ht-HT', 'ht'],
      ['en-GB', 'en'],
      ['sw', undefined],
      ['', undefined],
    ];
    for (const [tag, expected] of cases) {
      it(`"${tag}" means ${expected ?? 'no language we have'}`, () => {
        expect(matchLocale(tag)).to.equal(expected);
      });
    }
  });

  describe('picking the language', () => {
    afterEach(() => {
      document.documentElement.lang = 'en';
      setNavigatorLanguages(undefined);
    });

    it('uses the element’s own lang before its ancestors’', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr"><ketamine-explainer lang="de"></ketamine-explainer></div>`,
      );
      const element = wrapper.querySelector('ketamine-explainer')!;
      await shows(element, 'de');
    });

    it('uses the closest ancestor with lang, even across a shadow root', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ko">
          <div lang="vi"><span></span></div>
        </div>`,
      );
      const host = wrapper.querySelector('span')!;
      const element = document.createElement('ketamine-explainer');
      host.attachShadow({mode: 'open'}).append(element);
      await shows(element, 'vi');
    });

    it('uses <html lang> when nothing closer declares one', async () => {
      document.documentElement.lang = 'ru-RU';
      const element = await renderExplainer();
      await shows(element, 'ru');
    });

    it('uses the browser’s languages when the page declares none', async () => {
      document.documentElement.removeAttribute('lang');
      setNavigatorLanguages(['sw-KE', 'pl-PL', 'de']);
      const element = await renderExplainer();
      await shows(element, 'pl');
    });

    it('falls back to English when nothing matches, without a warning', async () => {
      document.documentElement.removeAttribute('lang');
      setNavigatorLanguages(['sw-KE']);
      const warnings = captureWarnings();
      try {
        const element = await renderExplainer();
        await shows(element, 'en');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('shows English with one warning when the page declares a language we do not have', async () => {
      const warnings = captureWarnings();
      try {
        const first = await renderExplainer({lang: 'sw-TZ'});
        await renderExplainer({lang: 'sw-TZ'});
        await shows(first, 'en');
        expect(visibleText(shadow(first).querySelector('.title'))).to.equal('Ketamine for depression');
        expect(warnings.messages.filter((message) => message.includes('sw-TZ'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('switching live', () => {
    afterEach(() => (document.documentElement.lang = 'en'));

    it('re-renders when the element’s lang changes, and says so with an event', async () => {
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      const changed = oneEvent(element, 'ketamine-explainer-language-change');
      element.setAttribute('lang', 'fr');
      expect((await changed).detail).to.deep.equal({locale: 'fr'});
      await shows(element, 'fr');
      element.removeAttribute('lang');
      await shows(element, 'en');
    });

    it('re-renders when the page rewrites <html lang>', async () => {
      const element = await renderExplainer();
      await shows(element, 'en');
      document.documentElement.lang = 'ja';
      await shows(element, 'ja');
      document.documentElement.lang = 'zh-TW';
      await shows(element, 'zh-Hant');
    });

    it('re-renders when an ancestor’s lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="it"><ketamine-explainer></ketamine-explainer></div>`,
      );
      const element = wrapper.querySelector('ketamine-explainer')!;
      await shows(element, 'it');
      wrapper.lang = 'ht';
      await shows(element, 'ht');
    });

    it('keeps which sections are open across a switch', async () => {
      const element = await renderExplainer({lang: 'es', open: 'ketamine-how-it-helps'});
      await shows(element, 'es');
      element.lang = 'de';
      await shows(element, 'de');
      expect(sectionButtons(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'true',
        'false',
        'false',
      ]);
    });

    it('keeps the keyboard focus on the section button the reader was on', async () => {
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      sectionButtons(element)[2]!.focus();
      element.lang = 'de';
      await shows(element, 'de');
      // Ids, not elements: a failure message then names the button instead of dumping an element.
      expect(shadow(element).activeElement?.id).to.equal('ketamine-is-it-right-for-me-button');
      expect(shadow(element).activeElement?.textContent).to.include('Wann wäre');
    });

    it('shows every paragraph again after switching away from a language and back', async () => {
      const element = await renderExplainer({lang: 'es', open: 'all'});
      await shows(element, 'es');
      const spanish = texts(element);
      element.lang = 'de';
      await shows(element, 'de');
      element.lang = 'es';
      await shows(element, 'es');
      expect(texts(element)).to.deep.equal(spanish);
      expect(shadow(element).querySelectorAll('.panel p')).to.have.length(9);
    });

    it('lets two instances on one page show two languages at once', async () => {
      const spanish = await renderExplainer({lang: 'es'});
      const arabic = await renderExplainer({lang: 'ar'});
      await shows(spanish, 'es');
      await shows(arabic, 'ar');
      expect(base(spanish).dir).to.equal('ltr');
      expect(base(arabic).dir).to.equal('rtl');
      expect(visibleText(shadow(spanish).querySelector('.title'))).not.to.equal(
        visibleText(shadow(arabic).querySelector('.title')),
      );
      spanish.lang = 'ko';
      await shows(spanish, 'ko');
      expect(base(arabic).lang, 'the other instance keeps its language').to.equal('ar');
    });
  });

  describe('language picker', () => {
    it('lists every language by its own name, marked with its lang', async () => {
      const element = await renderExplainer({'language-picker': ''});
      const options = [...shadow(element).querySelectorAll('option')];
      expect(options.map((option) => option.value)).to.deep.equal([...allLocales]);
      expect(options.map((option) => option.textContent!.trim())).to.deep.equal(
        allLocales.map((code) => LANGUAGE_NAMES[code]),
      );
      expect(options.every((option) => option.lang === option.value)).to.be.true;
      expect(shadow(element).querySelector('select')!.value).to.equal('en');
    });

    it('switches the widget to a language chosen with the pointer', async () => {
      const element = await renderExplainer({'language-picker': ''});
      const select = shadow(element).querySelector('select')!;
      // A click or tap that picks an option: the select changes with no key pressed on it.
      select.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));
      select.value = 'fa';
      select.dispatchEvent(new Event('change'));
      await shows(element, 'fa');
      expect(base(element).dir).to.equal('rtl');
      expect(shadow(element).querySelector('select')!.value).to.equal('fa');
    });

    // WCAG 3.2.2 On Input: on a closed select, Chromium and WebKit fire `change` on every arrow key.
    describe('with the keyboard', () => {
      /** The picker, focused, with the widget in English. */
      async function focusedPicker(): Promise<{element: Explainer; select: HTMLSelectElement}> {
        const element = await renderExplainer({lang: 'en', 'language-picker': ''});
        const select = shadow(element).querySelector('select')!;
        select.focus();
        return {element, select};
      }

      /** Whether the widget still shows English and is not loading another language. */
      const staysEnglish = async (element: Explainer): Promise<void> => {
        await element.updateComplete;
        expect(base(element).getAttribute('lang')).to.equal('en');
        expect(base(element).getAttribute('aria-busy')).to.equal('false');
        expect(visibleText(shadow(element).querySelector('.title'))).to.equal('Ketamine for depression');
      };

      it('does not switch while the reader moves through the languages with the arrow keys', async () => {
        const {element} = await focusedPicker();
        const changes: unknown[] = [];
        element.addEventListener('ketamine-explainer-language-change', (event) => changes.push(event));
        await sendKeys({press: 'ArrowDown'});
        await staysEnglish(element);
        await sendKeys({press: 'ArrowDown'});
        await sendKeys({press: 'ArrowDown'});
        await staysEnglish(element);
        expect(changes).to.deep.equal([]);
      });

      it('switches when the reader presses Enter on the language they moved to', async () => {
        const {element, select} = await focusedPicker();
        await sendKeys({press: 'ArrowDown'});
        await staysEnglish(element);
        expect(select.value, 'the arrow key moved to the next language').to.equal('es');
        await sendKeys({press: 'Enter'});
        await shows(element, 'es');
        expect(shadow(element).activeElement === select, 'focus stays on the picker').to.be.true;
      });

      it('switches when the reader leaves the picker after moving to another language', async () => {
        const {element} = await focusedPicker();
        await sendKeys({press: 'ArrowDown'});
        await staysEnglish(element);
        await sendKeys({press: 'Tab'});
        await shows(element, 'es');
      });

      it('leaves the language alone when the reader passes through the picker without moving', async () => {
        const {element} = await focusedPicker();
        const changes: unknown[] = [];
        element.addEventListener('ketamine-explainer-language-change', (event) => changes.push(event));
        await sendKeys({press: 'Tab'});
        await staysEnglish(element);
        expect(changes).to.deep.equal([]);
      });
    });

    /** The picker's label as read out: its words (the icon is decorative), each with the language it is marked in. */
    const pickerLabel = (element: Explainer): (string | null)[][] => {
      const label = shadow(element).querySelector('select')!.labels![0]!;
      return [...label.querySelectorAll('span')].map((word) => [
        visibleText(word),
        word.closest('[lang]')!.getAttribute('lang'),
      ]);
    };

    it('also says "Language" in English when the widget shows another language, as a way back', async () => {
      const element = await renderExplainer({lang: 'ja', 'language-picker': ''});
      await shows(element, 'ja');
      expect(pickerLabel(element)).to.deep.equal([
        [visibleText(shadow(element).querySelector('.language span')), 'ja'],
        ['Language', 'en'],
      ]);
      expect(pickerLabel(element)[0]![0]).not.to.equal('Language');
    });

    it('says "Language" once when the widget shows English', async () => {
      const element = await renderExplainer({lang: 'en', 'language-picker': ''});
      expect(pickerLabel(element)).to.deep.equal([['Language', 'en']]);
    });

    it('is not shown without the attribute', async () => {
      const element = await renderExplainer();
      expect(shadow(element).querySelector('select')).to.be.null;
    });
  });

  describe('right to left', () => {
    it('mirrors the layout: heading text on the right, chevron on the left', async () => {
      const element = await renderExplainer({lang: 'ar'});
      await shows(element, 'ar');
      const button = sectionButtons(element)[0]!;
      const text = button.querySelector('.button-text')!.getBoundingClientRect();
      const icon = button.querySelector('.icon')!.getBoundingClientRect();
      expect(icon.right).to.be.at.most(text.left);
    });

    it('keeps 988 and 911 readable in right-to-left text', async () => {
      const element = await renderExplainer({lang: 'fa'});
      await shows(element, 'fa');
      const links = [...shadow(element).querySelectorAll('.crisis a')].map((link) => visibleText(link));
      expect(links[0]).to.contain('988');
      expect(links[2]).to.contain('911');
    });
  });
});
