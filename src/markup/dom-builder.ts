/**
 * Elements made with the DOM's own calls, for the markup that is built once per page and then cloned
 * (`shared-markup.ts`). Text goes in only as text nodes (`append` with a string), never parsed as HTML, so neither a
 * translation nor a clinic's attribute can inject markup, and this markup needs no Trusted Types policy (the element's
 * own controls are still rendered by Lit, under its `lit-html` policy).
 *
 * Not Lit templates: for markup built once and cloned they cost the first render several times more work, and leave
 * template parts in memory and marker comments in every copy (docs/performance.md).
 */
export type Child = Node | string;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** `tag` with `attributes` and `children`; the chevron's `svg` and `path` are made in the SVG namespace. */
export function element(tag: string, attributes: Record<string, string>, ...children: (Child | Child[])[]): Element {
  const made =
    tag === 'svg' || tag === 'path' ? document.createElementNS(SVG_NAMESPACE, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children.flat());
  return made;
}

/** An element whose class and CSS part are both `name`, as most of ours are. */
export const partElement = (
  tag: string,
  name: string,
  attributes: Record<string, string>,
  ...children: (Child | Child[])[]
): Element => element(tag, {class: name, part: name, ...attributes}, ...children);
