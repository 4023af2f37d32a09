/**
 * Tells connected explainers when a `lang` attribute changes anywhere in the document (the page's `<html lang>`
 * rewritten by a single-page app, or a wrapper's `lang`), through one observer shared by every instance.
 */
import {sharedWatch} from '../utils/shared-watch.js';

export const {watch: watchDocumentLanguage, unwatch: unwatchDocumentLanguage} = sharedWatch((notify) => {
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  return () => observer.disconnect();
});
