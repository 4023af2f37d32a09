/**
 * Markup that is the same in every instance with the same settings (the article in one language at one heading level,
 * with the same crisis contacts and clinic sections) is built once per page and then copied for each instance with the
 * browser's native `cloneNode`. A copy has no listeners or script wrappers of its own, which keeps each of many
 * instances small and quick to appear; what changes per instance (which sections are open, which is read aloud) is set
 * on the copy directly.
 */
const masters = new Map<string, DocumentFragment[]>();

/**
 * How many sets of settings keep their markup: a page rarely shows more than a few at once, and a page that goes
 * through many (a script setting attribute after attribute) must not keep a copy of the article for each.
 */
const MAX_MASTERS = 8;

/** Fresh copies of the node lists `build` makes; `key` must name everything the markup depends on. */
export function cloneSharedMarkup(key: string, build: () => Node[][]): DocumentFragment[] {
  let master = masters.get(key);
  if (master) masters.delete(key);
  else {
    master = build().map((nodes) => {
      const fragment = document.createDocumentFragment();
      fragment.append(...nodes);
      return fragment;
    });
  }
  // A Map keeps insertion order: re-inserted, this key is now the most recently used, and the first the least.
  masters.set(key, master);
  if (masters.size > MAX_MASTERS) masters.delete(masters.keys().next().value as string);
  return master.map((fragment) => fragment.cloneNode(true) as DocumentFragment);
}
