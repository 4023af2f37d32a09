/**
 * End-to-end host pages: a real page, served over HTTP with real headers (scripts/e2e-middleware.mjs), loading the
 * built bundle from dist/, in a same-origin iframe so the test can look inside.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {Dom} from '../../src/markup/dom-contract.js';

export interface PageConfig {
  lang?: string;
  dir?: string;
  body?: string;
  head?: string;
  scripts?: {src: string; module?: boolean; at?: 'head' | 'bodyStart' | 'bodyEnd'}[];
  styles?: string[];
  /** Sent as the page's Content-Security-Policy header. */
  csp?: string;
}

/** What tests/e2e/recorder.js saw on the page. */
export interface PageRecord {
  violations: string[];
  warnings: string[];
  errors: string[];
  rejections: string[];
  dialogs: number;
  storageWrites: string[];
  cookieWrites: number;
  /** fetch, XHR, beacons and web sockets opened by script. */
  networkCalls: string[];
  /** Listeners on window and document, by key, that were added and not removed. */
  globalListeners: Map<string, string>;
  activeObservers: Set<MutationObserver>;
  pendingTimers: Set<number>;
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & {__record: PageRecord};
  document: Document;
  record: PageRecord;
}

/** The Content Security Policy that README "Privacy and security" recommends (scripts/serve.mjs sends it too). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The same policy allowing Lit's `lit-html` Trusted Types policy to be created only once on the page. */
export const STRICT_CSP_SINGLE_LIT = STRICT_CSP.replace(" 'allow-duplicates'", '');

/** The ES module entry of the built bundle; another `copy` name is a second, separate copy of the same files. */
export const moduleBundle = (copy = 'main') => `/e2e-dist/${copy}/ketamine-explainer.js`;
export const classicBundle = (copy = 'main') => `/e2e-dist/${copy}/ketamine-explainer.iife.js`;

/** The files of `/e2e-dist/<copy>/` the server was asked for so far, in order (scripts/e2e-middleware.mjs). */
export async function requestedFiles(copy: string): Promise<string[]> {
  return (await fetch(`/e2e-requests/${copy}`)).json() as Promise<string[]>;
}

const openFrames: HTMLIFrameElement[] = [];

/**
 * Opens a host page and waits for its `load` event, or with `until: 'parsed'` only until its HTML is parsed: Firefox
 * and WebKit hold `load` back until the chunks the widget has started to import arrive, which would hide what a
 * reader sees while a slow chunk is on its way.
 */
export async function openHostPage(
  config: PageConfig,
  {until = 'load'}: {until?: 'load' | 'parsed'} = {},
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = `/e2e/page?config=${encodeURIComponent(JSON.stringify(config))}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  openFrames.push(frame);
  if (until === 'load') await loaded;
  else {
    await waitUntil(
      () => frame.contentDocument?.URL.includes('/e2e/page') && frame.contentDocument.readyState !== 'loading',
      'the host page is parsed',
    );
  }
  const window = frame.contentWindow as HostPage['window'];
  return {frame, window, document: frame.contentDocument!, record: window.__record};
}

export function closeHostPages(): void {
  for (const frame of openFrames.splice(0)) frame.remove();
}

/** An explainer from the page's own copy of the bundle (the test's KetamineExplainer class is another one). */
export type ExplainerElement = HTMLElement & {updateComplete: Promise<boolean>};

/** Every explainer in the page, including those inside other components' shadow roots. */
export function explainersIn(root: Document | ShadowRoot): ExplainerElement[] {
  const found: ExplainerElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName === 'ketamine-explainer') found.push(element as ExplainerElement);
    if (element.shadowRoot && element.localName !== 'ketamine-explainer')
      found.push(...explainersIn(element.shadowRoot));
  }
  return found;
}

const base = (element: HTMLElement) => element.shadowRoot?.querySelector<HTMLElement>(`.${Dom.Base}`);

/** Waits until `count` explainers have rendered their article and are not waiting for a translation. */
export async function explainersRendered(page: HostPage, count = 1, timeout = 5000): Promise<ExplainerElement[]> {
  await waitUntil(
    () => {
      const explainers = explainersIn(page.document);
      return (
        explainers.length >= count &&
        explainers.every((element) => base(element)?.getAttribute('aria-busy') === 'false')
      );
    },
    `${count} explainer(s) rendered`,
    {timeout},
  );
  return explainersIn(page.document);
}

export const sectionButtonsOf = (element: HTMLElement): HTMLButtonElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>(`.${Dom.Section} .${Dom.Button}`),
];

/** Whether every section's aria-expanded says what the reader sees: open panels shown, closed ones hidden. */
export function expandedMatchesPanels(element: HTMLElement): boolean {
  return sectionButtonsOf(element).every((button) => {
    const panel = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    const expanded = button.getAttribute('aria-expanded') === 'true';
    return panel !== null && expanded === !panel.hasAttribute('hidden');
  });
}

export const languageOf = (element: HTMLElement): string | undefined => base(element)?.lang;

/** Nothing went wrong on the page: no CSP violation, no uncaught error, no unhandled promise rejection. */
export function expectCleanRecord(page: HostPage): void {
  expect(page.record.violations, 'CSP violations').to.deep.equal([]);
  expect(page.record.errors, 'errors').to.deep.equal([]);
  expect(page.record.rejections, 'unhandled rejections').to.deep.equal([]);
}
