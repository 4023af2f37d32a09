/**
 * The element's events, typed: each name with its `detail`, also declared on `HTMLElementEventMap` so that a
 * clinic's `el.addEventListener('ketamine-explainer-toggle', (event) => event.detail.id)` type-checks.
 */
import type {LocaleCode} from '../i18n/locales.js';
import type {ListenState} from '../read-aloud/read-aloud-support.js';

/** `ketamine-explainer-toggle`: a section opened or closed. */
export interface ToggleDetail {
  /** The section's id (`ketamine-how-it-helps`, or a clinic section's). */
  id: string;
  open: boolean;
}

/** `ketamine-explainer-toggle-all`: "Show all sections" or "Hide all sections" pressed. */
export interface ToggleAllDetail {
  open: boolean;
}

/** `ketamine-explainer-language-change`: the widget now shows `locale`. */
export interface LanguageChangeDetail {
  locale: LocaleCode;
}

/** `ketamine-explainer-listen`: reading aloud changed state; `finished` when it read to the end (then idle). */
export interface ListenDetail {
  state: ListenState | 'finished';
}

/** Every event the element fires, by name. */
export interface KetamineExplainerEventMap {
  'ketamine-explainer-toggle': CustomEvent<ToggleDetail>;
  'ketamine-explainer-toggle-all': CustomEvent<ToggleAllDetail>;
  'ketamine-explainer-language-change': CustomEvent<LanguageChangeDetail>;
  'ketamine-explainer-listen': CustomEvent<ListenDetail>;
}

// Declaration merging: the element's events join the DOM's own, for `addEventListener` on the element, or on the
// document, which they reach since they bubble and are composed.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends KetamineExplainerEventMap {}
  interface DocumentEventMap extends KetamineExplainerEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

type DetailOf<K extends keyof KetamineExplainerEventMap> = KetamineExplainerEventMap[K]['detail'];

/** Our events bubble and cross shadow roots, so a clinic's analytics can listen on `document`. */
export function emit<K extends keyof KetamineExplainerEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
