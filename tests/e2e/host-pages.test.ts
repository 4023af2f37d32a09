import {expect, waitUntil} from '@open-wc/testing';
import {
  classicBundle,
  closeHostPages,
  expectCleanRecord,
  explainersRendered,
  languageOf,
  moduleBundle,
  openHostPage,
  sectionButtonsOf,
  STRICT_CSP,
  STRICT_CSP_SINGLE_LIT,
  type HostPage,
} from './host-page.js';
import {matchLocale} from '../../src/i18n/locales.js';
import {Dom} from '../../src/markup/dom-contract.js';

const ARTICLE_START = 'Living with depression';

/** Readable and operable: the intro is shown at a sane size, and a section opens on click and shows its text. */
async function expectReadableAndOperable(page: HostPage, element: HTMLElement): Promise<void> {
  const intro = element.shadowRoot!.querySelector<HTMLElement>(`.${Dom.Intro}`)!;
  expect(intro.textContent).to.contain(ARTICLE_START);
  const style = page.window.getComputedStyle(intro);
  expect(parseFloat(style.fontSize), 'text size').to.be.at.least(14);
  expect(style.color, 'text colour').not.to.equal('rgba(0, 0, 0, 0)');
  expect(intro.getBoundingClientRect().height, 'intro laid out').to.be.greaterThan(20);
  const button = sectionButtonsOf(element)[1]!;
  expect(button.getBoundingClientRect().height, 'button laid out').to.be.at.least(40);
  button.click();
  await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'opens on click');
  const panel = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
  await waitUntil(() => panel.getBoundingClientRect().height > 40, 'the opened panel shows its text');
}

