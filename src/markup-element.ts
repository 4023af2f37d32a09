import {render} from 'lit';

/**
 * An element with `name` as its class and part, made with `createElement` for what a static template cannot say: a
 * heading whose level (h1-h6) is chosen at runtime (lit's static-html would build templates at runtime, which defeats
 * minifying and Trusted Types), and a panel's `hidden="until-found"` (lit-analyzer types `hidden` as a boolean).
 * Used only in shared markup (`shared-markup.ts`), rendered once per page, so a new element per call costs nothing on
 * later renders.
 */
export function markupElement(
  tag: string,
  name: string,
  attributes: Record<string, string>,
  content: unknown,
): HTMLElement {
  const element = document.createElement(tag);
  element.className = name;
  element.setAttribute('part', name);
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
  render(content, element);
  return element;
}
