/**
 * The global object as the bundled Lit reads it (rollup.config.js points Lit's `globalThis` here): page elements
 * that only look like globals read as undefined.
 *
 * HTML's "named access on the Window object" makes `<div id="litHtmlVersions">`, `<img name="ShadyCSS">` or
 * `<iframe name="...">` readable as `window.litHtmlVersions` and so on: an element, an HTMLCollection of several, or a
 * frame's window (https://html.spec.whatwg.org/multipage/nav-history-apis.html#named-access-on-the-window-object).
 * Lit reads a dozen globals while it loads (`litHtmlVersions`, `ShadyCSS`, `reactiveElementPolyfillSupport`, ...);
 * such an element in a clinic's CMS content would stop the widget from loading, or make Lit fall back to `<style>`
 * elements, which a strict `style-src` blocks. Writes still reach the real global, where Lit means them to.
 */
const isNamedAccessResult = (value: unknown): boolean =>
  value instanceof Element ||
  value instanceof HTMLCollection ||
  (typeof value === 'object' && value !== null && value !== globalThis && (value as Window).window === value);

export const unclobberedGlobal: typeof globalThis = new Proxy(globalThis, {
  get(target, name) {
    const value: unknown = Reflect.get(target, name);
    return isNamedAccessResult(value) ? undefined : value;
  },
});
