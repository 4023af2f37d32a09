/** Shared test helpers: how a reader sees the widget (visible text, buttons, panels) rather than its internals. */
import {emulateMedia} from '@web/test-runner-commands';
import {fixture, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import '../src/index.js';
import type {KetamineExplainer} from '../src/index.js';

export type Explainer = KetamineExplainer;

export async function renderExplainer(attributes: Record<string, string> = {}): Promise<Explainer> {
  const element = document.createElement('ketamine-explainer');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

export const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

export const sectionButtons = (element: Element): HTMLButtonElement[] => [
  ...shadow(element).querySelectorAll<HTMLButtonElement>('.section .button'),
];

export const showAllButton = (element: Element): HTMLButtonElement =>
  shadow(element).querySelector<HTMLButtonElement>('.show-all')!;

export const panelOf = (button: HTMLButtonElement): HTMLElement =>
  (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!;

export const buttonFor = (element: Element, sectionId: string): HTMLButtonElement =>
  shadow(element).querySelector<HTMLButtonElement>(`#${sectionId}-button`)!;

/** Whether a reader can see the panel's text: laid out with a size and not hidden. */
export const isShown = (target: HTMLElement): boolean => {
  const rect = target.getBoundingClientRect();
  return rect.height > 0 && rect.width > 0 && getComputedStyle(target).visibility !== 'hidden';
};

export const openSectionIds = (element: Element): string[] =>
  sectionButtons(element)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.closest('.section')!.id);

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

/**
 * Puts the widget under a CSS media type or feature. Where the browser driver can emulate media (Chromium and
 * Firefox through puppeteer), it does so for real. WebKit's WebDriver cannot; there the widget's own `@media`
 * rules for that condition are applied unconditionally, which renders what that media would show.
 */
export async function withMedia(
  element: Element,
  media: {media?: 'print'; reducedMotion?: 'reduce'},
  check: () => Promise<void> | void,
): Promise<void> {
  try {
    await emulateMedia(media);
  } catch {
    const condition = media.media ?? 'prefers-reduced-motion: reduce';
    const root = shadow(element);
    const forced = new CSSStyleSheet();
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes(condition)) {
          for (const inner of rule.cssRules) forced.insertRule(inner.cssText, forced.cssRules.length);
        }
      }
    }
    const original = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...original, forced];
    try {
      await check();
    } finally {
      root.adoptedStyleSheets = original;
    }
    return;
  }
  try {
    await check();
  } finally {
    await emulateMedia({media: 'screen', reducedMotion: 'no-preference'});
  }
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The wrapper that carries the rendered language (`lang`, `dir`) and `aria-busy` while a translation loads. */
export const base = (element: Element): HTMLElement => shadow(element).querySelector<HTMLElement>('.base')!;

/** Waits until the widget shows `locale`: translations load lazily, and the first render may not have happened. */
export async function shows(element: Explainer, locale: string): Promise<void> {
  const rendered = () => element.shadowRoot?.querySelector('.base');
  await waitUntil(
    () => rendered()?.getAttribute('lang') === locale && rendered()?.getAttribute('aria-busy') === 'false',
    `shows ${locale}`,
    {timeout: 4000},
  );
  await element.updateComplete;
}
