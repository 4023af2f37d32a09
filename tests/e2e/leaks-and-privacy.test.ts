import {expect, waitUntil} from '@open-wc/testing';
import {closeHostPages, explainersRendered, moduleBundle, openHostPage, sectionButtonsOf} from './host-page.js';

describe('end to end: leaks', () => {
  afterEach(closeHostPages);

  it('leaves no listener, observer or timer behind after 100 connects and disconnects', async function () {
    // 100 full renders: WebKit under Xvfb takes about 10 s for them, more on a busy machine. Not a speed check.
    this.timeout(40000);
    const page = await openHostPage({scripts: [{src: moduleBundle()}], lang: 'en', body: '<div id="slot"></div>'});
    await waitUntil(() => page.window.customElements.get('ketamine-explainer'), 'defined');
    const {record} = page;
    const baseline = {
      listeners: record.globalListeners.size,
      observers: record.activeObservers.size,
    };
    const variants = ['', 'lang="es"', 'language-picker crisis-call="999" remember id="r"', 'open="all"'];
    for (let round = 0; round < 100; round++) {
      const host = page.document.getElementById('slot')!;
      host.innerHTML = `<ketamine-explainer ${variants[round % variants.length]}><details><summary>S</summary>T</details></ketamine-explainer>`;
      await explainersRendered(page);
      const element = host.firstElementChild as HTMLElement;
      sectionButtonsOf(element)[0]!.click();
      element.remove();
    }
    // The longest timer the widget sets is the 1.5 s wait for a chunk.
    await waitUntil(() => record.pendingTimers.size === 0, 'timers settle', {timeout: 4000});
    expect(record.globalListeners.size, [...record.globalListeners.values()].join(', ')).to.equal(baseline.listeners);
    expect(record.activeObservers.size).to.equal(baseline.observers);
  });
});

describe('end to end: privacy', () => {
  afterEach(closeHostPages);

  it('requests nothing but its own files, and stores nothing, on a page with every feature', async () => {
    const page = await openHostPage({
      lang: 'es',
      scripts: [{src: moduleBundle()}],
      body: `<ketamine-explainer></ketamine-explainer>
        <ketamine-explainer lang="ar" language-picker last-reviewed="2026-10-01" crisis-call="116 123">
          <details id="ketamine-cost"><summary>Cost</summary><p>Prices.</p></details>
        </ketamine-explainer>`,
    });
    const explainers = await explainersRendered(page, 2);
    for (const element of explainers) sectionButtonsOf(element)[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const origin = page.window.location.origin;
    const requested = page.window.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.endsWith('/tests/e2e/recorder.js') && !url.endsWith('/demo/favicon.svg'));
    expect(requested.length).to.be.greaterThan(0);
    for (const url of requested) {
      expect(url.startsWith(`${origin}/e2e-dist/main/`), url).to.be.true;
    }
    expect(page.record.networkCalls, 'fetch, XHR, beacons, sockets').to.deep.equal([]);
    expect(page.record.cookieWrites).to.equal(0);
    expect(page.document.cookie).to.equal('');
    expect(page.record.storageWrites, 'no storage without remember').to.deep.equal([]);
    expect(page.window.localStorage.length).to.equal(0);
  });

  it('with remember, writes only its own namespaced key to sessionStorage', async () => {
    const page = await openHostPage({
      scripts: [{src: moduleBundle()}],
      body: '<ketamine-explainer remember id="faq"></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    sectionButtonsOf(element!)[1]!.click();
    await waitUntil(() => page.record.storageWrites.length > 0, 'remembers');
    expect(page.record.storageWrites.every((write) => write.startsWith('sessionStorage:ketamine-explainer:'))).to.be
      .true;
    expect(page.window.localStorage.length).to.equal(0);
    expect(page.record.cookieWrites).to.equal(0);
  });
});
