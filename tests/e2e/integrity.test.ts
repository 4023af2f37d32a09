import {expect} from '@open-wc/testing';
import {
  STRICT_CSP,
  closeHostPages,
  expectCleanRecord,
  explainersRendered,
  languageOf,
  moduleBundle,
  openHostPage,
  type PageConfig,
} from './host-page.js';

/** Subresource Integrity for every module file, through the import map scripts/integrity-import-map.mjs writes. */
describe('end to end: integrity of every file the page loads', () => {
  afterEach(closeHostPages);

  /** A page pinning the bundle at /e2e-dist/<copy>/ with its import map, under the strict CSP plus the map's hash. */
  async function pinnedPage(copy: string, lang: string): Promise<PageConfig> {
    const base = `${location.origin}/e2e-dist/${copy}/`;
    const map = JSON.stringify(await (await fetch(`/e2e-import-map?base=${encodeURIComponent(base)}`)).json());
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(map));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    return {
      lang,
      csp: STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`),
      head: `<script type="importmap">${map}</script>`,
      scripts: [{src: moduleBundle(copy), at: 'bodyEnd'}],
      body: '<ketamine-explainer></ketamine-explainer>',
    };
  }

  it('the files as built load, under the strict CSP with the import map allowed by its hash', async () => {
    const page = await openHostPage(await pinnedPage(`intact-${Date.now()}`, 'es'));
    const [element] = await explainersRendered(page);
    expect(languageOf(element!)).to.equal('es');
    expectCleanRecord(page);
  });

  it('a changed chunks/core.js is refused: the widget never runs', async () => {
    const page = await openHostPage(await pinnedPage(`tampered-core`, 'en'));
    // The entry and the core are fetched and checked before the element could be defined: wait as long as a render.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(page.window.customElements.get('ketamine-explainer'), 'defined from a changed file').to.equal(undefined);
    expect(page.document.querySelector('ketamine-explainer')!.shadowRoot).to.equal(null);
  });

  it('a changed translation chunk is refused: the widget stays in English, with the warning of a failed load', async () => {
    const page = await openHostPage(await pinnedPage('tampered-es', 'es'));
    const [element] = await explainersRendered(page);
    expect(languageOf(element!)).to.equal('en');
    expect(page.record.warnings.filter((warning) => warning.includes('es translation'))).to.have.length(1);
  });
});