describe('end to end: host pages', () => {
  afterEach(closeHostPages);

  describe('strict security headers', () => {
    const policies = {
      'the recommended strict CSP': STRICT_CSP,
      'the strict CSP allowing the lit-html policy once': STRICT_CSP_SINGLE_LIT,
    };
    for (const [name, csp] of Object.entries(policies)) {
      for (const [build, script] of [
        ['ES module', {src: moduleBundle()}],
        ['classic script', {src: classicBundle(), module: false}],
      ] as const) {
        it(`works under ${name}, ${build}, with zero violations, in Spanish and with opt-in features`, async () => {
          const page = await openHostPage({
            csp,
            lang: 'es',
            scripts: [script],
            body: `<ketamine-explainer></ketamine-explainer>
              <ketamine-explainer language-picker last-reviewed="2026-10-01" crisis-call="116 123">
                <details id="ketamine-cost"><summary>Cost</summary><p>Prices.</p></details>
              </ketamine-explainer>`,
          });
          const [plain, configured] = await explainersRendered(page, 2);
          expect(languageOf(plain!)).to.equal('es');
          await waitUntil(() => configured!.shadowRoot!.querySelector('select'), 'the picker appears');
          expect(sectionButtonsOf(configured!)).to.have.length(5);
          plain!.setAttribute('lang', 'ar');
          await waitUntil(() => languageOf(plain!) === 'ar', 'switches to Arabic');
          expectCleanRecord(page);
        });
      }
    }
  });

  describe('hostile global CSS', () => {
    for (const dir of [undefined, 'rtl']) {
      it(`stays readable and operable${dir ? ' on an rtl page' : ''}`, async () => {
        const page = await openHostPage({
          dir,
          styles: ['/tests/e2e/hostile.css'],
          scripts: [{src: moduleBundle()}],
          body: '<main><div><ketamine-explainer></ketamine-explainer></div></main>',
        });
        const [element] = await explainersRendered(page);
        await expectReadableAndOperable(page, element!);
        const base = element!.shadowRoot!.querySelector(`.${Dom.Base}`)!;
        expect(page.window.getComputedStyle(base).direction, 'English stays left to right').to.equal('ltr');
        const collapsed = element!.shadowRoot!.querySelectorAll(`.${Dom.Panel}[hidden]`);
        expect(collapsed.length, '[hidden] !important on the page does not open panels').to.equal(3);
        for (const panel of collapsed) expect(panel.getBoundingClientRect().height).to.equal(0);
        expectCleanRecord(page);
      });
    }
  });

  describe('loading', () => {
    it('works with the bundle included twice', async () => {
      const page = await openHostPage({
        scripts: [{src: moduleBundle()}, {src: moduleBundle(), at: 'bodyEnd'}],
        body: '<ketamine-explainer></ketamine-explainer>',
      });
      const [element] = await explainersRendered(page);
      await expectReadableAndOperable(page, element!);
      expect(page.record.warnings).to.deep.equal([]);
      expectCleanRecord(page);
    });

    it('works with two different copies, and with the module and the classic build together: one warning each', async () => {
      const page = await openHostPage({
        // Each copy carries its own Lit, which creates its own lit-html policy: the recommended CSP allows that.
        csp: STRICT_CSP,
        scripts: [{src: moduleBundle()}, {src: moduleBundle('second-copy')}, {src: classicBundle(), module: false}],
        body: '<ketamine-explainer></ketamine-explainer>',
      });
      const [element] = await explainersRendered(page);
      await expectReadableAndOperable(page, element!);
      await waitUntil(() => page.record.warnings.length === 2, 'both extra copies warn');
      expect(page.record.warnings.every((warning) => warning.includes('already defined'))).to.be.true;
      expectCleanRecord(page);
    });

    it('works with a classic script before the element and with the element added late', async () => {
      const page = await openHostPage({
        scripts: [{src: classicBundle(), module: false, at: 'head'}],
        body: '<ketamine-explainer id="early"></ketamine-explainer>',
      });
      await explainersRendered(page);
      const late = page.document.createElement('ketamine-explainer');
      late.setAttribute('open', 'all');
      page.document.body.append(late);
      const [, second] = await explainersRendered(page, 2);
      expect(sectionButtonsOf(second!).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
        'true',
        'true',
        'true',
        'true',
      ]);
      expectCleanRecord(page);
    });

    it('survives being moved, removed and re-added, and lives inside other shadow roots', async () => {
      const page = await openHostPage({
        scripts: [{src: moduleBundle()}],
        body: '<div id="a"><ketamine-explainer></ketamine-explainer></div><div id="b"></div><div id="host"></div>',
      });
      const [element] = await explainersRendered(page);
      sectionButtonsOf(element!)[0]!.click();
      page.document.getElementById('b')!.append(element!);
      element!.remove();
      page.document.getElementById('a')!.append(element!);
      const shadow = page.document.getElementById('host')!.attachShadow({mode: 'open'});
      shadow.innerHTML = '<ketamine-explainer lang="vi"></ketamine-explainer>';
      const all = await explainersRendered(page, 2);
      await waitUntil(() => sectionButtonsOf(element!)[0]!.getAttribute('aria-expanded') === 'true', 'state kept');
      expect(languageOf(all.find((candidate) => candidate !== element)!)).to.equal('vi');
      await expectReadableAndOperable(page, element!);
      expectCleanRecord(page);
    });

    it('renders 100 instances, each independent', async () => {
      const page = await openHostPage({
        scripts: [{src: moduleBundle()}],
        body: '<ketamine-explainer></ketamine-explainer>'.repeat(100),
      });
      const explainers = await explainersRendered(page, 100, 15000);
      expect(explainers).to.have.length(100);
      sectionButtonsOf(explainers[42]!)[2]!.click();
      await waitUntil(() => sectionButtonsOf(explainers[42]!)[2]!.getAttribute('aria-expanded') === 'true', 'opens');
      const open = explainers.filter((element) =>
        sectionButtonsOf(element).some((button) => button.getAttribute('aria-expanded') === 'true'),
      );
      expect(open).to.deep.equal([explainers[42]]);
      expectCleanRecord(page);
    });
  });

  describe('single-page apps', () => {
    it('follows attributes changed and removed after render, re-parenting and a rewritten <html lang>', async () => {
      const page = await openHostPage({
        scripts: [{src: moduleBundle()}],
        body: '<div id="app"><ketamine-explainer open="all" heading-level="3"></ketamine-explainer></div><div id="next"></div>',
      });
      const [element] = await explainersRendered(page);
      element!.setAttribute('heading-level', '4');
      element!.removeAttribute('open');
      await waitUntil(
        () => element!.shadowRoot!.querySelector(`.${Dom.Title}`)!.tagName === 'H4',
        'heading level follows',
      );
      await waitUntil(
        () => sectionButtonsOf(element!).every((b) => b.getAttribute('aria-expanded') === 'false'),
        'closed',
      );
      page.document.getElementById('next')!.append(element!);
      page.document.documentElement.lang = 'pl';
      await waitUntil(() => languageOf(element!) === 'pl', 'follows <html lang>');
      page.document.documentElement.removeAttribute('lang');
      // No language declared any more: the browser's own languages decide, else English.
      const expected = page.window.navigator.languages.map(matchLocale).find(Boolean) ?? 'en';
      await waitUntil(() => languageOf(element!) === expected, `falls back to ${expected}`);
      await expectReadableAndOperable(page, element!);
      expectCleanRecord(page);
    });
  });
});
