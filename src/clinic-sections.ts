/**
 * A clinic adds its own collapsible sections as plain `<details>` elements inside the widget, markup every CMS
 * can produce (WordPress has a Details block) and which still works as a native disclosure before the script runs:
 *
 *   <ketamine-explainer>
 *     <details id="ketamine-cost"><summary>Cost and insurance</summary><p>…</p></details>
 *   </ketamine-explainer>
 *
 * The widget renders each as one of its own sections (real heading, the same button, deep links, show all, print,
 * events): the summary's text becomes the heading, and the `<details>` itself is slotted, kept open, into the panel,
 * with its summary hidden. Those three attributes (`slot`, `open`, and `hidden` on the summary) are the only changes
 * made to the clinic's markup.
 */
import {quote, warnOnce} from './warn.js';
import {declaredLanguage} from './locale-match.js';

export interface ClinicSection {
  id: string;
  heading: string;
  slotName: string;
  /** The language the clinic's content is declared in (its own `lang`, else the page's); `""` when none is. */
  lang: string;
  /** The direction the content has in the page, kept when the widget shows a language written the other way. */
  dir: string;
}

export function adoptClinicSections(host: HTMLElement, takenIds: readonly string[]): ClinicSection[] {
  const sections: ClinicSection[] = [];
  const ids = new Set(takenIds);
  // The host's own direction, from the page: slotted content would otherwise inherit the widget's through the slot.
  const dir = getComputedStyle(host).direction;
  for (const details of host.querySelectorAll<HTMLDetailsElement>(':scope > details')) {
    const summary = details.querySelector<HTMLElement>(':scope > summary');
    const heading = summary?.textContent?.replace(/\s+/g, ' ').trim();
    if (!summary || !heading) {
      warnOnce('a <details> inside <ketamine-explainer> has no <summary> text, so it is not shown.');
      continue;
    }
    const slotName = `clinic-section-${sections.length + 1}`;
    let id = details.id || slotName;
    if (ids.has(id)) {
      warnOnce(`two sections share the id ${quote(id)}; the second one is reachable only as ${slotName}.`);
      id = slotName;
    }
    ids.add(id);
    details.slot = slotName;
    details.open = true;
    summary.hidden = true;
    sections.push({id, heading, slotName, lang: declaredLanguage(details) ?? '', dir});
  }
  return sections;
}
