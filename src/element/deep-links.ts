import type {ReactiveElement} from 'lit';
import {prefersReducedMotion} from '../appearance/page-appearance.js';
import {quote, warnOnce} from '../utils/warn.js';
import {Dom} from '../markup/dom-contract.js';

/**
 * Links to a section: a URL fragment naming a section's id (`#ketamine-how-it-helps`, or a clinic section's) opens
 * it. At load in the very first render (this controller's `hostUpdate` runs after the host's `willUpdate`, which
 * applies `open` and `remember`), so that the reader never sees it collapsed, then scrolled into view; on a later
 * `hashchange` also with the focus on its button, as after following an in-page link. Other fragments belong to the
 * host page and are ignored silently; unknown ones in our `ketamine-` namespace earn one warning. `ids` gives the
 * sections the widget has now, `open` opens one. (A closure, not a class: see `opt-in-loading.ts`.)
 */
export function addDeepLinks(host: ReactiveElement, ids: () => string[], open: (id: string) => void): void {
  /** The section named by the URL fragment at load, scrolled into view after the first render. */
  let linked: string | undefined;
  const openLinked = (): string | undefined => {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined;
    }
    if (!ids().includes(id)) {
      if (id.startsWith('ketamine-')) warnOnce(`the link #${quote(id)} names no section; nothing was opened.`);
      return undefined;
    }
    open(id);
    return id;
  };
  const reveal = (id: string, moveFocus: boolean): void => {
    const section = (host.renderRoot as ShadowRoot).getElementById(id);
    section?.scrollIntoView({behavior: prefersReducedMotion() ? 'instant' : 'smooth', block: 'start'});
    if (moveFocus) section?.querySelector<HTMLElement>(`.${Dom.Button}`)?.focus({preventScroll: true});
  };
  const onHashChange = (): void => {
    const id = openLinked();
    if (id) void host.updateComplete.then(() => reveal(id, true));
  };
  host.addController({
    hostConnected: () => addEventListener('hashchange', onHashChange),
    hostDisconnected: () => removeEventListener('hashchange', onHashChange),
    hostUpdate() {
      if (!host.hasUpdated) linked = openLinked();
    },
    hostUpdated() {
      if (linked) reveal(linked, false);
      linked = undefined;
    },
  });
}
