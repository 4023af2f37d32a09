/**
 * Which language the page declares for an element, the locale that makes us show, and a watch on changes to it.
 */
import {sourceLocale, matchLocale, type LocaleCode} from './locales.js';
import {sharedWatch} from '../utils/shared-watch.js';
import {quote, warnOnce} from '../utils/warn.js';

/**
 * The `lang` the element is in: its own, else the closest ancestor's, across shadow roots (a shadow root's children
 * take its host's language), up to `<html>`, as HTML defines an element's language
 * (https://html.spec.whatwg.org/multipage/dom.html#the-lang-and-xml:lang-attributes). An empty `lang`, which HTML
 * reads as unknown, is passed over: we have no translation for unknown, and the page's own language is a better guess.
 */
export function declaredLanguage(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
  }
  return undefined;
}

/**
 * The locale to show: the declared language if we have it; with no declaration, the browser's preferred languages
 * (`navigator.languages`, most preferred first); English otherwise. A declared language we do not have falls back to
 * English with one warning: the page said which language it is in, so guessing another would be wrong.
 */
export function resolveLocale(element: Element): LocaleCode {
  const declared = declaredLanguage(element);
  if (declared) {
    const locale = matchLocale(declared);
    if (locale) return locale;
    warnOnce(`lang=${quote(declared)} is not a language this explainer has; showing English.`);
    return sourceLocale;
  }
  for (const preferred of navigator.languages ?? []) {
    const locale = matchLocale(preferred);
    if (locale) return locale;
  }
  return sourceLocale;
}

/**
 * Tells connected explainers when a `lang` attribute changes anywhere in the document (the page's `<html lang>`
 * rewritten by a single-page app, or a wrapper's `lang`), through one observer shared by every instance.
 */
export const {watch: watchDocumentLanguage, unwatch: unwatchDocumentLanguage} = sharedWatch((notify) => {
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  return () => observer.disconnect();
});
