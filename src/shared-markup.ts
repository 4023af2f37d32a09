/**
 * Markup that is the same in every instance with the same settings (the article in one language at one heading level,
 * with the same crisis contacts and clinic sections) is built once per page and then copied for each instance with the
 * browser's native `cloneNode`. A copy has no listeners or script wrappers of its own, which keeps each of many
 * instances small and quick to appear; what changes per instance (which sections are open, which is read aloud) is set
 * on the copy directly.
 */
const masters = new Map<string, DocumentFragment[]>();

/** Fresh copies of the node lists `build` makes; `key` must name everything the markup depends on. */
export function cloneSharedMarkup(key: string, build: () => Node[][]): DocumentFragment[] {
  let master = masters.get(key);
  if (!master) {
    master = build().map((nodes) => {
      const fragment = document.createDocumentFragment();
      fragment.append(...nodes);
      return fragment;
    });
    masters.set(key, master);
  }
  return master.map((fragment) => fragment.cloneNode(true) as DocumentFragment);
}
