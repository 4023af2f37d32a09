import {Dom} from './dom-contract.js';

/**
 * APG accordion: "avoid using the region role in circumstances that create landmark region proliferation, e.g. in an
 * accordion that contains more than approximately 6 panels that can be expanded at the same time".
 * https://www.w3.org/WAI/ARIA/apg/patterns/accordion/
 */
const MOST_REGION_PANELS = 6;

/**
 * Shows a rendered section (see `article-markup.ts`) open or collapsed: its button's state and its panel. An open
 * panel is a region labelled by its button, so that a screen reader can list and jump to it; a collapsed one is not,
 * since it would be an empty landmark to skip, and with more than six sections none is.
 */
export function showSectionOpen(section: HTMLElement | null, open: boolean, sectionCount: number): void {
  const button = section?.querySelector(`.${Dom.Button}`);
  const panel = section?.querySelector(`.${Dom.Panel}`);
  const region = open && sectionCount <= MOST_REGION_PANELS;
  button?.setAttribute('aria-expanded', String(open));
  for (const [name, value] of [
    ['hidden', !open && 'until-found'],
    ['role', region && 'region'],
    ['aria-labelledby', region && button?.id],
  ] as const) {
    if (value) panel?.setAttribute(name, value);
    else panel?.removeAttribute(name);
  }
}
