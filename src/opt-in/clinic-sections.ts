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
import {quote, warnOnce} from '../utils/warn.js';
import {shownText} from '../markup/shown-text.js';
import {declaredLanguage} from '../i18n/page-language.js';
import {Dom} from '../markup/dom-contract.js';

export interface ClinicSection {
  id: string;
  heading: string;
  slotName: string;
  /** The language the clinic's content is declared in (its own `lang`, else the page's); `""` when none is. */
  lang: string;
  /** The direction the content has in the page, kept when the widget shows a language written the other way. */
  dir: string;
}

/**
 * Ids the widget's own markup uses (`article-markup.ts`, read aloud's note): the title, the crisis notice's heading, the
 * Listen note, and for each section its button and panel. A clinic section must take none of them, or its button would
 * find another element by its id and could not open it.
 */
const WIDGET_IDS = [Dom.Title, Dom.CrisisHeading, Dom.ListenNoteId];
const idsOfSection = (id: string): string[] => [id, `${id}${Dom.ButtonIdSuffix}`, `${id}${Dom.PanelIdSuffix}`];

export function adoptClinicSections(host: HTMLElement, takenIds: readonly string[]): ClinicSection[] {
  const sections: ClinicSection[] = [];
  const used = new Set([...WIDGET_IDS, ...takenIds.flatMap(idsOfSection)]);
  const isFree = (id: string) => idsOfSection(id).every((each) => !used.has(each));
  // The host's own direction, from the page: slotted content would otherwise inherit the widget's through the slot.
  const dir = getComputedStyle(host).direction;
  for (const details of host.querySelectorAll<HTMLDetailsElement>(':scope > details')) {
    const summary = details.querySelector<HTMLElement>(':scope > summary');
    // Only what the clinic shows: a hidden or aria-hidden part of its summary stays out of the heading.
    const heading = summary && shownText(summary);
    if (!summary || !heading) {
      warnOnce('a <details> inside <ketamine-explainer> has no <summary> text, so it is not shown.');
      continue;
    }
    const slotName = `clinic-section-${sections.length + 1}`;
    let id = details.id || slotName;
    if (!isFree(id)) {
      let renamed = slotName;
      for (let suffix = 2; !isFree(renamed); suffix++) renamed = `${slotName}-${suffix}`;
      warnOnce(
        `the id ${quote(id)} is already used in the widget (by it or another section); this section is ${renamed}.`,
      );
      id = renamed;
    }
    for (const each of idsOfSection(id)) used.add(each);
    details.slot = slotName;
    details.open = true;
    summary.hidden = true;
    sections.push({id, heading, slotName, lang: declaredLanguage(details) ?? '', dir});
  }
  return sections;
}

/**
 * The article with the clinic's contacts and sections, or, if those cannot be built, the built-in one with a warning:
 * nothing a page sets may leave the widget blank.
 */
export function orBuiltIn<T>(clinic: () => T, builtIn: () => T): T {
  try {
    return clinic();
  } catch {
    warnOnce('the clinic’s contacts or sections failed; showing the built-in article.');
    return builtIn();
  }
}
