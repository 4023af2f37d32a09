import {expect, fixture, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {
  base,
  focusJustBefore,
  renderExplainer,
  renderedStyles,
  sectionButtons,
  shadow,
  shows,
  withMedia,
  type Explainer,
} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

/**
 * Runs `check` with the reader's system set to light or dark. Chromium emulates it for real (`check` gets true).
 * Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot; there `matchMedia('(prefers-color-scheme: …)')`, which is
 * how the widget reads the setting, answers as the emulated setting would, so the test checks its effect.
 */
async function withReaderScheme(scheme: 'light' | 'dark', check: (emulated: boolean) => Promise<void>): Promise<void> {
  const emulated = await executeServerCommand<boolean, unknown>('emulate-media-where-supported', {
    features: [{name: 'prefers-color-scheme', value: scheme}],
  });
  const realMatchMedia = window.matchMedia;
  if (!emulated) {
    window.matchMedia = (query: string) =>
      /prefers-color-scheme/.test(query)
        ? (Object.assign(new EventTarget(), {media: query, matches: query.includes(scheme)}) as MediaQueryList)
        : realMatchMedia.call(window, query);
  }
  try {
    await check(emulated);
  } finally {
    window.matchMedia = realMatchMedia;
    await executeServerCommand('emulate-media-where-supported', {features: []});
  }
}

interface Manifest {
  modules: {declarations?: {tagName?: string; cssProperties?: {name: string}[]; cssParts?: {name: string}[]}[]}[];
}

/** The documented API, read from custom-elements.json, which the analyzer writes from the class JSDoc. */
async function documented() {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === 'ketamine-explainer')!;
  return {properties: element.cssProperties!.map(({name}) => name), parts: element.cssParts!.map(({name}) => name)};
}

/** A value for a custom property that differs from every default, chosen by what the property is for. */
/** A widget with `attributes`, placed in a part of the page styled `pageStyle` (its background, colour, font). */
async function explainerInPage(pageStyle: string, attributes: Record<string, string> = {}): Promise<Explainer> {
  const page = await fixture<HTMLDivElement>(html`<div style=${pageStyle}></div>`);
  const element = document.createElement('ketamine-explainer') as Explainer;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  page.append(element);
  await element.updateComplete;
  return element;
}

function probeValue(property: string): string {
  if (/color|background/.test(property)) return 'rgb(1, 2, 3)';
  if (/font-family/.test(property)) return 'ProbeFont, monospace';
  if (/weight/.test(property)) return '300';
  return '37px';
}

/** The widget in its fullest state: every section open, the picker, the review line, the Listen button, focus. */
async function fullWidget(): Promise<Explainer> {
  const element = await renderExplainer({
    lang: 'en',
    open: 'all',
    'language-picker': '',
    'last-reviewed': '2026-10-01',
    'color-scheme': 'light',
  });
  await focusJustBefore(element);
  await sendKeys({press: 'Tab'});
  return element;
}

describe('theming', () => {
  it('documents at least the custom properties and parts clinics need', async () => {
    const {properties, parts} = await documented();
    for (const name of [
      'font-family',
      'font-size',
      'text-color',
      'muted-color',
      'background',
      'panel-background',
      'accent-color',
      'accent-text-color',
      'border-color',
      'border-width',
      'radius',
      'spacing',
      'focus-ring-color',
      'heading-font-family',
      'heading-font-weight',
      'max-width',
    ]) {
      expect(properties).to.include(`--ketamine-explainer-${name}`);
    }
    for (const part of [
      'base',
      'title',
      'section',
      'heading',
      'button',
      'icon',
      'panel',
      'controls',
      'crisis-notice',
    ]) {
      expect(parts).to.include(part);
    }
  });

  it('changes the rendering for every documented custom property', async () => {
    const {properties} = await documented();
    const element = await fullWidget();
    const before = renderedStyles(element);
    for (const property of properties) {
      element.style.setProperty(property, probeValue(property));
      const after = renderedStyles(element);
      element.style.removeProperty(property);
      expect(after, `${property} has no effect`).not.to.deep.equal(before);
    }
  });

  it('exposes every documented part to ::part() styling', async () => {
    const {parts} = await documented();
    const element = await fullWidget();
    // The machine-translation line is on translated pages only.
    const translated = await renderExplainer({lang: 'es'});
    await shows(translated, 'es');
    const sheet = document.createElement('style');
    document.head.append(sheet);
    try {
      for (const part of parts) {
        sheet.textContent = `ketamine-explainer::part(${part}) { scroll-margin-top: 77px; }`;
        const styled = [element, translated]
          .flatMap((widget) => [...shadow(widget).querySelectorAll(`[part~="${part}"]`)])
          .filter((node) => getComputedStyle(node).scrollMarginTop === '77px');
        expect(styled, `part ${part}`).not.to.be.empty;
      }
    } finally {
      sheet.remove();
    }
  });

  it('inherits the host page’s typography by default', async () => {
    const element = await explainerInPage('font-family: Georgia, serif; color: rgb(60, 20, 90)', {
      'color-scheme': 'light',
    });
    const heading = getComputedStyle(sectionButtons(element)[0]!);
    expect(heading.fontFamily).to.contain('Georgia');
    expect(heading.color).to.equal('rgb(60, 20, 90)');
  });
});

