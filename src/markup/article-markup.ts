/**
 * The article's markup: title, intro and crisis notice, then the collapsible sections. It carries no per-instance
 * state: every section is built collapsed, and `section-open.ts` opens it in place. The element builds it once per
 * language, heading level, crisis contacts and set of clinic sections, and clones the result (`shared-markup.ts`).
 */
import {articleIntro, articleSections, articleTitle, type CrisisNotice} from '../content/article.js';
import {element, partElement, type Child} from './dom-builder.js';
import {Dom} from './dom-contract.js';
import type {ClinicSection} from '../opt-in/clinic-sections.js';

interface SectionMarkup {
  id: string;
  heading: Child;
  content: Child[];
}

const paragraphs = (texts: (Child | Child[])[]): Element[] => texts.map((text) => element('p', {}, text));

const chevron = (): Element =>
  partElement(
    'svg',
    Dom.Icon,
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
 * A section, collapsed, as in the APG accordion pattern (https://www.w3.org/WAI/ARIA/apg/patterns/accordion/): a
 * heading holding a button with `aria-expanded` and `aria-controls`, then its panel. The button is handled by the
 * element's one click listener, on the whole widget. A collapsed panel is `hidden="until-found"`
 * (https://html.spec.whatwg.org/multipage/interaction.html#the-hidden-attribute): find-in-page can reveal it (firing
 * `beforematch`), and browsers that lack until-found read the attribute as plain `hidden`, which keeps the panel out
 * of view and the accessibility tree. It becomes a region only when open (`section-open.ts`).
 */
const section = ({id, heading, content}: SectionMarkup, level: number): Element =>
  partElement(
    'div',
    Dom.Section,
    {id},
    partElement(
      `h${level}`,
      Dom.Heading,
      {},
      partElement(
        'button',
        Dom.Button,
        {
          type: 'button',
          id: `${id}${Dom.ButtonIdSuffix}`,
          'aria-expanded': 'false',
          'aria-controls': `${id}${Dom.PanelIdSuffix}`,
        },
        element('span', {class: Dom.ButtonText}, heading),
        chevron(),
      ),
    ),
    partElement('div', Dom.Panel, {id: `${id}${Dom.PanelIdSuffix}`, hidden: 'until-found'}, content),
  );

const crisisNotice = ({heading, hope, paragraphs: contacts, links}: CrisisNotice, level: number): Element =>
  element(
    'aside',
    {class: Dom.Crisis, part: Dom.CrisisNoticePart, 'aria-labelledby': Dom.CrisisHeading},
    partElement(`h${level}`, Dom.CrisisHeading, {id: Dom.CrisisHeading}, heading),
    element('p', {}, hope),
    element(
      'slot',
      {name: 'crisis-contacts'},
      paragraphs(contacts),
      element(
        'ul',
        {class: Dom.CrisisLinks},
        links.map(({href, label}) => element('li', {}, element('a', {href}, label))),
      ),
    ),
  );

/**
 * What comes before the sections: the title, the intro, and the crisis notice, always visible, so that a reader in
 * distress reaches its call and text links before any section (in reading, Tab and read-aloud order). Safe-messaging
 * guidance asks that content touching on suicide always say where to get help (https://reportingonsuicide.org/).
 */
export const opening = (level: number, crisis: CrisisNotice): Element[] => [
  partElement(`h${level}`, Dom.Title, {id: Dom.Title}, element('slot', {name: 'title'}, articleTitle())),
  partElement('p', Dom.Intro, {}, articleIntro()),
  crisisNotice(crisis, level + 1),
];

/**
 * The article's four sections, then the clinic's, each a slot for the clinic's own `<details>`. A clinic section keeps
 * the language of the clinic's content, and its direction: its heading text runs its own way (`dir="auto"`) within the
 * widget's layout, and its slot carries the page's direction, since slotted nodes inherit direction from the slot (the
 * flat tree, https://drafts.csswg.org/css-scoping/#flattening) and English content would otherwise turn right-to-left
 * in an Arabic widget.
 */
export const sections = (level: number, clinicSections: ClinicSection[]): Element[] => [
  ...articleSections().map((article) => section({...article, content: paragraphs(article.paragraphs)}, level)),
  ...clinicSections.map(({id, heading, slotName, lang, dir}) =>
    section(
      {
        id,
        heading: element('span', {lang, dir: 'auto'}, heading),
        content: [element('slot', {name: slotName, lang, dir})],
      },
      level,
    ),
  ),
];
