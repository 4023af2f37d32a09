/** Shared test helpers: how a reader sees the widget (visible text, buttons, panels) rather than its internals. */
import {executeServerCommand} from '@web/test-runner-commands';
import {fixture, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import '../src/index.js';
import type {KetamineExplainer} from '../src/index.js';
import {Dom} from '../src/markup/dom-contract.js';

export type Explainer = KetamineExplainer;

/** A connected explainer with `attributes` and, as its children, the clinic's `markup`, once rendered. */
export async function renderExplainer(attributes: Record<string, string> = {}, markup = ''): Promise<Explainer> {
  const element = document.createElement('ketamine-explainer');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = markup;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  await optInFeaturesShown(element);
  return element;
}

/** The picker and the review line come with a chunk that loads after the first render: waits for them. */
export async function optInFeaturesShown(element: Explainer): Promise<void> {
  const root = shadow(element);
  if (element.hasAttribute('language-picker'))
    await waitUntil(() => root.querySelector('select'), 'the picker appears');
  if (/^\d{4}-\d{2}-\d{2}$/.test(element.getAttribute('last-reviewed') ?? '')) {
    await waitUntil(() => root.querySelector(`.${Dom.Reviewed}`), 'the review line appears');
  }
  await element.updateComplete;
}

export const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

/** Focuses a page button placed just before the widget, so that the next Tab enters the widget as from the page. */
export async function focusJustBefore(element: Explainer): Promise<void> {
  const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
  element.parentElement!.before(before);
  before.focus();
}

export const sectionButtons = (element: Element): HTMLButtonElement[] => [
  ...shadow(element).querySelectorAll<HTMLButtonElement>(`.${Dom.Section} .${Dom.Button}`),
];

export const showAllButton = (element: Element): HTMLButtonElement =>
  shadow(element).querySelector<HTMLButtonElement>(`.${Dom.ShowAll}`)!;

export const panelOf = (button: HTMLButtonElement): HTMLElement =>
  (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!;

export const buttonFor = (element: Element, sectionId: string): HTMLButtonElement =>
  shadow(element).querySelector<HTMLButtonElement>(`#${sectionId}${Dom.ButtonIdSuffix}`)!;

/**
 * Whether a reader can see the element: laid out with a size, not hidden, and not inside a collapsed
 * `hidden="until-found"` panel (whose content keeps its boxes but is not rendered: `checkVisibility()` knows).
 */
export const isShown = (target: Element): boolean => {
  const rect = target.getBoundingClientRect();
  return rect.height > 0 && rect.width > 0 && target.checkVisibility({visibilityProperty: true});
};

export const openSectionIds = (element: Element): string[] =>
  sectionButtons(element)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.closest(`.${Dom.Section}`)!.id);

export const visibleText = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Records console.warn calls until `restore()`; the widget's own warnings are prefixed `<ketamine-explainer>`. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

export interface Media {
  media?: 'print';
  reducedMotion?: 'reduce';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active';
}

/** The text of the widget's own `@media` condition for each emulated condition, for the fallback below. */
const CONDITIONS: Record<keyof Media, (value: string) => string> = {
  media: (value) => value,
  reducedMotion: (value) => `prefers-reduced-motion: ${value}`,
  colorScheme: (value) => `prefers-color-scheme: ${value}`,
  forcedColors: (value) => `forced-colors: ${value}`,
};

/**
 * Puts the widget under a CSS media type or feature while `check` runs. Where the browser driver can emulate media
 * (Chromium and Firefox through puppeteer) it does so for real and `check` receives `true`. WebKit's WebDriver
 * cannot; there the widget's own `@media` rules for that condition are applied unconditionally, which renders what
 * the widget's styles for that media show, and `check` receives `false`.
 */
export async function withMedia(
  element: Element,
  media: Media,
  check: (emulated: boolean) => Promise<void> | void,
): Promise<void> {
  const features = [
    media.reducedMotion && {name: 'prefers-reduced-motion', value: media.reducedMotion},
    media.colorScheme && {name: 'prefers-color-scheme', value: media.colorScheme},
    media.forcedColors && {name: 'forced-colors', value: media.forcedColors},
  ].filter(Boolean);
  const emulated = await executeServerCommand<boolean, unknown>('emulate-media-where-supported', {
    media: media.media,
    features,
  });
  if (emulated) {
    try {
      await check(true);
    } finally {
      await executeServerCommand('emulate-media-where-supported', {features: []});
    }
    return;
  }
  const conditions = (Object.keys(media) as (keyof Media)[]).map((key) => CONDITIONS[key](media[key]!));
  const root = shadow(element);
  const forced = new CSSStyleSheet();
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && conditions.some((condition) => rule.conditionText.includes(condition))) {
        for (const inner of rule.cssRules) forced.insertRule(inner.cssText, forced.cssRules.length);
      }
    }
  }
  const original = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...original, forced];
  try {
    await check(false);
  } finally {
    root.adoptedStyleSheets = original;
  }
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The wrapper that carries the rendered language (`lang`, `dir`) and `aria-busy` while a translation loads. */
export const base = (element: Element): HTMLElement => shadow(element).querySelector<HTMLElement>(`.${Dom.Base}`)!;

/** Waits until the widget shows `locale`: translations load lazily, and the first render may not have happened. */
export async function shows(element: Explainer, locale: string): Promise<void> {
  const rendered = () => element.shadowRoot?.querySelector(`.${Dom.Base}`);
  await waitUntil(
    () => rendered()?.getAttribute('lang') === locale && rendered()?.getAttribute('aria-busy') === 'false',
    `shows ${locale}`,
    {timeout: 4000},
  );
  await element.updateComplete;
}

/** The computed styles that theming tokens reach. */
const STYLE_PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'border-top-color',
  'border-bottom-color',
  'border-inline-start-color',
  'border-bottom-width',
  'border-top-left-radius',
  'padding-top',
  'margin-bottom',
  'max-width',
  'outline-color',
  'row-gap',
  'text-decoration-color',
];

/** Every rendered element's computed styles, including the host itself. */
export function renderedStyles(element: Explainer): string[] {
  const nodes = [element, ...shadow(element).querySelectorAll('*')];
  return nodes.map((node) => {
    const style = getComputedStyle(node);
    return STYLE_PROPERTIES.map((name) => style.getPropertyValue(name)).join('|');
  });
}
