/**
 * Whatever the input, the widget's work grows with its size, not with its square: these count the work done (storage
 * writes, id comparisons, markup builds) rather than time it, so they hold on any machine.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {
  closeHostPages,
  explainersRendered,
  moduleBundle,
  openHostPage,
  sectionButtonsOf,
  type ExplainerElement,
  type HostPage,
} from './host-page.js';
import {Dom} from '../../src/markup/dom-contract.js';

const SECTIONS = 300;
const opened: HostPage[] = [];
const CLINIC_IDS = Array.from({length: SECTIONS}, (_, index) => `clinic-${index}`);
const ALL_IDS = [
  'ketamine-what-is-it',
  'ketamine-how-it-helps',
  'ketamine-is-it-right-for-me',
  'ketamine-next-steps',
  ...CLINIC_IDS,
];

/** A page with one explainer holding `SECTIONS` clinic sections. */
async function pageWithManySections(
  attributes: Record<string, string> = {},
  before?: (page: HostPage) => void,
): Promise<{page: HostPage; element: ExplainerElement}> {
  const page = await openHostPage({scripts: [{src: moduleBundle()}]});
  opened.push(page);
  await waitUntil(() => page.window.customElements.get('ketamine-explainer'), 'defined');
  before?.(page);
  const element = page.document.createElement('ketamine-explainer') as ExplainerElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = CLINIC_IDS.map(
    (id) => `<details id="${id}"><summary>About ${id}</summary><p>.</p></details>`,
  ).join('');
  page.document.body.append(element);
  await explainersRendered(page);
  await waitUntil(() => sectionButtonsOf(element).length === ALL_IDS.length, 'every section is shown');
  await element.updateComplete;
  return {page, element};
}

/** Counts calls of `object[name]` in the page while `run` runs. */
async function countCalls<T extends object>(
  object: T,
  name: keyof T,
  run: () => Promise<void>,
  measure: (self: unknown) => number = () => 1,
): Promise<number> {
  const original = object[name] as (...args: unknown[]) => unknown;
  let count = 0;
  Object.defineProperty(object, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      count += measure(this);
      return original.apply(this, args);
    },
  });
  try {
    await run();
  } finally {
    Object.defineProperty(object, name, {configurable: true, writable: true, value: original});
  }
  return count;
}

const expandedIds = (element: ExplainerElement) =>
  sectionButtonsOf(element)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.closest(`.${Dom.Section}`)!.id);

describe('end to end: bounded cost', () => {
  afterEach(async () => {
    // The host pages are same-origin frames of this tab: what they remembered would stay for the next test file.
    // Firefox applies a frame's storage changes at the end of its task, so the frame lives one more frame after.
    for (const page of opened.splice(0)) {
      page.window.sessionStorage.clear();
      await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
    }
    closeHostPages();
  });

  it(`"Show all" with ${SECTIONS} clinic sections and remember writes sessionStorage once`, async () => {
    const {page, element} = await pageWithManySections({remember: '', id: 'many'});
    const toggles: {id: string; open: boolean}[] = [];
    element.addEventListener('ketamine-explainer-toggle', (event) => toggles.push(event.detail));
    const key = `ketamine-explainer:open-sections:${page.window.location.pathname}#many`;
    const showAll = element.shadowRoot!.querySelector<HTMLButtonElement>(`.${Dom.ShowAll}`)!;
    for (const open of [true, false]) {
      const writesBefore = page.record.storageWrites.length;
      toggles.length = 0;
      showAll.click();
      await element.updateComplete;
      expect(page.record.storageWrites.slice(writesBefore), 'one write').to.deep.equal([`sessionStorage:${key}`]);
      expect(JSON.parse(page.window.sessionStorage.getItem(key)!)).to.have.members(open ? ALL_IDS : []);
      expect(expandedIds(element)).to.have.length(open ? ALL_IDS.length : 0);
      expect(toggles, 'one event per section').to.deep.equal(ALL_IDS.map((id) => ({id, open})));
    }
  });

  it(`open with ${SECTIONS} ids compares each id a few times, not once per id per entry`, async () => {
    const {page, element} = await pageWithManySections();
    const lowerCasings = await countCalls(page.window.String.prototype, 'toLowerCase', async () => {
      element.setAttribute('open', [...CLINIC_IDS].reverse().join(' '));
      await element.updateComplete;
    });
    expect(expandedIds(element)).to.deep.equal(CLINIC_IDS);
    expect(lowerCasings).to.be.below(4 * ALL_IDS.length);
  });

  it(`restoring ${SECTIONS} remembered sections does not search the list of sections for each`, async () => {
    let scanned = 0;
    const {element} = await pageWithManySections({remember: '', id: 'many'}, (page) => {
      const key = `ketamine-explainer:open-sections:${page.window.location.pathname}#many`;
      page.window.sessionStorage.setItem(key, JSON.stringify(CLINIC_IDS));
      const {prototype} = page.window.Array;
      const includes = prototype.includes;
      // Every element an `includes` call may look at, for the whole first render.
      prototype.includes = function (this: unknown[], ...args: Parameters<typeof includes>) {
        scanned += this.length;
        return includes.apply(this, args);
      };
    });
    expect(expandedIds(element)).to.deep.equal(CLINIC_IDS);
    expect(scanned).to.be.below(10 * ALL_IDS.length);
  });

  it('builds the article once for contacts that differ only in what cannot be shown or dialled', async () => {
    const page = await openHostPage({
      scripts: [{src: moduleBundle()}],
      body: '<ketamine-explainer crisis-call="116 123"></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    const label = () => element!.shadowRoot!.querySelector(`.${Dom.Crisis} a`)!.textContent;
    const documentPrototype = page.window.Document.prototype;
    const builds = await countCalls(documentPrototype, 'createDocumentFragment', async () => {
      for (let variant = 0; variant < 30; variant++) {
        // 30 distinct 90 kB values, each the number 116123 followed by invisible zero-width spaces.
        element!.setAttribute('crisis-call', `tel:116123${'%E2%80%8B'.repeat(10_000 + variant)}`);
        await element!.updateComplete;
        // Quoted and cut short, so that a label carrying the invisible characters fails with a readable message.
        expect(JSON.stringify(label()).slice(0, 40)).to.equal('"Call 116123"');
      }
    });
    // One build (one fragment for the title and intro, one for the sections) for all 30 values.
    expect(builds).to.be.at.most(2);
  });
});
