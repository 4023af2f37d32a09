/**
 * Tells connected explainers when a `lang` attribute changes anywhere in the document (the page's `<html lang>`
 * rewritten by a single-page app, or a wrapper's `lang`), through one observer shared by every instance. The observer
 * exists only while at least one explainer is connected.
 */
type LanguageListener = () => void;

const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

export function watchDocumentLanguage(listener: LanguageListener): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
}

export function unwatchDocumentLanguage(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
