import {warnOnce} from './warn.js';

/**
 * Loads a chunk the first time a feature is used. A failed load (network error, 404) resolves to undefined with
 * one warning, never an unhandled rejection, and is forgotten so that the next use tries the network again.
 */
export function lazyModule<T>(feature: string, load: () => Promise<T>): () => Promise<T | undefined> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load();
    return pending.catch(() => {
      pending = undefined;
      warnOnce(`the ${feature} code could not be loaded; it is tried again on the next use.`);
      return undefined;
    });
  };
}
