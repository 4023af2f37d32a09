import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {
  base,
  buttonFor,
  captureWarnings,
  isShown,
  openSectionIds,
  panelOf,
  renderExplainer,
  sectionButtons,
  shadow,
  showAllButton,
  shows,
  visibleText,
  withMedia,
  type Explainer,
} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

const BUILT_IN = ['ketamine-what-is-it', 'ketamine-how-it-helps', 'ketamine-is-it-right-for-me', 'ketamine-next-steps'];

const COST_SECTION = `
  <details id="ketamine-cost">
    <summary>Cost and insurance</summary>
    <p>Many plans cover part of the treatment. <a href="/pricing">See our prices</a>.</p>
  </details>`;

/** All the crisis notice's links, slotted ones included. */
const crisisLinks = (element: Explainer): HTMLAnchorElement[] => {
  const notice = shadow(element).querySelector(`.${Dom.Crisis}`)!;
  const slot = notice.querySelector<HTMLSlotElement>('slot[name="crisis-contacts"]')!;
  const slotted = slot.assignedElements();
  const nodes = slotted.length > 0 ? slotted : [slot];
  return nodes.flatMap((node) => [...node.querySelectorAll('a')]);
};

describe('clinic content', () => {
  describe('slots', () => {
    it('replaces the title with the clinic’s own', async () => {
      const element = await renderExplainer({}, '<span slot="title">Ketamine at Riverside</span>');
      const slot = shadow(element).querySelector<HTMLSlotElement>(`.${Dom.Title} slot`)!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Ketamine at Riverside');
      expect(isShown(element.querySelector('[slot="title"]')!)).to.be.true;
    });

    it('shows the call to action after the article', async () => {
      const element = await renderExplainer({}, '<p slot="cta"><a href="/book">Book a consultation</a></p>');
      const cta = element.querySelector<HTMLElement>('[slot="cta"]')!;
      expect(isShown(cta)).to.be.true;
      const lastSection = shadow(element).querySelector('#ketamine-next-steps')!.getBoundingClientRect();
      expect(cta.getBoundingClientRect().top).to.be.at.least(lastSection.bottom);
    });

    // Issue 14: the spacing once came with the opt-in chunk, so a cta-only embed had none while the same embed with a
    // language picker had it. A `<div>` has no margin of its own to hide that (a `<p>` brings the page's).
    for (const attributes of [{}, {'language-picker': ''}] as Record<string, string>[]) {
      it(`puts the spacing above the call to action (${Object.keys(attributes).join() || 'cta only'})`, async () => {
        const element = await renderExplainer(
          attributes,
          '<div slot="cta"><a href="/book">Book a consultation</a></div>',
        );
        const cta = element.querySelector<HTMLElement>('[slot="cta"]')!;
        const space = parseFloat(getComputedStyle(base(element)).fontSize);
        expect(getComputedStyle(cta).marginBlockStart, 'margin above the slotted cta').to.equal(`${space}px`);
        const lastSection = shadow(element).querySelector('#ketamine-next-steps')!.getBoundingClientRect();
        expect(cta.getBoundingClientRect().top - lastSection.bottom, 'gap below the last section').to.be.closeTo(
          space,
          1,
        );
      });
    }

    it('replaces the crisis contacts but keeps the notice’s heading and hopeful opening', async () => {
      const element = await renderExplainer(
        {},
        '<div slot="crisis-contacts"><p>In the UK, call Samaritans on <a href="tel:116123">116 123</a>.</p></div>',
      );
      const notice = shadow(element).querySelector(`.${Dom.Crisis}`)!;
      expect(visibleText(notice.querySelector(`.${Dom.CrisisHeading}`))).to.equal('Need help right now?');
      expect(visibleText(notice.querySelector(':scope > p'))).to.contain('you are not alone');
      expect(crisisLinks(element).map((link) => link.getAttribute('href'))).to.deep.equal(['tel:116123']);
    });

    it('shows who reviewed the page and when, the date in the reader’s language', async () => {
      const element = await renderExplainer(
        {
          'last-reviewed': '2026-10-01',
          lang: 'es',
        },
        '<p slot="reviewed">Reviewed by Dr. Ana Ruiz, psychiatrist</p>',
      );
      await shows(element, 'es');
      const footer = shadow(element).querySelector<HTMLElement>(`.${Dom.Reviewed}`)!;
      expect(isShown(footer)).to.be.true;
      expect(visibleText(footer.querySelector('time'))).to.contain(
        new Intl.DateTimeFormat('es', {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(2026, 9, 1)),
      );
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-01');
    });

    it('leaves out the review line when there is neither a reviewer nor a valid date, with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const element = await renderExplainer({'last-reviewed': 'yesterday'}, '');
        await waitUntil(() => warnings.messages.some((message) => message.includes('last-reviewed')), 'warns');
        await element.updateComplete;
        expect(shadow(element).querySelector(`.${Dom.Reviewed}`)).to.be.null;
        expect(warnings.messages.filter((message) => message.includes('last-reviewed'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('crisis contacts from attributes', () => {
    it('replaces the US contacts with the clinic’s numbers', async () => {
      const element = await renderExplainer(
        {
          'crisis-call': '+44 116 123',
          'crisis-text': 'sms:85258?body=SHOUT',
          'emergency-call': '999',
        },
        '',
      );
      expect(crisisLinks(element).map((link) => [link.getAttribute('href'), visibleText(link)])).to.deep.equal([
        ['tel:+44116123', 'Call +44 116 123'],
        ['sms:85258?body=SHOUT', 'Text 85258'],
        ['tel:999', 'Call 999'],
      ]);
      const text = visibleText(shadow(element).querySelector(`.${Dom.Crisis}`));
      expect(text).to.contain('call 999');
      expect(text).not.to.contain('988');
    });

    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '"><img src=x onerror=alert(1)>',
      'x'.repeat(100_000),
    ]) {
      it(`ignores crisis-call=${JSON.stringify(hostile.slice(0, 30))} with one warning and keeps the US contacts`, async () => {
        const warnings = captureWarnings();
        try {
          const element = await renderExplainer({'crisis-call': hostile}, '');
          await renderExplainer({'crisis-call': hostile}, '');
          const hrefs = [...shadow(element).querySelectorAll('a')].map((link) => link.getAttribute('href'));
          expect(hrefs).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
          expect(shadow(element).querySelector('img')).to.be.null;
          expect(warnings.messages.filter((message) => message.includes('crisis-call'))).to.have.length(1);
          expect(warnings.messages[0]!.length).to.be.below(300);
        } finally {
          warnings.restore();
        }
      });
    }

    it('accepts https and mailto links for crisis services that have them', async () => {
      const element = await renderExplainer({'crisis-call': 'https://www.samaritans.org/'}, '');
      expect(crisisLinks(element)[0]!.getAttribute('href')).to.equal('https://www.samaritans.org/');
    });
  });

  describe('clinic sections', () => {
    it('renders a <details> child as a section after the article’s own: real heading, the same button', async () => {
      const element = await renderExplainer({}, COST_SECTION);
      const buttons = sectionButtons(element);
      expect(buttons).to.have.length(5);
      const cost = buttons[4]!;
      expect(visibleText(cost)).to.equal('Cost and insurance');
      expect(cost.parentElement!.tagName).to.equal('H3');
      expect(cost.getAttribute('aria-expanded')).to.equal('false');
      const details = element.querySelector('details')!;
      expect(isShown(details)).to.be.false;
      cost.click();
      await element.updateComplete;
      expect(panelOf(cost).getAttribute('aria-labelledby')).to.equal(cost.id);
      expect(isShown(details)).to.be.true;
      expect(isShown(details.querySelector('summary')!), 'the summary is not shown twice').to.be.false;
      expect(isShown(details.querySelector('p')!)).to.be.true;
    });

    it('opens with show all, the open attribute, and a deep link; fires the same events', async () => {
      const element = await renderExplainer({open: 'ketamine-cost'}, COST_SECTION);
      expect(openSectionIds(element)).to.deep.equal(['ketamine-cost']);
      const toggled = oneEvent(element, 'ketamine-explainer-toggle');
      buttonFor(element, 'ketamine-cost').click();
      expect((await toggled).detail).to.deep.equal({id: 'ketamine-cost', open: false});
      showAllButton(element).click();
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal([...BUILT_IN, 'ketamine-cost']);

      const linked = await renderExplainer({}, COST_SECTION);
      location.hash = '#ketamine-cost';
      await oneEvent(window, 'hashchange');
      await linked.updateComplete;
      expect(openSectionIds(linked)).to.deep.equal(['ketamine-cost']);
      history.replaceState(null, '', location.pathname);
    });

    it('leaves buttons in the clinic’s content to the clinic, even with class="button" on a themed page', async () => {
      // Themes often use these class names: the widget must not take the page's `.section` for one of its own.
      const page = await fixture<HTMLElement>(html`<section class="section" id="page-content"></section>`);
      const element = document.createElement('ketamine-explainer');
      element.innerHTML = `<details id="ketamine-book"><summary>Book a consultation</summary>
        <p><button type="button" class="button">Call us</button></p></details>`;
      page.append(element);
      await waitUntil(() => sectionButtons(element).length === 5, 'the clinic section appears');
      const toggles: unknown[] = [];
      element.addEventListener('ketamine-explainer-toggle', (event) => toggles.push(event.detail));
      element.querySelector<HTMLButtonElement>('details .button')!.click();
      await element.updateComplete;
      expect(toggles).to.deep.equal([]);
      expect(openSectionIds(element)).to.deep.equal([]);
    });

    it('is printed open like the others', async () => {
      const element = await renderExplainer({}, COST_SECTION);
      await withMedia(element, {media: 'print'}, () => {
        expect(isShown(element.querySelector('details p')!)).to.be.true;
      });
    });

    it('picks up sections added and removed later', async () => {
      const element = await renderExplainer({}, '');
      element.insertAdjacentHTML('beforeend', COST_SECTION);
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(sectionButtons(element)).to.have.length(5);
      element.querySelector('details')!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(sectionButtons(element)).to.have.length(4);
    });

    it('ignores a <details> without a summary with one warning, and never renders other stray children', async () => {
      const warnings = captureWarnings();
      try {
        const element = await renderExplainer(
          {},
          '<details><p>No heading</p></details><p>Stray text</p><script>window.__stray = 1</script>',
        );
        expect(sectionButtons(element)).to.have.length(4);
        expect(isShown(element.querySelector('p')!)).to.be.false;
        expect((window as unknown as {__stray?: number}).__stray).to.be.undefined;
        expect(warnings.messages.filter((message) => message.includes('<summary>'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    // APG accordion: "avoid using the region role in circumstances that create landmark region proliferation, e.g.
    // in an accordion that contains more than approximately 6 panels that can be expanded at the same time".
    it('makes no panel a region once there are more than six sections, and keeps them regions up to six', async () => {
      const clinicSections = (count: number) =>
        Array.from(
          {length: count},
          (_, index) => `<details id="ketamine-extra-${index}"><summary>Extra ${index}</summary><p>Text</p></details>`,
        ).join('');
      const six = await renderExplainer({open: 'all'}, clinicSections(2));
      expect(sectionButtons(six).map((button) => panelOf(button).getAttribute('role'))).to.deep.equal(
        Array(6).fill('region'),
      );
      const seven = await renderExplainer({open: 'all'}, clinicSections(3));
      expect(sectionButtons(seven)).to.have.length(7);
      for (const button of sectionButtons(seven)) {
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(panelOf(button).hasAttribute('role'), button.id).to.be.false;
        expect(panelOf(button).hasAttribute('aria-labelledby'), button.id).to.be.false;
      }
    });

    describe('in the clinic’s own language and direction', () => {
      afterEach(() => (document.documentElement.lang = 'en'));

      /** The element that holds a section heading's text, and the language it is marked with. */
      const headingText = (button: HTMLButtonElement): HTMLElement => {
        let holder = button.querySelector<HTMLElement>(`.${Dom.ButtonText}`)!;
        while (holder.firstElementChild) holder = holder.firstElementChild as HTMLElement;
        return holder;
      };
      const languageOf = (node: Element): string | null | undefined => node.closest('[lang]')?.getAttribute('lang');

      const ENGLISH_SECTION = `
        <details id="ketamine-cost" lang="en">
          <summary>Cost and insurance?</summary>
          <p id="english-text">Many plans cover part of the treatment.</p>
        </details>`;

      it('keeps an English section’s heading marked English in a Spanish widget', async () => {
        const element = await renderExplainer({lang: 'es'}, ENGLISH_SECTION);
        await shows(element, 'es');
        const heading = headingText(buttonFor(element, 'ketamine-cost'));
        expect(visibleText(heading)).to.equal('Cost and insurance?');
        expect(languageOf(heading)).to.equal('en');
        expect(languageOf(headingText(buttonFor(element, 'ketamine-what-is-it')))).to.equal('es');
      });

      it('keeps a section in the page’s language when the reader picks another in the picker', async () => {
        document.documentElement.lang = 'en';
        const element = await renderExplainer({'language-picker': ''}, COST_SECTION);
        const select = shadow(element).querySelector('select')!;
        select.value = 'es';
        select.dispatchEvent(new Event('change'));
        await shows(element, 'es');
        expect(languageOf(headingText(buttonFor(element, 'ketamine-cost')))).to.equal('en');
        const slot = panelOf(buttonFor(element, 'ketamine-cost')).querySelector('slot')!;
        expect(languageOf(slot), 'the content’s slot').to.equal('en');
      });

      it('keeps English heading and content left-to-right in an Arabic widget, in the right-to-left layout', async () => {
        const element = await renderExplainer({lang: 'ar', open: 'ketamine-cost'}, ENGLISH_SECTION);
        await shows(element, 'ar');
        const text = element.querySelector<HTMLElement>('#english-text')!;
        expect(isShown(text)).to.be.true;
        expect(getComputedStyle(text).direction).to.equal('ltr');
        const button = buttonFor(element, 'ketamine-cost');
        expect(getComputedStyle(headingText(button)).direction).to.equal('ltr');
        // The section itself still follows the Arabic layout: its chevron on the left, like every other section's.
        expect(getComputedStyle(button).direction).to.equal('rtl');
        const icon = button.querySelector(`.${Dom.Icon}`)!.getBoundingClientRect();
        expect(icon.right).to.be.at.most(headingText(button).getBoundingClientRect().left);
      });

      it('keeps the clinic’s English call to action and crisis contacts left-to-right in an Arabic widget', async () => {
        const element = await renderExplainer(
          {lang: 'ar'},
          `<p slot="cta" id="cta">Book a consultation: 0800 111 0 111.</p>
           <div slot="crisis-contacts"><p id="contacts">Samaritans: call 116 123, free, day or night.</p></div>
           <p slot="reviewed" id="arabic-cta" dir="rtl">نص</p>`,
        );
        await shows(element, 'ar');
        expect(getComputedStyle(shadow(element).querySelector('[part="intro"]')!).direction, 'the widget').to.equal(
          'rtl',
        );
        expect(getComputedStyle(element.querySelector('#cta')!).direction).to.equal('ltr');
        expect(getComputedStyle(element.querySelector('#contacts')!).direction).to.equal('ltr');
        expect(getComputedStyle(element.querySelector('#arabic-cta')!).direction, 'its own dir wins').to.equal('rtl');
      });

      it('keeps Arabic content right-to-left in an English widget', async () => {
        const element = await renderExplainer(
          {lang: 'en', open: 'ketamine-fees'},
          '<details id="ketamine-fees" lang="ar" dir="rtl"><summary>التكلفة</summary><p id="arabic-text">نص</p></details>',
        );
        expect(getComputedStyle(element.querySelector('#arabic-text')!).direction).to.equal('rtl');
        const heading = headingText(buttonFor(element, 'ketamine-fees'));
        expect(languageOf(heading)).to.equal('ar');
        expect(getComputedStyle(heading).direction).to.equal('rtl');
      });
    });
  });

  describe('remember', () => {
    const storedKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('ketamine-explainer'));
    afterEach(() => sessionStorage.clear());

    it('stores nothing without the attribute', async () => {
      const element = await renderExplainer({}, '');
      buttonFor(element, 'ketamine-how-it-helps').click();
      await element.updateComplete;
      expect(storedKeys()).to.deep.equal([]);
      expect(document.cookie).to.equal('');
    });

    it('reopens the sections the reader opened, for this session, per instance id', async () => {
      const first = await renderExplainer({remember: '', id: 'explainer-a'}, COST_SECTION);
      buttonFor(first, 'ketamine-how-it-helps').click();
      buttonFor(first, 'ketamine-cost').click();
      await first.updateComplete;
      expect(storedKeys()).to.have.length(1);
      first.remove();

      const again = await renderExplainer({remember: '', id: 'explainer-a'}, COST_SECTION);
      expect(openSectionIds(again)).to.deep.equal(['ketamine-how-it-helps', 'ketamine-cost']);
      const other = await renderExplainer({remember: '', id: 'explainer-b'}, COST_SECTION);
      expect(openSectionIds(other)).to.deep.equal([]);
    });

    it('forgets when the attribute is removed', async () => {
      const element = await renderExplainer({remember: ''}, '');
      buttonFor(element, 'ketamine-next-steps').click();
      await element.updateComplete;
      expect(storedKeys()).to.have.length(1);
      element.removeAttribute('remember');
      await element.updateComplete;
      expect(storedKeys()).to.deep.equal([]);
    });
  });
});
