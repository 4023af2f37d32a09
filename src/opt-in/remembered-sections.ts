/**
 * The opt-in `remember` attribute: which sections the reader opened, kept in sessionStorage for this browser tab's
 * session only, under one namespaced key per page and instance. Nothing is stored without the attribute, and the
 * key is removed when the attribute is.
 */
import type {PropertyValues} from 'lit';
import {warnOnce} from '../utils/warn.js';

/** What this module reads of the element. */
interface RememberingHost {
  id: string;
  remember: boolean;
  hasUpdated: boolean;
}

/** Instances on one page remember separately when they have ids; otherwise they share one record. */
const keyFor = ({id}: RememberingHost): string =>
  `ketamine-explainer:open-sections:${location.pathname}#${id || 'default'}`;

/** sessionStorage throws in some privacy modes and sandboxed frames: the widget then simply does not remember. */
function withStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(window.sessionStorage);
  } catch {
    warnOnce('sessionStorage is not available here, so `remember` has no effect.');
    return undefined;
  }
}

/** The remembered open sections that are still among `sectionIds` (one pass over each list, however long). */
function loadRememberedSections(host: RememberingHost, sectionIds: readonly string[]): Set<string> | undefined {
  const stored = withStorage((storage) => storage.getItem(keyFor(host)));
  if (!stored) return undefined;
  try {
    const ids: unknown = JSON.parse(stored);
    const known = new Set(sectionIds);
    return Array.isArray(ids) ? new Set(ids.filter((id): id is string => known.has(id as string))) : undefined;
  } catch {
    return undefined;
  }
}

/** From the element's `willUpdate`: the sections to open at the first update, and forgetting once `remember` goes. */
export function rememberedSections(
  host: RememberingHost,
  changed: PropertyValues,
  sectionIds: readonly string[],
): Set<string> | undefined {
  if (changed.has('remember') && !host.remember && changed.get('remember')) {
    withStorage((storage) => storage.removeItem(keyFor(host)));
  }
  return host.remember && !host.hasUpdated ? loadRememberedSections(host, sectionIds) : undefined;
}

/** After the reader opened or closed sections (one write however many changed). */
export function rememberOpenSections(host: RememberingHost, openIds: Iterable<string>): void {
  if (host.remember) withStorage((storage) => storage.setItem(keyFor(host), JSON.stringify([...openIds])));
}
