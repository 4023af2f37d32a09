import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import {KetamineExplainer, defineKetamineExplainer} from '../src/index.js';
import {
  buttonFor,
  captureWarnings,
  focusJustBefore,
  isShown,
  nextFrame,
  openSectionIds,
  optInFeaturesShown,
  panelOf,
  renderExplainer,
  sectionButtons,
  shadow,
  showAllButton,
  visibleText,
  withMedia,
  type Explainer,
} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

const SECTION_IDS = [
  'ketamine-what-is-it',
  'ketamine-how-it-helps',
  'ketamine-is-it-right-for-me',
  'ketamine-next-steps',
];

async function sourceArticleLines(): Promise<string[]> {
  const text = await (await fetch(new URL('./fixtures/article.en.txt', import.meta.url))).text();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The article as a reader meets it: intro, then each heading followed by its panel's paragraphs. */
function renderedArticleLines(element: Explainer): string[] {
  const root = shadow(element);
  const lines = [visibleText(root.querySelector(`.${Dom.Intro}`))];
  for (const section of root.querySelectorAll(`.${Dom.Section}`)) {
    lines.push(visibleText(section.querySelector(`.${Dom.ButtonText}`)));
    for (const paragraph of section.querySelectorAll(`.${Dom.Panel} p`)) lines.push(visibleText(paragraph));
  }
  return lines;
}

describe('<ketamine-explainer>', () => {
  describe('content', () => {
    it('shows the whole English article verbatim: intro, then every heading and paragraph in order', async () => {
      const element = await renderExplainer({open: 'all'});
      expect(renderedArticleLines(element)).to.deep.equal(await sourceArticleLines());
      for (const paragraph of shadow(element).querySelectorAll<HTMLElement>(`.${Dom.Panel} p`)) {
        expect(isShown(paragraph), visibleText(paragraph)).to.be.true;
      }
    });

    it('always shows the title and the intro, and starts with every section collapsed', async () => {
      const element = await renderExplainer();
      const root = shadow(element);
      expect(visibleText(root.querySelector(`.${Dom.Title}`))).to.equal('Ketamine for depression');
      expect(isShown(root.querySelector<HTMLElement>(`.${Dom.Intro}`)!)).to.be.true;
      expect(openSectionIds(element)).to.deep.equal([]);
      for (const button of sectionButtons(element)) expect(isShown(panelOf(button))).to.be.false;
    });

    it('uses the public section ids, in the article order', async () => {
      const element = await renderExplainer();
      expect([...shadow(element).querySelectorAll(`.${Dom.Section}`)].map((section) => section.id)).to.deep.equal(
        SECTION_IDS,
      );
    });

    it('shows the always-visible crisis notice, with working call and text links, before the first section', async () => {
      const element = await renderExplainer();
      const notice = shadow(element).querySelector<HTMLElement>(`.${Dom.Crisis}`)!;
      expect(isShown(notice)).to.be.true;
      const firstSection = shadow(element).querySelector(`.${Dom.Section}`)!;
      // A reader in distress meets the help right after the intro, in reading order and on screen.
      expect(notice.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(notice.getBoundingClientRect().bottom).to.be.at.most(firstSection.getBoundingClientRect().top);
      expect(notice.previousElementSibling?.classList.contains('intro'), 'the notice follows the intro').to.be.true;
      const links = [...notice.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    });
  });

  describe('accordion semantics', () => {
    it('puts a native button with aria-expanded and aria-controls inside a real heading one level below the title', async () => {
      const element = await renderExplainer();
      expect(shadow(element).querySelector(`.${Dom.Title}`)!.tagName).to.equal('H2');
      for (const button of sectionButtons(element)) {
        expect(button.parentElement!.tagName).to.equal('H3');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const panel = panelOf(button);
        expect(panel, 'aria-controls points at a panel in the same shadow root').to.exist;
        expect(panel.hasAttribute('inert'), 'panels are never inert').to.be.false;
      }
    });

    // APG accordion: a panel may be a region labelled by its button; an empty collapsed one is only a landmark to skip.
    it('exposes an open panel as a region labelled by its button, and a collapsed one as no landmark at all', async () => {
      const element = await renderExplainer({open: 'ketamine-how-it-helps'});
      for (const button of sectionButtons(element)) {
        const panel = panelOf(button);
        if (button.getAttribute('aria-expanded') === 'true') {
          expect(panel.getAttribute('role'), button.id).to.equal('region');
          expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        } else {
          expect(panel.hasAttribute('role'), `${button.id}: no role`).to.be.false;
          expect(panel.hasAttribute('aria-labelledby'), `${button.id}: no name`).to.be.false;
        }
      }
      const closing = buttonFor(element, 'ketamine-how-it-helps');
      closing.click();
      await element.updateComplete;
      expect(panelOf(closing).hasAttribute('role'), 'a panel closed again is no region').to.be.false;
    });

    it('keeps the landmarks few: the widget, the crisis notice and the open panels', async () => {
      const element = await renderExplainer();
      const root = shadow(element);
      const landmarks = () =>
        [...root.querySelectorAll('[role="region"], section[aria-labelledby], aside[aria-labelledby]')].length;
      expect(landmarks()).to.equal(2);
      showAllButton(element).click();
      await element.updateComplete;
      expect(landmarks()).to.equal(2 + 4);
    });

    it('collapses panels with hidden="until-found" where find-in-page supports it, plain hidden elsewhere', async () => {
      const element = await renderExplainer();
      const expected = 'onbeforematch' in HTMLElement.prototype ? 'until-found' : '';
      for (const button of sectionButtons(element)) expect(panelOf(button).getAttribute('hidden')).to.equal(expected);
    });

    it('opens and closes a section on click', async () => {
      const element = await renderExplainer();
      const button = buttonFor(element, 'ketamine-how-it-helps');
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(button))).to.be.true;
      expect(openSectionIds(element)).to.deep.equal(['ketamine-how-it-helps']);
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panelOf(button))).to.be.false;
    });

    it('keeps each instance independent', async () => {
      const first = await renderExplainer();
      const second = await renderExplainer();
      buttonFor(first, 'ketamine-what-is-it').click();
      await first.updateComplete;
      expect(openSectionIds(first)).to.deep.equal(['ketamine-what-is-it']);
      expect(openSectionIds(second)).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('reaches every control with Tab and toggles sections with Enter and Space', async () => {
      const element = await renderExplainer();
      await focusJustBefore(element);
      // First the crisis links, then the controls row ("Show all sections", then "Listen" where the browser can
      // speak), then the sections.
      const crisisLinks = [...shadow(element).querySelectorAll<HTMLElement>(`.${Dom.Crisis} a`)];
      const controls = [
        ...shadow(element).querySelectorAll<HTMLElement>(`.${Dom.Controls} button, .${Dom.Controls} select`),
      ];
      expect(crisisLinks).to.have.length(3);
      expect(controls[0]).to.equal(showAllButton(element));
      // Compared by name, not as elements: a failure message then names the control instead of dumping an element.
      const named = (control: Element | null) => `${control?.tagName} ${visibleText(control)}`;
      for (const control of [...crisisLinks, ...controls]) {
        await sendKeys({press: 'Tab'});
        expect(named(shadow(element).activeElement)).to.equal(named(control));
      }
      await sendKeys({press: 'Tab'});
      const first = sectionButtons(element)[0]!;
      expect(shadow(element).activeElement).to.equal(first);
      await sendKeys({press: 'Enter'});
      await element.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({type: ' '});
      await element.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({press: 'Tab'});
      expect(shadow(element).activeElement).to.equal(sectionButtons(element)[1]);
    });

    it('leaves arrow keys to the browser (no focus jumps between headers)', async () => {
      const element = await renderExplainer();
      const first = sectionButtons(element)[0]!;
      first.focus();
      await sendKeys({press: 'ArrowDown'});
      expect(shadow(element).activeElement).to.equal(first);
    });

    it('shows a visible focus indicator on the section buttons', async () => {
      const element = await renderExplainer();
      await focusJustBefore(element);
      for (let step = 0; step < 10 && shadow(element).activeElement !== sectionButtons(element)[0]; step++) {
        await sendKeys({press: 'Tab'});
      }
      const style = getComputedStyle(sectionButtons(element)[0]!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('show all', () => {
    it('opens every section, then hides them all, and says which it will do', async () => {
      const element = await renderExplainer();
      const showAll = showAllButton(element);
      expect(visibleText(showAll)).to.equal('Show all sections');
      showAll.click();
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal(SECTION_IDS);
      expect(visibleText(showAll)).to.equal('Hide all sections');
      showAll.click();
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal([]);
      expect(visibleText(showAll)).to.equal('Show all sections');
    });

    // Its label already says what it will do; "Hide all sections, expanded" would say it twice, and contradict it
    // whenever the label and the state disagree (APG: a button whose label changes carries no state of its own).
    it('says what it will do in its label alone, with no aria-expanded beside it', async () => {
      const element = await renderExplainer();
      const showAll = showAllButton(element);
      expect(showAll.hasAttribute('aria-expanded')).to.be.false;
      showAll.click();
      await element.updateComplete;
      expect(visibleText(showAll)).to.equal('Hide all sections');
      expect(showAll.hasAttribute('aria-expanded')).to.be.false;
    });

    it('turns into "Hide all sections" when the reader has opened every section one by one', async () => {
      const element = await renderExplainer();
      for (const button of sectionButtons(element)) button.click();
      await element.updateComplete;
      expect(visibleText(showAllButton(element))).to.equal('Hide all sections');
    });
  });

  describe('open attribute', () => {
    it('opens every section with open="all"', async () => {
      const element = await renderExplainer({open: 'all'});
      expect(openSectionIds(element)).to.deep.equal(SECTION_IDS);
    });

    it('opens the listed sections, in any case and spacing', async () => {
      const element = await renderExplainer({open: '  KETAMINE-next-steps   ketamine-what-is-it '});
      expect(openSectionIds(element)).to.deep.equal(['ketamine-what-is-it', 'ketamine-next-steps']);
    });

    it('ignores unknown ids with one warning and still opens the known ones', async () => {
      const warnings = captureWarnings();
      try {
        const element = await renderExplainer({open: 'ketamine-how-it-helps nonsense-id'});
        await renderExplainer({open: 'ketamine-how-it-helps nonsense-id'});
        expect(openSectionIds(element)).to.deep.equal(['ketamine-how-it-helps']);
        expect(warnings.messages.filter((message) => message.includes('nonsense-id'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('reapplies when the attribute or property changes later', async () => {
      const element = await renderExplainer();
      element.setAttribute('open', 'ketamine-next-steps');
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal(['ketamine-next-steps']);
      element.open = 'all';
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal(SECTION_IDS);
      element.removeAttribute('open');
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal([]);
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5]) {
      it(`with heading-level="${level}" the title is an h${level} and sections h${level + 1}`, async () => {
        const element = await renderExplainer({'heading-level': String(level)});
        expect(shadow(element).querySelector(`.${Dom.Title}`)!.tagName).to.equal(`H${level}`);
        for (const button of sectionButtons(element)) expect(button.parentElement!.tagName).to.equal(`H${level + 1}`);
      });
    }

    // Each value is a different problem (a different number once parsed), so each earns exactly one warning.
    for (const bad of ['0', '6', 'abc', '2.5', '-1']) {
      it(`falls back to level 2 with one warning for heading-level=${JSON.stringify(bad)}`, async () => {
        const warnings = captureWarnings();
        try {
          const element = await renderExplainer({'heading-level': bad});
          const twin = await renderExplainer({'heading-level': bad});
          expect(shadow(element).querySelector(`.${Dom.Title}`)!.tagName).to.equal('H2');
          expect(shadow(twin).querySelector(`.${Dom.Title}`)!.tagName).to.equal('H2');
          expect(sectionButtons(element)).to.have.length(4);
          expect(warnings.messages.filter((message) => message.includes('heading-level'))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('never renders markup from the attribute', async () => {
      const element = await renderExplainer({'heading-level': '<img src=x onerror="window.__injected=1">'});
      expect(shadow(element).querySelector(`.${Dom.Title}`)!.tagName).to.equal('H2');
      expect(shadow(element).querySelector('img')).to.be.null;
      expect((window as unknown as {__injected?: number}).__injected).to.be.undefined;
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('opens the section named in the URL fragment at load and scrolls it into view', async () => {
      history.replaceState(null, '', '#ketamine-next-steps');
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: 3000px"></div>
          <div style="height: 3000px"></div>
        </div>`,
      );
      const element = document.createElement('ketamine-explainer');
      page.firstElementChild!.after(element);
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal(['ketamine-next-steps']);
      const section = shadow(element).getElementById('ketamine-next-steps')!;
      await waitUntil(() => {
        const {top} = section.getBoundingClientRect();
        return top >= -2 && top < window.innerHeight / 2;
      }, 'the linked section scrolls into view');
      element.remove();
    });

    it('jumps to the linked section at once when the reader asks for reduced motion, scrolls smoothly otherwise', async () => {
      const scrolls: [string, ScrollBehavior | undefined][] = [];
      const scrollIntoView = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
        if (this.id.startsWith('ketamine-'))
          scrolls.push([this.id, typeof options === 'object' ? options.behavior : undefined]);
        scrollIntoView.call(this, options);
      };
      const followLink = async () => {
        history.replaceState(null, '', '#ketamine-is-it-right-for-me');
        const element = await renderExplainer();
        await waitUntil(() => scrolls.length > 0, 'the linked section is scrolled to');
        element.remove();
        history.replaceState(null, '', location.pathname + location.search);
        return scrolls.splice(0);
      };
      try {
        expect(await followLink()).to.deep.equal([['ketamine-is-it-right-for-me', 'smooth']]);
        const probe = await renderExplainer();
        await withMedia(probe, {reducedMotion: 'reduce'}, async (emulated) => {
          // Where the runner cannot emulate the media feature (Firefox, WebKit), the page's matchMedia answers it.
          const matchMedia = window.matchMedia;
          if (!emulated) {
            window.matchMedia = (query: string) =>
              query.includes('prefers-reduced-motion: reduce')
                ? ({...matchMedia.call(window, query), matches: true} as MediaQueryList)
                : matchMedia.call(window, query);
          }
          try {
            expect(await followLink()).to.deep.equal([['ketamine-is-it-right-for-me', 'instant']]);
          } finally {
            window.matchMedia = matchMedia;
          }
        });
        probe.remove();
      } finally {
        Element.prototype.scrollIntoView = scrollIntoView;
      }
    });

    it('opens a section when the fragment changes, and moves focus to its button', async () => {
      const element = await renderExplainer();
      location.hash = '#ketamine-how-it-helps';
      await oneEvent(window, 'hashchange');
      await element.updateComplete;
      await nextFrame();
      expect(openSectionIds(element)).to.deep.equal(['ketamine-how-it-helps']);
      expect(shadow(element).activeElement).to.equal(buttonFor(element, 'ketamine-how-it-helps'));
    });

    it('ignores fragments that belong to the host page, and warns once about unknown ketamine- ids', async () => {
      const warnings = captureWarnings();
      try {
        history.replaceState(null, '', '#contact');
        const hostFragment = await renderExplainer();
        history.replaceState(null, '', '#ketamine-unknown-section');
        const unknown = await renderExplainer();
        await renderExplainer();
        expect(openSectionIds(hostFragment)).to.deep.equal([]);
        expect(openSectionIds(unknown)).to.deep.equal([]);
        expect(warnings.messages.filter((message) => message.includes('#'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('find in page', () => {
    it('opens a collapsed section when the browser reveals a match in it (beforematch)', async () => {
      const element = await renderExplainer();
      const button = buttonFor(element, 'ketamine-how-it-helps');
      const toggled = oneEvent(element, 'ketamine-explainer-toggle');
      panelOf(button).dispatchEvent(new Event('beforematch', {bubbles: true}));
      expect((await toggled).detail).to.deep.equal({id: 'ketamine-how-it-helps', open: true});
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(button))).to.be.true;
    });
  });

  describe('print', () => {
    it('prints every section expanded and leaves out the controls', async () => {
      const element = await renderExplainer({'language-picker': ''});
      await withMedia(element, {media: 'print'}, () => {
        for (const button of sectionButtons(element)) expect(isShown(panelOf(button)), button.id).to.be.true;
        expect(isShown(shadow(element).querySelector<HTMLElement>(`.${Dom.Controls}`)!)).to.be.false;
      });
    });
  });

  describe('motion', () => {
    it('turns the chevron animation off when the reader prefers reduced motion', async () => {
      const element = await renderExplainer();
      const icon = shadow(element).querySelector<SVGElement>(`.${Dom.Icon}`)!;
      expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.be.greaterThan(0);
      await withMedia(element, {reducedMotion: 'reduce'}, () => {
        expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.equal(0);
      });
    });
  });

  describe('events', () => {
    it('fires ketamine-explainer-toggle, bubbling and composed, with the section id and new state', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const outer = host.attachShadow({mode: 'open'});
      const element = document.createElement('ketamine-explainer');
      outer.append(element);
      await element.updateComplete;
      const received = oneEvent(document, 'ketamine-explainer-toggle');
      buttonFor(element, 'ketamine-what-is-it').click();
      const event = (await received) as CustomEvent;
      expect(event.detail).to.deep.equal({id: 'ketamine-what-is-it', open: true});
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('fires ketamine-explainer-toggle-all and one toggle per section that changed', async () => {
      const element = await renderExplainer({open: 'ketamine-what-is-it'});
      const toggles: unknown[] = [];
      element.addEventListener('ketamine-explainer-toggle', (event) => toggles.push(event.detail));
      const all = oneEvent(element, 'ketamine-explainer-toggle-all');
      showAllButton(element).click();
      expect((await all).detail).to.deep.equal({open: true});
      expect(toggles).to.deep.equal(SECTION_IDS.slice(1).map((id) => ({id, open: true})));
    });
  });

  describe('embedding', () => {
    it('does not throw or warn when the same copy registers again', async () => {
      const warnings = captureWarnings();
      try {
        expect(() => defineKetamineExplainer()).not.to.throw();
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('does not throw when another copy already owns the tag, and warns once', async () => {
      customElements.define('ketamine-explainer-taken', class extends HTMLElement {});
      const warnings = captureWarnings();
      try {
        expect(() => defineKetamineExplainer('ketamine-explainer-taken')).not.to.throw();
        expect(() => defineKetamineExplainer('ketamine-explainer-taken')).not.to.throw();
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('already defined');
      } finally {
        warnings.restore();
      }
    });

    it('upgrades an element that was in the page, with attributes and properties set, before the script ran', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = '<ketamine-explainer-late heading-level="4"></ketamine-explainer-late>';
      const element = wrapper.firstElementChild as Explainer;
      (element as unknown as {open: string}).open = 'ketamine-how-it-helps';
      customElements.define('ketamine-explainer-late', class extends KetamineExplainer {});
      await element.updateComplete;
      expect(shadow(element).querySelector(`.${Dom.Title}`)!.tagName).to.equal('H4');
      expect(openSectionIds(element)).to.deep.equal(['ketamine-how-it-helps']);
    });

    it('works when created by script with properties set before it is connected', async () => {
      const element = document.createElement('ketamine-explainer');
      element.headingLevel = 3;
      element.open = 'all';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(element);
      await element.updateComplete;
      expect(shadow(element).querySelector(`.${Dom.Title}`)!.tagName).to.equal('H3');
      expect(openSectionIds(element)).to.deep.equal(SECTION_IDS);
    });

    it('keeps working, with its state, when moved elsewhere in the page', async () => {
      const element = await renderExplainer();
      buttonFor(element, 'ketamine-next-steps').click();
      const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
      elsewhere.append(element);
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal(['ketamine-next-steps']);
      buttonFor(element, 'ketamine-what-is-it').click();
      await element.updateComplete;
      expect(openSectionIds(element)).to.deep.equal(['ketamine-what-is-it', 'ketamine-next-steps']);
    });

    it('works inside another component’s shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('ketamine-explainer');
      host.attachShadow({mode: 'open'}).append(element);
      await element.updateComplete;
      buttonFor(element, 'ketamine-what-is-it').click();
      await element.updateComplete;
      expect(isShown(panelOf(buttonFor(element, 'ketamine-what-is-it')))).to.be.true;
    });
  });

  describe('layout', () => {
    it('reflows at 320 CSS pixels (400% zoom of 1280) without horizontal scrolling', async () => {
      const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const element = document.createElement('ketamine-explainer');
      element.setAttribute('open', 'all');
      element.setAttribute('language-picker', '');
      narrow.append(element);
      await element.updateComplete;
      await optInFeaturesShown(element);
      expect(element.scrollWidth).to.be.at.most(320);
      for (const node of shadow(element).querySelectorAll<HTMLElement>('*')) {
        if (node.getBoundingClientRect().width > 0) {
          expect(node.getBoundingClientRect().right, node.className).to.be.at.most(
            narrow.getBoundingClientRect().right + 0.5,
          );
        }
      }
    });

    it('follows the host page’s font and text size, not the root font size', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif; font-size: 18px; color: rgb(40, 50, 60)"></div>`,
      );
      document.documentElement.style.fontSize = '10px';
      try {
        const element = document.createElement('ketamine-explainer');
        page.append(element);
        await element.updateComplete;
        const intro = getComputedStyle(shadow(element).querySelector(`.${Dom.Intro}`)!);
        expect(intro.fontFamily).to.contain('Georgia');
        expect(intro.fontSize).to.equal('18px');
        expect(intro.color).to.equal('rgb(40, 50, 60)');
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  // Collapsed, all open, with the picker, themes and clinic content: tests/examples.test.ts runs axe on each example.
  describe('accessibility (axe)', () => {
    it('passes at heading levels 1 and 5 inside a page outline that leads up to them', async () => {
      const element = await renderExplainer({'heading-level': '1', open: 'ketamine-next-steps'});
      await expect(element).to.be.accessible();
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <h1>Clinic</h1>
          <h2>Care</h2>
          <h3>Depression</h3>
          <h4>Treatments</h4>
        </div>`,
      );
      const nested = document.createElement('ketamine-explainer');
      nested.setAttribute('heading-level', '5');
      page.append(nested);
      await nested.updateComplete;
      await expect(page).to.be.accessible();
    });
  });
});