describe('colour schemes', () => {
  it('uses its own dark surface with color-scheme="dark", and the host’s colours with "light"', async () => {
    const dark = await renderExplainer({'color-scheme': 'dark'});
    const light = await renderExplainer({'color-scheme': 'light'});
    expect(getComputedStyle(base(dark)).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(base(dark)).color).to.equal('rgb(232, 234, 237)');
    expect(getComputedStyle(base(light)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('follows the reader’s dark setting on a page that gives no signal of its own, and its changes', async () => {
    await withReaderScheme('dark', async (emulated) => {
      const element = await renderExplainer();
      expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(22, 25, 29)');
      if (!emulated) return;
      // Where the setting can change for real (Chromium), the widget follows it while on the page.
      await executeServerCommand('emulate-media-where-supported', {
        features: [{name: 'prefers-color-scheme', value: 'light'}],
      });
      await waitUntil(() => getComputedStyle(base(element)).backgroundColor === 'rgba(0, 0, 0, 0)', 'turns light');
    });
  });

  it('fits the background behind it, whatever the reader’s setting', async () => {
    for (const reader of ['light', 'dark'] as const) {
      await withReaderScheme(reader, async () => {
        const onDark = await explainerInPage('background: #121417; color: #e6e6e6');
        const onLight = await explainerInPage('background: #fafafa; color: #222');
        expect(getComputedStyle(base(onDark)).colorScheme, `on dark, reader ${reader}`).to.equal('dark');
        expect(getComputedStyle(base(onDark)).backgroundColor).to.equal('rgb(22, 25, 29)');
        expect(getComputedStyle(base(onLight)).colorScheme, `on light, reader ${reader}`).to.equal('light');
        expect(getComputedStyle(base(onLight)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      });
    }
  });

  it('reads a background in any colour syntax, such as the oklch() of a Tailwind 4 site', async () => {
    await withReaderScheme('light', async () => {
      const element = await explainerInPage('background: oklch(0.21 0.03 265)');
      expect(getComputedStyle(base(element)).colorScheme).to.equal('dark');
    });
  });

  it('treats an unknown color-scheme as auto: it fits the page', async () => {
    const element = await explainerInPage('background: #121417', {'color-scheme': 'purple'});
    expect(getComputedStyle(base(element)).colorScheme).to.equal('dark');
  });

  it('brings its own light surface when forced light on a dark page', async () => {
    const element = await explainerInPage('background: #121417; color: #e6e6e6', {'color-scheme': 'light'});
    const style = getComputedStyle(base(element));
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style.color).to.equal('rgb(31, 35, 40)');
    expect(parseFloat(style.paddingTop)).to.be.greaterThan(0);
  });

  // axe's contrast check in light and dark mode, default theme and each preset: tests/examples.test.ts.
});

describe('section lines', () => {
  it('draws one line above the first section and one below every section, clinic sections included', async () => {
    const element = await renderExplainer();
    element.insertAdjacentHTML('beforeend', '<details id="cost"><summary>Cost</summary><p>Ask us.</p></details>');
    await waitUntil(() => shadow(element).querySelector('#cost'));
    const sections = [...shadow(element).querySelectorAll(`.${Dom.Section}`)].map((section) =>
      getComputedStyle(section),
    );
    expect(sections.map((section) => parseFloat(section.borderTopWidth) > 0)).to.deep.equal([
      true,
      ...sections.slice(1).map(() => false),
    ]);
    expect(sections.every((section) => parseFloat(section.borderBottomWidth) > 0)).to.be.true;
  });
});

describe('panel background', () => {
  it('gives open panels with a background room around their text, and collapsed ones no gap', async () => {
    const element = await renderExplainer({open: 'ketamine-what-is-it'});
    element.style.setProperty('--ketamine-explainer-panel-background', '#eef3f8');
    await waitUntil(() => {
      const panel = shadow(element).querySelector<HTMLElement>(`.${Dom.Panel}:not([hidden])`)!;
      return parseFloat(getComputedStyle(panel).paddingLeft) > 8;
    }, 'the panel gets padding');
    const open = shadow(element).querySelector<HTMLElement>(`.${Dom.Panel}:not([hidden])`)!;
    const text = open.querySelector('p')!.getBoundingClientRect();
    const edge = open.getBoundingClientRect();
    const em = parseFloat(getComputedStyle(open).fontSize);
    for (const [side, gap] of Object.entries({
      start: text.left - edge.left,
      end: edge.right - text.right,
      top: text.top - edge.top,
    })) {
      expect(gap, `${side}: ${gap}px`).to.be.at.least(0.75 * em - 0.5);
    }
    for (const collapsed of shadow(element).querySelectorAll<HTMLElement>(`.${Dom.Panel}[hidden]`)) {
      expect(collapsed.getBoundingClientRect().height).to.equal(0);
    }
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('keeps section borders, chevrons and the focus outline visible in system colours', async () => {
    const element = await renderExplainer();
    sectionButtons(element)[0]!.focus();
    const accentIcon = getComputedStyle(shadow(element).querySelector(`.${Dom.Icon}`)!).color;
    await withMedia(element, {forcedColors: 'active'}, (emulated) => {
      const section = getComputedStyle(shadow(element).querySelector(`.${Dom.Section}`)!);
      expect(parseFloat(section.borderBottomWidth)).to.be.greaterThan(0);
      expect(section.borderBottomStyle).to.equal('solid');
      const icon = shadow(element).querySelector<SVGElement>(`.${Dom.Icon}`)!;
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      if (emulated) {
        expect(getComputedStyle(icon).color, 'the chevron uses the system button text colour').to.equal(
          getComputedStyle(sectionButtons(element)[0]!).color,
        );
      } else {
        // Without real forced colours, the widget's forced-colours rules still give the chevron a system colour.
        expect(getComputedStyle(icon).color, 'the chevron leaves the accent colour').not.to.equal(accentIcon);
      }
    });
  });
});
