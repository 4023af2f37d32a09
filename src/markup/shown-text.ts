/**
 * What a reader actually sees of some markup, shared by the clinic sections (a `<summary>` becomes a heading) and by
 * read aloud (which must never say what the page hides).
 */

/**
 * Content that is not shown as text: hidden elements, content hidden from assistive technology (a decorative
 * glyph, a duplicate), and elements whose text is code or is never rendered while scripts run.
 */
export const NOT_SHOWN = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';

/** Children as rendered: a slot stands for what is slotted into it, or for its fallback content. */
export const renderedChildren = (node: Node): Node[] =>
  node instanceof HTMLSlotElement ? node.assignedNodes({flatten: true}) : [...node.childNodes];

const textOf = (node: Node): string =>
  node instanceof Element && node.matches(NOT_SHOWN)
    ? ''
    : node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : renderedChildren(node).map(textOf).join('');

/**
 * The text shown inside `node` (not judging `node` itself, which may be hidden on purpose, like an adopted
 * `<summary>`), with slotted content in place of its slot and whitespace collapsed.
 */
export const shownText = (node: Node): string =>
  renderedChildren(node).map(textOf).join('').replace(/\s+/g, ' ').trim();
