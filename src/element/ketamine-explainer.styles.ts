import {css} from 'lit';

/**
 * Sizes are in `em` so that the widget follows the host's text size (a host with a tiny root font size does not
 * shrink it), with a floor of 14px. Every colour, font and spacing goes through a documented `--ketamine-explainer-*` custom property,
 * read once into a private `--_*` token here; the fallbacks are the default theme, which inherits the host page's
 * typography in light mode and brings its own surface in dark mode (`light-dark()` picks by `color-scheme`).
 */
export const styles = css`
  :host {
    display: block;
    max-width: var(--ketamine-explainer-max-width, 48em);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    color-scheme: light;
    --_text: var(--ketamine-explainer-text-color, light-dark(var(--_light-text, currentColor), #e8eaed));
    --_background: var(--ketamine-explainer-background, light-dark(var(--_light-background, transparent), #16191d));
    --_panel-background: var(--ketamine-explainer-panel-background, transparent);
    --_accent: var(--ketamine-explainer-accent-color, light-dark(#0b5cab, #8ab4f8));
    --_on-accent: var(--ketamine-explainer-accent-text-color, light-dark(#ffffff, #0d1b2a));
    --_border-color: var(--ketamine-explainer-border-color, color-mix(in srgb, currentColor 55%, transparent));
    --_border-width: var(--ketamine-explainer-border-width, 1px);
    --_line: var(--_border-width) solid var(--_border-color);
    --_radius: var(--ketamine-explainer-radius, 0.5em);
    --_space: var(--ketamine-explainer-spacing, 1em);
    --_focus: var(--ketamine-explainer-focus-ring-color, var(--_accent));

    /*
     * Typography is set here, not on :host, which the host page's own rules (even "* { ... !important }")
     * override. The text never gets smaller than 14px, however small the page's own text is. The line height is the
     * page's (1lh: the element's own, inherited from the page or set by a reader's text-spacing tool) when that is
     * larger than 1.6, never tighter (WCAG 2.2 SC 1.4.12). Browsers without the lh unit (before 2023) take the
     * page's line height.
     */
    font-family: var(--ketamine-explainer-font-family, inherit);
    font-size: max(var(--ketamine-explainer-font-size, 1em), 14px);
    line-height: max(1.6em, 1lh);
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--_radius);
    padding: var(--ketamine-explainer-padding, var(--_surface-padding, 0));
  }

  /*
   * Light or dark is decided in script, to fit the page behind the widget (see page-appearance.ts). In dark mode the
   * widget brings its own dark surface; in light mode on a dark page, its own light one. Either needs room around
   * the text.
   */
  .dark {
    color-scheme: dark;
  }
  .own-surface {
    --_light-text: #1f2328;
    --_light-background: #ffffff;
    --_surface-padding: 1em;
  }

  /*
   * While the reader's language loads for the first time, the English text it would replace stays invisible (its
   * space reserved, silent to screen readers), so nobody starts reading English that then changes under them. If the
   * translation takes longer than 1.5 s, the English shows anyway: readable beats perfect.
   */
  .base.first-load[aria-busy='true'] {
    visibility: hidden;
    animation: reveal-while-loading 0s 1.5s forwards;
  }

  @keyframes reveal-while-loading {
    to {
      visibility: visible;
    }
  }

  /* CJK, Arabic and Persian scripts read better with more line height; system fonts only, nothing downloaded. */
  .base:is(:lang(zh), :lang(ja), :lang(ko), :lang(ar), :lang(fa)) {
    line-height: max(1.8em, 1lh);
  }

  .title,
  .heading,
  .crisis-heading {
    font-family: var(--ketamine-explainer-heading-font-family, inherit);
    font-weight: var(--ketamine-explainer-heading-font-weight, 700);
    /* Headings stay tighter than the text, but their lines grow with the text's when the page asks for more. */
    line-height: max(1.3em, 1lh);
    color: inherit;
  }

  .title {
    font-size: 1.5em;
    margin: 0 0 var(--_space);
  }

  p {
    margin: 0 0 var(--_space);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    margin-block: var(--_space) calc(var(--_space) / 2);
  }

  /* Controls take the text's font and a reader's letter and word spacing (WCAG 2.2 SC 1.4.12), not the browser's. */
  button,
  select {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  .show-all,
  .listen-button,
  select {
    min-height: 2.75em;
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .show-all,
  .listen-button {
    padding: 0.25em 1em;
    color: var(--_accent);
    background: none;
  }

  .show-all {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .listen {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .listen-button.primary {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }

  .section {
    border-block-end: var(--_line);
  }

  /* The first section follows the controls row (":first-of-type" would never match: the row is a div too). */
  .controls + .section {
    border-block-start: var(--_line);
  }

  .heading {
    font-size: 1.2em;
    margin: 0;
  }

  .button {
    display: flex;
    width: 100%;
    min-height: 2.75em;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    padding: 0.6em 0.25em;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }

  .button:hover .button-text {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    color: var(--_accent);
    transition: transform 0.2s ease;
  }

  .button[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  /* No block padding: a collapsed until-found panel keeps its box, and padding would show as a gap. */
  .panel {
    padding-inline: 0.25em;
    background: var(--_panel-background);
  }

  /*
   * The clinic's slotted content is written for its page: it keeps the page's direction, not the widget's (English
   * stays left-to-right in an Arabic widget), unless it sets its own dir attribute. Inheritance follows the slots (the flat
   * tree), so without this it would take the widget's.
   */
  .page-ltr ::slotted(:not([dir])) {
    direction: ltr;
  }
  .page-rtl ::slotted(:not([dir])) {
    direction: rtl;
  }

  /* Text on a tinted panel keeps its distance from the tinted edge, as in the crisis notice. */
  .tinted .panel:not([hidden]) {
    padding: 0.75em 1em;
  }

  .crisis {
    margin-block: var(--_space);
    padding: 0.75em 1em;
    border: var(--_line);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_panel-background);
  }

  .crisis-heading {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }

  .crisis p {
    margin-block-end: 0.5em;
  }

  .crisis-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .crisis a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    font-weight: 700;
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }

  /* The clinic's call to action keeps its distance from the last section. In the core styles, not the opt-in ones: an
     embed with only a cta slot never loads those (issue 14). */
  .cta {
    display: flow-root;
  }

  .cta ::slotted(*) {
    margin-block-start: var(--_space);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }

  /* Windows high contrast: system colours, with focus, borders and icons kept visible. */
  @media (forced-colors: active) {
    .icon {
      color: ButtonText;
    }
    .listen-button.primary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* On paper every section is open and the controls, which mean nothing there, are left out. */
  @media print {
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .controls,
    .icon {
      display: none !important;
    }
  }
`;
