import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import {allLocales, LOCALES, matchLocale} from '../src/i18n/locales.js';
import {OWN_NAMES} from '../src/i18n/locale-names.js';
import {
  base,
  captureWarnings,
  isShown,
  renderExplainer,
  sectionButtons,
  shadow,
  shows,
  visibleText,
  type Explainer,
} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

/** Every text a reader sees, by role, so that each can be compared with the English one. */
function texts(element: Explainer): Record<string, string> {
  const root = shadow(element);
  const result: Record<string, string> = {
    title: visibleText(root.querySelector(`.${Dom.Title}`)),
    intro: visibleText(root.querySelector(`.${Dom.Intro}`)),
    showAll: visibleText(root.querySelector(`.${Dom.ShowAll}`)),
    language: visibleText(root.querySelector('.language span')),
    crisisHeading: visibleText(root.querySelector(`.${Dom.CrisisHeading}`)),
  };
  root.querySelectorAll(`.${Dom.Section}`).forEach((section) => {
    result[`${section.id} heading`] = visibleText(section.querySelector(`.${Dom.ButtonText}`));
    section.querySelectorAll(`.${Dom.Panel} p`).forEach((paragraph, index) => {
      result[`${section.id} p${index + 1}`] = visibleText(paragraph);
    });
  });
  root
    .querySelectorAll(`.${Dom.Crisis} p`)
    .forEach((paragraph, index) => (result[`crisis p${index + 1}`] = visibleText(paragraph)));
  root
    .querySelectorAll(`.${Dom.Crisis} a`)
    .forEach((link, index) => (result[`crisis link${index + 1}`] = visibleText(link)));
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
    describe(`${locale} (${OWN_NAMES[locale]})`, () => {
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
        const crisisLinks = [...shadow(element).querySelectorAll(`.${Dom.Crisis} a`)].map((link) =>
          link.getAttribute('href'),
        );
        expect(crisisLinks, 'the crisis links work in every language').to.deep.equal([
          'tel:988',
          locale === 'es' ? 'sms:988?body=AYUDA' : 'sms:988',
          'tel:911',
        ]);
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

  describe('says no more and no less than the English (fixes from the independent reviews)', () => {
    /** [locale, message id, where the reader sees it (see texts()), the fixed wording, the wording it replaced] */
    const fixes: [string, string, string, string, string][] = [
      [
        'ru',
        'how-it-helps.p1',
        'ketamine-how-it-helps p1',
        'улучшать связи между клетками мозга и тем самым способствовать регуляции настроения.',
        'улучшать связи между клетками мозга, что способствует регуляции настроения.',
      ],
      [
        'pl',
        'how-it-helps.p1',
        'ketamine-how-it-helps p1',
        'w poprawie połączeń między komórkami mózgu, a tym samym wspierać regulację nastroju.',
        'w poprawie połączeń między komórkami mózgu, co wspiera regulację nastroju.',
      ],
      [
        'ar',
        'how-it-helps.p1',
        'ketamine-how-it-helps p1',
        'على تحسين الروابط بين خلايا الدماغ، وبالتالي على تنظيم المزاج.',
        'على تحسين الروابط بين خلايا الدماغ، مما يساعد على تنظيم المزاج.',
      ],
      [
        'ht',
        'how-it-helps.p1',
        'ketamine-how-it-helps p1',
        'selil sèvo yo, e konsa li ka ede ekilibre eta emosyonèl moun nan.',
        'selil sèvo yo, sa ki ede nan kontwòl imè a.',
      ],
      [
        'ko',
        'how-it-helps.p1',
        'ketamine-how-it-helps p1',
        '뇌세포 사이의 연결을 개선하는 데 도움이 될 수 있으며, 이를 통해 기분 조절에도 도움이 될 수 있습니다.',
        '뇌세포 사이의 연결이 개선되도록 도와 기분 조절에 도움이 될 수 있습니다.',
      ],
      [
        'pt-BR',
        'is-it-right-for-me.p2',
        'ketamine-is-it-right-for-me p2',
        'com monitoramento rigoroso,',
        'com acompanhamento atento,',
      ],
      [
        'pt-BR',
        'how-it-helps.p3',
        'ketamine-how-it-helps p3',
        'são frequentemente combinados com terapias em andamento',
        'costumam ser combinados com terapias contínuas',
      ],
      [
        'es',
        'how-it-helps.p3',
        'ketamine-how-it-helps p3',
        'a menudo se combinan con terapias en curso',
        'suelen combinarse con terapias continuas',
      ],
      [
        'vi',
        'how-it-helps.p3',
        'ketamine-how-it-helps p3',
        'các liệu pháp đang được tiến hành',
        'các liệu pháp đang được duy trì',
      ],
      [
        'ar',
        'what-is-it.p1',
        'ketamine-what-is-it p1',
        'طُوِّر في الأصل لاستخدامه في التخدير.',
        'طُوِّر في الأصل ليُستخدم مُخدِّرًا.',
      ],
      ['zh-Hant', 'how-it-helps.p2', 'ketamine-how-it-helps p2', '作為另一種治療選擇', '作為替代療法'],
      ['zh-Hans', 'how-it-helps.p2', 'ketamine-how-it-helps p2', '作为另一种治疗选择', '作为替代疗法'],
      [
        'zh-Hant',
        'how-it-helps.p3',
        'ketamine-how-it-helps p3',
        '可能有助於隨著時間推移維持療效。早期研究結果看起來有希望',
        '可能有助於長期維持療效。早期研究結果看起來很有希望',
      ],
      [
        'zh-Hans',
        'how-it-helps.p3',
        'ketamine-how-it-helps p3',
        '可能有助于随着时间推移维持效果。早期研究结果看起来有希望',
        '可能有助于长期维持效果。早期研究结果看起来很有希望',
      ],
      ['zh-Hans', 'title', 'title', '抑郁症的氯胺酮治疗', '氯胺酮治疗抑郁症'],
      ['zh-Hant', 'title', 'title', '憂鬱症的氯胺酮治療', '氯胺酮治療憂鬱症'],
      ['zh-Hans', 'what-is-it.p1', 'ketamine-what-is-it p1', '它已在医疗环境中用于', '它一直在医疗环境中用于'],
      [
        'pl',
        'next-steps.p1',
        'ketamine-next-steps p1',
        'Ketamina jest rozwijającą się alternatywą w leczeniu depresji',
        'Ketamina staje się coraz popularniejszą alternatywą w leczeniu depresji',
      ],
      [
        'de',
        'next-steps.p1',
        'ketamine-next-steps p1',
        'Ketamin ist eine sich entwickelnde Alternative bei der Behandlung von Depressionen',
        'Ketamin ist eine zunehmend genutzte Alternative bei der Behandlung von Depressionen',
      ],
      [
        'ru',
        'next-steps.p1',
        'ketamine-next-steps p1',
        'Кетамин — развивающаяся альтернатива в лечении депрессии',
        'Кетамин становится всё более востребованной альтернативой в лечении депрессии',
      ],
      [
        'ko',
        'crisis.hope',
        'crisis p1',
        '자살을 생각하고 계신다면, 혼자가 아닙니다.',
        '자살을 생각하고 계신다면, 여러분은 혼자가 아닙니다.',
      ],
      ['ja', 'crisis.hope', 'crisis p1', '状況は良くなる可能性があります。', '状況は良くなっていけます。'],
      [
        'ht',
        'intro',
        'intro',
        'Men, jiska ki pwen li efikas pou trete depresyon',
        'Men, ki jan li efikas pou trete depresyon',
      ],
      [
        'tl',
        'is-it-right-for-me.p2',
        'ketamine-is-it-right-for-me p2',
        'nang may masusing pagsubaybay',
        'na may malapit na pagsubaybay',
      ],
      [
        'fa',
        'is-it-right-for-me.heading',
        'ketamine-is-it-right-for-me heading',
        'چه زمانی کتامین می‌تواند گزینه‌ای مناسب برای من باشد؟',
        'چه زمانی کتامین گزینه‌ای مناسب برای من است؟',
      ],
      [
        'ja',
        'is-it-right-for-me.heading',
        'ketamine-is-it-right-for-me heading',
        'どのような場合に、自分にとって良い選択肢になるでしょうか？',
        'どのような場合に自分に合った選択肢になりますか？',
      ],
      [
        'ja',
        'next-steps.p1',
        'ketamine-next-steps p1',
        '専門家の指導のもとでケタミンを検討する人は、場合によっては症状がやわらぐ可能性があります',
        '専門家の指導のもとでケタミンを検討する人の中には、場合によっては症状がやわらぐこともあります',
      ],
      // Issue 22's review (locales/review/batch4/).
      ['ko', 'crisis.emergency', 'crisis p3', '911에 전화하세요.', '911에 전화하십시오.'],
      [
        'ar',
        'is-it-right-for-me.heading',
        'ketamine-is-it-right-for-me heading',
        'متى قد يكون خيارًا مناسبًا لي؟',
        'متى يكون خيارًا مناسبًا لي؟',
      ],
      ['ht', 'crisis.heading', 'crisisHeading', 'Ou bezwen èd kounye a menm?', 'Ou bezwen èd kounye a?'],
      ['pt-BR', 'next-steps.p1', 'ketamine-next-steps p1', 'uma alternativa em crescimento', 'cada vez mais presente'],
      [
        'tl',
        'is-it-right-for-me.p1',
        'ketamine-is-it-right-for-me p1',
        'biglaan at matinding',
        'pamamahala ng matinding',
      ],
      [
        'fa',
        'is-it-right-for-me.p1',
        'ketamine-is-it-right-for-me p1',
        'که نیازها یا شرایط مشخصی دارند',
        'افراد با نیازهای خاص',
      ],
      [
        'vi',
        'crisis.heading',
        'crisisHeading',
        'Quý vị có cần giúp đỡ ngay bây giờ không?',
        'Quý vị cần được giúp đỡ ngay bây giờ?',
      ],
    ];
    for (const [locale, id, where, fixed, replaced] of fixes) {
      it(`${locale} ${id}: ${fixed}`, async () => {
        const element = await renderExplainer({lang: locale, open: 'all'});
        await shows(element, locale);
        const text = texts(element)[where]!;
        expect(text).to.contain(fixed);
        expect(text).not.to.contain(replaced);
      });
    }

    it('labels the Listen button "listen to the reading" in Chinese and Japanese, not "tune in" or "listen attentively"', async () => {
      // Listen is offered only where the browser can speak: these stand-ins make every engine offer it.
      const originals = ['speechSynthesis', 'SpeechSynthesisUtterance'].map(
        (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
      );
      Object.defineProperty(window, 'speechSynthesis', {value: {}, configurable: true});
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: function () {}, configurable: true});
      try {
        for (const [locale, fixed, replaced] of [
          ['zh-Hans', '听朗读', '收听'],
          ['zh-Hant', '聽朗讀', '聆聽'],
          ['ja', '読み上げを聞く', '聞く'],
        ]) {
          const element = await renderExplainer({lang: locale!});
          await shows(element, locale!);
          const label = visibleText(shadow(element).querySelector(`.${Dom.ListenButton}`));
          expect(label).to.equal(fixed);
          expect(label).not.to.equal(replaced);
        }
      } finally {
        for (const [name, descriptor] of originals) {
          if (descriptor) Object.defineProperty(window, name, descriptor);
          else Reflect.deleteProperty(window, name);
        }
      }
    });
  });

  describe('the crisis notice says what is true in each language', () => {
    /** The notice's contact line (after the hopeful opening) and its links, as a reader sees them. */
    function notice(element: Explainer): {contacts: string; links: [string | null, string][]} {
      const root = shadow(element);
      return {
        contacts: visibleText(root.querySelectorAll(`.${Dom.Crisis} p`)[1] ?? null),
        links: [...root.querySelectorAll(`.${Dom.Crisis} a`)].map((link) => [
          link.getAttribute('href'),
          visibleText(link),
        ]),
      };
    }

    it('English: call or text 988, or call 911', async () => {
      const element = await renderExplainer({lang: 'en'});
      expect(notice(element)).to.deep.equal({
        contacts: 'In the US, call or text 988 to reach the Suicide & Crisis Lifeline, any time of day or night.',
        links: [
          ['tel:988', 'Call 988'],
          ['sms:988', 'Text 988'],
          ['tel:911', 'Call 911'],
        ],
      });
    });

    it('Spanish: press 2 on the call, or text AYUDA to 988, with a link that fills in AYUDA', async () => {
      const {templates} = await LOCALES.es.loader();
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      const {contacts, links} = notice(element);
      expect(contacts).to.equal(templates['crisis.lifeline-spanish']);
      expect(contacts).to.contain('988').and.contain('2').and.contain('AYUDA');
      expect(links).to.deep.equal([
        ['tel:988', templates['crisis.call-988']],
        ['sms:988?body=AYUDA', templates['crisis.text-ayuda']],
        ['tel:911', templates['crisis.call-911']],
      ]);
    });

    it('Spanish: the Lifeline by its official Spanish name', async () => {
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      expect(notice(element).contacts).to.contain('988 Línea de Prevención del Suicidio y Crisis');
    });

    for (const locale of allLocales.filter((code) => code !== 'en' && code !== 'es')) {
      it(`${OWN_NAMES[locale]}: call 988, with interpreters; the text link says it is English or Spanish`, async () => {
        const {templates} = await LOCALES[locale].loader();
        const element = await renderExplainer({lang: locale});
        await shows(element, locale);
        const {contacts, links} = notice(element);
        expect(contacts).to.equal(templates['crisis.lifeline-interpreters']);
        expect(contacts, 'not the English-only "call or text 988"').not.to.equal(templates['crisis.lifeline']);
        // Described in the reader's language, then the name they will hear on the call, once.
        expect(contacts.split('(988 Suicide & Crisis Lifeline)')).to.have.length(2);
        expect(links.map(([href]) => href)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
        // A reader in distress taps the link without reading the line above: the link itself names the languages.
        const [, textLabel] = links[1]!;
        expect(textLabel).to.equal(templates['crisis.text-988-english-spanish']);
        expect(textLabel).not.to.equal(templates['crisis.text-988']);
        const textLink = shadow(element).querySelectorAll(`.${Dom.Crisis} a`)[1]!;
        expect(textLink.hasAttribute('aria-label') || textLink.hasAttribute('aria-labelledby'), 'named by its text').to
          .be.false;
      });
    }

    it('English and Spanish readers keep the plain "Text 988" label, as texts are answered in their language', async () => {
      const english = await renderExplainer({lang: 'en'});
      expect(notice(english).links[1]).to.deep.equal(['sms:988', 'Text 988']);
    });
  });

  describe('the machine-translation line', () => {
    const note = (element: Explainer) => shadow(element).querySelector('.translation-note');

    it('is not shown in English', async () => {
      const element = await renderExplainer({lang: 'en'});
      expect(note(element)).to.be.null;
    });

    for (const locale of allLocales.filter((code) => code !== 'en')) {
      it(`says in ${OWN_NAMES[locale]} that the translation is machine-made and not yet reviewed`, async () => {
        const {templates} = await LOCALES[locale].loader();
        const element = await renderExplainer({lang: locale});
        await shows(element, locale);
        const line = note(element)!;
        expect(visibleText(line)).to.equal(templates['ui.machine-translated']);
        expect(isShown(line)).to.be.true;
        expect(line.closest('[lang]')!.getAttribute('lang')).to.equal(locale);
      });
    }

    it('is off for the languages a clinic lists in reviewed-translations, on for the others', async () => {
      const spanish = await renderExplainer({lang: 'es-MX', 'reviewed-translations': 'fr es'});
      const german = await renderExplainer({lang: 'de', 'reviewed-translations': 'fr es'});
      await shows(spanish, 'es');
      await shows(german, 'de');
      expect(note(spanish)).to.be.null;
      expect(note(german)).not.to.be.null;
      german.setAttribute('reviewed-translations', 'de-AT');
      await german.updateComplete;
      expect(note(german)).to.be.null;
      german.removeAttribute('reviewed-translations');
      await german.updateComplete;
      expect(note(german)).not.to.be.null;
    });

    it('stays on, with one warning, when reviewed-translations names a language the widget does not have', async () => {
      const warnings = captureWarnings();
      try {
        const first = await renderExplainer({lang: 'pl', 'reviewed-translations': 'klingon'});
        await renderExplainer({lang: 'pl', 'reviewed-translations': 'klingon'});
        await shows(first, 'pl');
        expect(note(first)).not.to.be.null;
        expect(warnings.messages.filter((message) => message.includes('klingon'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('matching language tags', () => {
    const cases: [string, string | undefined][] = [
      ['es-MX', 'es'],
      ['ES', 'es'],
      // One Portuguese, Brazilian (locales/README.md): European and unmarked Portuguese readers get it too.
      ['pt-BR', 'pt-BR'],
      ['pt', 'pt-BR'],
      ['pt_PT', 'pt-BR'],
      ['PT-br', 'pt-BR'],
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

    it('a page in Portuguese gets the Brazilian translation, marked pt-BR for screen readers', async () => {
      for (const lang of ['pt', 'pt-PT']) {
        const element = await renderExplainer({lang});
        await shows(element, 'pt-BR');
        expect(base(element).getAttribute('lang')).to.equal('pt-BR');
      }
      expect(OWN_NAMES['pt-BR']).to.equal('Português (Brasil)');
    });
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
        expect(visibleText(shadow(first).querySelector(`.${Dom.Title}`))).to.equal('Ketamine for depression');
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
      expect(shadow(element).querySelectorAll(`.${Dom.Panel} p`)).to.have.length(9);
    });

    it('lets two instances on one page show two languages at once', async () => {
      const spanish = await renderExplainer({lang: 'es'});
      const arabic = await renderExplainer({lang: 'ar'});
      await shows(spanish, 'es');
      await shows(arabic, 'ar');
      expect(base(spanish).dir).to.equal('ltr');
      expect(base(arabic).dir).to.equal('rtl');
      expect(visibleText(shadow(spanish).querySelector(`.${Dom.Title}`))).not.to.equal(
        visibleText(shadow(arabic).querySelector(`.${Dom.Title}`)),
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
        allLocales.map((code) => OWN_NAMES[code]),
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
        expect(visibleText(shadow(element).querySelector(`.${Dom.Title}`))).to.equal('Ketamine for depression');
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
      const text = button.querySelector(`.${Dom.ButtonText}`)!.getBoundingClientRect();
      const icon = button.querySelector(`.${Dom.Icon}`)!.getBoundingClientRect();
      expect(icon.right).to.be.at.most(text.left);
    });

    it('keeps 988 and 911 readable in right-to-left text', async () => {
      const element = await renderExplainer({lang: 'fa'});
      await shows(element, 'fa');
      const links = [...shadow(element).querySelectorAll(`.${Dom.Crisis} a`)].map((link) => visibleText(link));
      expect(links[0]).to.contain('988');
      expect(links[2]).to.contain('911');
    });
  });
});
