/**
 * The page shapes of docs/platforms.md, in a real browser: what a site builder or a tag manager actually leaves in
 * the page. Each recipe's own snippets are checked against the documented embeds by tests/node/platforms.test.mjs.
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
} from './host-page.js';
import {Dom} from '../../src/markup/dom-contract.js';

/** The script inside docs/platforms.md's Google Tag Manager tag, as the recipe gives it. */
async function tagManagerScript(): Promise<string> {
  const doc = await (await fetch('/docs/platforms.md')).text();
  const block = [...doc.matchAll(/```html\n([\s\S]*?)```/g)]
    .map(([, code]) => code!)
    .find((code) => code.includes("document.createElement('script')"));
  expect(block, 'the tag in docs/platforms.md').to.exist;
  return /<script>([\s\S]*)<\/script>/.exec(block!)![1]!;
}

// The server logs requests per copy name, across the engines that run at the same time: one name per test run.
const copy = `tag-manager-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe('end to end: the platform recipes (docs/platforms.md)', () => {
  afterEach(closeHostPages);

  it('Google Tag Manager: the element in the page, the documented tag adding the module later, once', async () => {
    const page = await openHostPage({body: '<ketamine-explainer lang="es" open="all"></ketamine-explainer>'});
    const element = page.document.querySelector('ketamine-explainer')!;
    expect(element.shadowRoot, 'nothing before the tag runs: why the recipe prefers a prerendered embed').to.be.null;
    // Tag Manager inserts a Custom HTML tag's scripts into the page after it has loaded; the URL is this test's copy.
    const tag = page.document.createElement('script');
    tag.textContent = (await tagManagerScript()).replace(
      'https://files.your-clinic.example/ketamine-explainer/ketamine-explainer.js',
      moduleBundle(copy),
    );
    page.document.body.append(tag);
    await explainersRendered(page);
    expect(languageOf(element as HTMLElement)).to.equal('es');
    expect(sectionButtonsOf(element as HTMLElement).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'true',
      'true',
      'true',
      'true',
    ]);
    const files = await requestedFiles(copy);
    expect(files.filter((file) => file === 'ketamine-explainer.js')).to.have.length(1);
    expectCleanRecord(page);
  });

  it('a site builder custom element (Wix): the classic script, the element created by script, attributes set after', async () => {
    const page = await openHostPage({scripts: [{src: classicBundle(), module: false, at: 'head'}]});
    await waitUntil(() => page.window.customElements.get('ketamine-explainer'), 'the classic script ran');
    const element = page.document.createElement('ketamine-explainer');
    page.document.body.append(element);
    await explainersRendered(page);
    expect(languageOf(element)).to.equal('en');
    // The builder applies the clinic's attributes to the element it created, after it is in the page.
    element.setAttribute('lang', 'es');
    element.setAttribute('heading-level', '3');
    element.setAttribute('crisis-call', '116 123');
    await waitUntil(() => languageOf(element) === 'es', 'switches to Spanish');
    await waitUntil(() => element.shadowRoot!.querySelector(`h3.${Dom.Title}`), 'the title becomes an h3');
    await waitUntil(
      () => element.shadowRoot!.querySelector(`.${Dom.CrisisLinks} a[href^="tel:"]`)?.textContent?.includes('116 123'),
      "the clinic's crisis line",
    );
    expectCleanRecord(page);
  });
});
