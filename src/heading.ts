import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

interface HeadingAttributes {
  className: string;
  part: string;
  id?: string;
}

/**
 * A real `<h1>`-`<h6>` at a level chosen at runtime. One literal template per level (rather than lit's
 * static-html) keeps every template static, so it can be minified and is safe under Trusted Types.
 */
export function renderHeading(
  level: number,
  {className, part, id}: HeadingAttributes,
  content: unknown,
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
