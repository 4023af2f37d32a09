/**
 * The article's markup: title and intro, the collapsible sections and the crisis notice. These templates carry no
 * per-instance state: every section is rendered collapsed, and `section-open.ts` opens it in place. The element
 * renders them once per language and heading level and clones the result (`shared-markup.ts`).
 */
import {html, type TemplateResult} from 'lit';
import {articleIntro, articleSections, articleTitle, CRISIS_NOTICE_AFTER, type CrisisNotice} from './content.js';
import {markupElement} from './markup-element.js';
import type {ClinicSection} from './clinic-sections.js';

interface SectionMarkup {
  id: string;
  heading: string;
  content: unknown;
}

const paragraphs = (texts: string[]) => texts.map((text) => html`<p>${text}</p>`);

export const titleAndIntro = (level: number): TemplateResult => html`
  ${markupElement(`h${level}`, 'title', {id: 'title'}, html`<slot name="title">${articleTitle()}</slot>`)}
  <p class="intro" part="intro">${articleIntro()}</p>
`;

/**
 * A section, collapsed. Its button is handled by the element's one click listener, on the whole widget. A collapsed
 * panel is `hidden="until-found"`: find-in-page can reveal it (firing `beforematch`), and browsers that lack
 * until-found read the attribute as plain `hidden`, which keeps the panel out of view and the accessibility tree.
 */
const section = ({id, heading, content}: SectionMarkup, level: number): TemplateResult => html`
  <div class="section" part="section" id=${id}>
    ${markupElement(
      `h${level}`,
      'heading',
      {},
      html`<button
        type="button"
        class="button"
        part="button"
        id="${id}-button"
        aria-expanded="false"
        aria-controls="${id}-panel"
      >
        <span class="button-text">${heading}</span>
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
      </button>`,
    )}
    ${markupElement(
      'div',
      'panel',
      {
        id: `${id}-panel`,
        role: 'region',
        'aria-labelledby': `${id}-button`,
        hidden: 'until-found',
      },
      content,
    )}
  </div>
`;

const crisisNotice = ({heading, hope, paragraphs: contacts, links}: CrisisNotice, level: number) => html`
  <aside class="crisis" part="crisis-notice" aria-labelledby="crisis-heading">
    ${markupElement(`h${level}`, 'crisis-heading', {id: 'crisis-heading'}, heading)}
    <p>${hope}</p>
    <slot name="crisis-contacts">
      ${paragraphs(contacts)}
      <ul class="crisis-links">
        ${links.map(({href, label}) => html`<li><a href=${href}>${label}</a></li>`)}
      </ul>
    </slot>
  </aside>
`;

/**
 * The article's four sections, with the crisis notice after the one that speaks of acute suicidal thoughts, then the
 * clinic's sections, each a slot for the clinic's own `<details>`.
 */
export const sections = (level: number, crisis: CrisisNotice, clinicSections: ClinicSection[]): TemplateResult[] => [
  ...articleSections().map(
    (article) =>
      html`${section({...article, content: paragraphs(article.paragraphs)}, level)}
      ${article.id === CRISIS_NOTICE_AFTER ? crisisNotice(crisis, level) : ''}`,
  ),
  ...clinicSections.map(({id, heading, slotName}) =>
    section({id, heading, content: html`<slot name=${slotName}></slot>`}, level),
  ),
];
