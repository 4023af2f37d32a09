/**
 * The article's markup: title and intro, the collapsible sections and the crisis notice. It carries no per-instance
 * state: every section is built collapsed, and `section-open.ts` opens it in place. The element builds it once per
 * language, heading level, crisis contacts and set of clinic sections, and clones the result (`shared-markup.ts`).
 */
import {articleIntro, articleSections, articleTitle, CRISIS_NOTICE_AFTER, type CrisisNotice} from './content.js';
import {element, partElement, type Child} from './dom-builder.js';
import type {ClinicSection} from './clinic-sections.js';

interface SectionMarkup {
  id: string;
  heading: string;
  content: Child[];
}

const paragraphs = (texts: (Child | Child[])[]): Element[] => texts.map((text) => element('p', {}, text));

export const titleAndIntro = (level: number): Element[] => [
  partElement(`h${level}`, 'title', {id: 'title'}, element('slot', {name: 'title'}, articleTitle())),
  partElement('p', 'intro', {}, articleIntro()),
];

const chevron = (): Element =>
  partElement(
    'svg',
    'icon',
    {viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false'},
    element('path', {
      d: 'M6 9l6 6 6-6',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2.5',
      'stroke-linecap': 'round',
    }),
  );

/**
 * A section, collapsed. Its button is handled by the element's one click listener, on the whole widget. A collapsed
 * panel is `hidden="until-found"`: find-in-page can reveal it (firing `beforematch`), and browsers that lack
 * until-found read the attribute as plain `hidden`, which keeps the panel out of view and the accessibility tree.
 */
const section = ({id, heading, content}: SectionMarkup, level: number): Element =>
  partElement(
    'div',
    'section',
    {id},
    partElement(
      `h${level}`,
      'heading',
      {},
      partElement(
        'button',
        'button',
        {type: 'button', id: `${id}-button`, 'aria-expanded': 'false', 'aria-controls': `${id}-panel`},
        element('span', {class: 'button-text'}, heading),
        chevron(),
      ),
    ),
    partElement(
      'div',
      'panel',
      {id: `${id}-panel`, role: 'region', 'aria-labelledby': `${id}-button`, hidden: 'until-found'},
      content,
    ),
  );

const crisisNotice = ({heading, hope, paragraphs: contacts, links}: CrisisNotice, level: number): Element =>
  element(
    'aside',
    {class: 'crisis', part: 'crisis-notice', 'aria-labelledby': 'crisis-heading'},
    partElement(`h${level}`, 'crisis-heading', {id: 'crisis-heading'}, heading),
    element('p', {}, hope),
    element(
      'slot',
      {name: 'crisis-contacts'},
      paragraphs(contacts),
      element(
        'ul',
        {class: 'crisis-links'},
        links.map(({href, label}) => element('li', {}, element('a', {href}, label))),
      ),
    ),
  );

/**
 * The article's four sections, with the crisis notice after the one that speaks of acute suicidal thoughts, then the
 * clinic's sections, each a slot for the clinic's own `<details>`.
 */
export const sections = (level: number, crisis: CrisisNotice, clinicSections: ClinicSection[]): Element[] => [
  ...articleSections().flatMap((article) => [
    section({...article, content: paragraphs(article.paragraphs)}, level),
    ...(article.id === CRISIS_NOTICE_AFTER ? [crisisNotice(crisis, level)] : []),
  ]),
  ...clinicSections.map(({id, heading, slotName}) =>
    section({id, heading, content: [element('slot', {name: slotName})]}, level),
  ),
];
