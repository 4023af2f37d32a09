/**
 * The opt-in `remember` attribute: which sections the reader opened, kept in sessionStorage for this browser tab's
 * session only, under one namespaced key per page and instance. Nothing is stored without the attribute, and the
 * key is removed when the attribute is.
 */
import {warnOnce} from '../utils/warn.js';

const keyFor = (instanceId: string): string => `ketamine-explainer:open-sections:${location.pathname}#${instanceId}`;

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
export function loadRememberedSections(instanceId: string, sectionIds: readonly string[]): Set<string> | undefined {
  const stored = withStorage((storage) => storage.getItem(keyFor(instanceId)));
  if (!stored) return undefined;
  try {
    const ids: unknown = JSON.parse(stored);
    const known = new Set(sectionIds);
    return Array.isArray(ids) ? new Set(ids.filter((id): id is string => known.has(id as string))) : undefined;
  } catch {
    return undefined;
  }
}

export function saveRememberedSections(instanceId: string, openIds: Iterable<string>): void {
  withStorage((storage) => storage.setItem(keyFor(instanceId), JSON.stringify([...openIds])));
}

export function forgetRememberedSections(instanceId: string): void {
  withStorage((storage) => storage.removeItem(keyFor(instanceId)));
}
