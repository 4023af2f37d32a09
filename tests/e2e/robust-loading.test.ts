/**
 * Loading robustness on real host pages under the README's strict CSP: a query string on the script URL, another
 * Lit-based component on the same page, and page elements whose ids or names shadow the globals Lit reads.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {
  classicBundle,
  closeHostPages,
  expectCleanRecord,
  explainersRendered,
  languageOf,
  moduleBundle,
  openHostPage,
  requestedFiles,
  sectionButtonsOf,
  STRICT_CSP,
  STRICT_CSP_SINGLE_LIT,
  type HostPage,
} from './host-page.js';

/** Shoelace 2.20's button from its CDN build: a real component with its own, separately bundled copy of Lit. */
const SHOELACE_BUTTON = '/node_modules/@shoelace-style/shoelace/cdn/components/button/button.js';

/**
 * Every global Lit 3 reads while it loads and defines an element (lit-html, lit-element, @lit/reactive-element) that
 * a page element can shadow. Lit also reads `trustedTypes`, the window's own property in all three engines (an
 * element cannot shadow it), and `litNonce`, only where constructable stylesheets are missing.
 */
const LIT_GLOBALS = [
  'litHtmlPolyfillSupport',
  'litHtmlVersions',
  'reactiveElementPolyfillSupport',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litElementHydrateSupport',
  'litElementPolyfillSupport',
  'litElementVersions',
  'ShadyCSS',
];

let copies = 0;
/** A name for a fresh copy of dist/ on the test server, so that its requests are counted apart from other tests'. */
const freshCopy = (purpose: string) => `${purpose}-${Date.now()}-${copies++}`;

/** The widget is styled by its own stylesheets (not `<style>` elements, which the strict CSP blocks) and opens. */
async function expectStyledAndOperable(page: HostPage, element: HTMLElement): Promise<void> {
  const root = element.shadowRoot!;
  expect(root.adoptedStyleSheets.length, 'constructable stylesheets adopted').to.be.greaterThan(0);
  const button = sectionButtonsOf(element)[0]!;
  expect(page.window.getComputedStyle(button).cursor, 'the section button is styled').to.equal('pointer');
  button.click();
  await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the section opens');
}

describe('end to end: robust loading', () => {
  afterEach(closeHostPages);

  describe('a query string on the script URL (WordPress ?ver=, cache busting)', () => {
    for (const [query, csp, policy, preload] of [
      ['?ver=6.4.2', STRICT_CSP, 'the recommended strict CSP', false],
      ['?v=1&cache=2', STRICT_CSP_SINGLE_LIT, 'the strict CSP allowing the lit-html policy once', false],
      ['?ver=6.4.2', STRICT_CSP, 'the recommended strict CSP, with the core preloaded (README)', true],
    ] as const) {
      it(`fetches each file once, in Spanish with the picker, with ${query} under ${policy}`, async () => {
        const copy = freshCopy('query');
        const core = moduleBundle(copy).replace('ketamine-explainer.js', 'chunks/core.js');
        const page = await openHostPage({
          csp,
          lang: 'es',
          head: preload ? `<link rel="modulepreload" href="${core}">` : '',
          scripts: [{src: `${moduleBundle(copy)}${query}`}],
          body: '<ketamine-explainer language-picker></ketamine-explainer>',
        });
        const [element] = await explainersRendered(page);
        await waitUntil(() => languageOf(element!) === 'es', 'the Spanish translation loads');
        await waitUntil(() => element!.shadowRoot!.querySelector('select'), 'the language picker appears');
        const files = await requestedFiles(copy);
        expect(files, 'the chunks loaded').to.include.members(['chunks/es.js', 'chunks/opt-in-features.js']);
        expect(files, 'no file is fetched twice').to.deep.equal([...new Set(files)]);
        expect(page.record.warnings, 'no second copy stands aside').to.deep.equal([]);
        expectCleanRecord(page);
      });
    }
  });

  describe('another Lit-based component on the page, under the recommended strict CSP', () => {
    const widget = {src: moduleBundle()};
    const shoelace = {src: SHOELACE_BUTTON};
    for (const [order, scripts] of [
      ['the widget first', [widget, shoelace]],
      ['Shoelace first', [shoelace, widget]],
    ] as const) {
      it(`both work, with zero violations, with ${order}`, async () => {
        const page = await openHostPage({
          csp: STRICT_CSP,
          lang: 'es',
          scripts: [...scripts],
          body: '<sl-button>Book a visit</sl-button><ketamine-explainer language-picker></ketamine-explainer>',
        });
        const [element] = await explainersRendered(page);
        await waitUntil(() => languageOf(element!) === 'es', 'the widget shows Spanish');
        await waitUntil(() => element!.shadowRoot!.querySelector('select'), 'the language picker appears');
        await expectStyledAndOperable(page, element!);

        await waitUntil(() => page.window.customElements.get('sl-button'), 'Shoelace defines its button');
        const button = page.document.querySelector('sl-button')!;
        const base = () => button.shadowRoot?.querySelector('[part~="base"]');
        await waitUntil(() => base(), 'the Shoelace button renders');
        button.setAttribute('variant', 'primary');
        await waitUntil(() => base()!.classList.contains('button--primary'), 'the Shoelace button re-renders');
        expectCleanRecord(page);
      });
    }
  });

  describe("page elements named like Lit's globals (DOM clobbering)", () => {
    for (const name of LIT_GLOBALS) {
      for (const [build, script, markup] of [
        ['ES module', {src: moduleBundle()}, `<div id="${name}"></div>`],
        ['classic script', {src: classicBundle(), module: false}, `<img name="${name}" alt="">`],
      ] as const) {
        it(`${markup} leaves the ${build} working and styled`, async () => {
          const page = await openHostPage({
            csp: STRICT_CSP,
            scripts: [script],
            body: `${markup}<ketamine-explainer></ketamine-explainer>`,
          });
          const [element] = await explainersRendered(page);
          await expectStyledAndOperable(page, element!);
          expect(page.record.warnings).to.deep.equal([]);
          expectCleanRecord(page);
        });
      }
    }
  });
});
