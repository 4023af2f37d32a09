import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
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

describe('end to end: shipping', () => {
  afterEach(closeHostPages);

  it('works from a bundler, imported from the package and defined under another tag name', async () => {
    const consumer = await executeServerCommand<string, unknown>('bundle-consumer');
    const page = await openHostPage({
      scripts: [{src: consumer!}],
      body: '<clinic-explainer lang="fr" open="ketamine-next-steps"></clinic-explainer>',
    });
    await waitUntil(() => page.window.customElements.get('clinic-explainer'), 'defined as clinic-explainer');
    const element = page.document.querySelector<HTMLElement>('clinic-explainer')!;
    await waitUntil(() => languageOf(element) === 'fr', 'renders in French');
    expect(page.window.customElements.get('ketamine-explainer'), 'the default tag stays free').to.be.undefined;
    const buttons = sectionButtonsOf(element);
    expect(buttons.map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
      'false',
      'false',
      'false',
      'true',
    ]);
    buttons[0]!.click();
    await waitUntil(() => buttons[0]!.getAttribute('aria-expanded') === 'true', 'opens');
    expectCleanRecord(page);
  });

  describe('no-JavaScript fallback (dist/fallback.html)', () => {
    let fallback: string;
    before(async () => {
      fallback = await (await fetch('/dist/fallback.html')).text();
    });

    it('shows the whole English article as plain HTML without the script', async () => {
      const page = await openHostPage({body: fallback});
      const text = page.document.body.innerText;
      const article = await (await fetch('/tests/fixtures/article.en.txt')).text();
      for (const line of article.split('\n').filter((candidate) => candidate.trim())) {
        expect(text, line.slice(0, 40)).to.contain(line.trim());
      }
      const crisisLink = page.document.querySelector('a[href="tel:988"]')!;
      const firstSection = [...page.document.querySelectorAll('h3')].find(
        (h) => h.textContent === 'What Is Ketamine?',
      )!;
      expect(
        crisisLink.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING,
        'the crisis links come before the first section, as in the widget',
      ).to.be.greaterThan(0);
    });

    it('is replaced by the widget when it upgrades, with the title and intro where they were', async () => {
      const page = await openHostPage({body: `<div id="before">Clinic text before.</div>${fallback}`});
      const fallbackIntro = page.document.querySelector('.ketamine-explainer-fallback p')!;
      const before = fallbackIntro.getBoundingClientRect().top;
      const script = page.document.createElement('script');
      script.type = 'module';
      script.src = moduleBundle();
      page.document.head.append(script);
      const [element] = await explainersRendered(page);
      expect(fallbackIntro.checkVisibility(), 'the fallback is no longer shown').to.be.false;
      const intro = element!.shadowRoot!.querySelector(`.${Dom.Intro}`)!;
      expect(intro.checkVisibility()).to.be.true;
      expect(Math.abs(intro.getBoundingClientRect().top - before), 'the intro stays in place').to.be.below(24);
      expect(sectionButtonsOf(element!)).to.have.length(4);
    });
  });
});
