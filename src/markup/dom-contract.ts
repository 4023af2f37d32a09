/**
 * The shadow DOM's contract: the class, part and id names that one module writes and another reads. The markup
 * builders and the element's template write them; the styles, the section state, read aloud, the opt-in features and
 * the tests find the elements by them. Most are both a class and a CSS part (`partElement` in `dom-builder.ts`), and
 * parts are public (`::part()`, documented in the element's JSDoc): renaming one breaks clinics' styles. Each name is
 * declared once, as GOV.UK Frontend's accordion declares each of its classes
 * (https://github.com/alphagov/govuk-frontend/blob/main/packages/govuk-frontend/src/govuk/components/accordion/accordion.mjs).
 *
 * A `const enum`: the compiler writes each name into the code that uses it, so the contract adds nothing to the
 * download (a module of string constants would make every name a variable of the bundle). Names used inside one
 * module only (read aloud's `reading`, the picker's `language`) stay in that module.
 */
export const enum Dom {
  // The article (`article-markup.ts`), class and part unless noted.
  Title = 'title',
  Intro = 'intro',
  /** One section: its id is the section's, its button's and panel's ids follow from it (below). */
  Section = 'section',
  Heading = 'heading',
  Button = 'button',
  /** Class only: the text of a section's button, which read aloud takes as the section's name. */
  ButtonText = 'button-text',
  Icon = 'icon',
  Panel = 'panel',
  /** The crisis notice's class; its part is `crisis-notice`. */
  Crisis = 'crisis',
  CrisisNoticePart = 'crisis-notice',
  CrisisHeading = 'crisis-heading',
  /** Class only: the crisis notice's row of call and text links. */
  CrisisLinks = 'crisis-links',

  // The element's own template (`ketamine-explainer.ts`) and the opt-in features.
  Base = 'base',
  Controls = 'controls',
  ShowAll = 'show-all',
  /** Class of the Listen group; its buttons are `listen-button` (part `listen`), the main one also `primary`. */
  Listen = 'listen',
  ListenButton = 'listen-button',
  Primary = 'primary',
  Cta = 'cta',
  Reviewed = 'reviewed',

  // The wrapper's appearance classes (`page-appearance.ts`): light or dark, its own surface, tinted panels, and the
  // page's direction around the widget (`page-ltr`, `page-rtl`).
  Dark = 'dark',
  OwnSurface = 'own-surface',
  Tinted = 'tinted',
  PageDirectionPrefix = 'page-',

  // Ids. The title and the crisis notice's heading have ids equal to their class names (`title`, `crisis-heading`).
  // A clinic section's id must collide with none of these (`clinic-sections.ts`).
  /** The note saying why Listen is unavailable, which the Listen button then refers to (`aria-describedby`). */
  ListenNoteId = 'listen-note',
  /** A section's button is `${id}-button`, its panel `${id}-panel`. */
  ButtonIdSuffix = '-button',
  PanelIdSuffix = '-panel',
}
