import {css} from 'lit';

/**
 * Sizes are in `em` so that the widget follows the host's text size (a host with a tiny root font size does not
 * shrink it) and every colour, font and spacing goes through a `--ketamine-explainer-*` custom property whose
 * fallback is the default theme, which inherits the host page's typography.
 */
export const styles = css`
  :host {
    display: block;
    max-width: var(--ketamine-explainer-max-width, 48em);
    font-family: var(--ketamine-explainer-font-family, inherit);
    font-size: var(--ketamine-explainer-font-size, 1em);
    color: var(--ketamine-explainer-text-color, inherit);
    line-height: 1.6;
    overflow-wrap: break-word;
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
    background: var(--ketamine-explainer-background, transparent);
    border-radius: var(--ketamine-explainer-radius, 0.5em);
    padding: var(--ketamine-explainer-padding, 0);
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
    line-height: 1.8;
  }

  .title,
  .heading,
  .crisis-heading {
    font-family: var(--ketamine-explainer-heading-font-family, inherit);
    font-weight: var(--ketamine-explainer-heading-font-weight, 700);
    line-height: 1.3;
  }

  .title {
    font-size: 1.5em;
    margin: 0 0 var(--ketamine-explainer-spacing, 1em);
  }

  p {
    margin: 0 0 var(--ketamine-explainer-spacing, 1em);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ketamine-explainer-spacing, 1em) / 2) var(--ketamine-explainer-spacing, 1em);
    align-items: center;
    justify-content: space-between;
    margin-block: var(--ketamine-explainer-spacing, 1em) calc(var(--ketamine-explainer-spacing, 1em) / 2);
  }

  .show-all {
    font: inherit;
    color: var(--ketamine-explainer-accent-color, #0b5cab);
    background: none;
    border: var(--ketamine-explainer-border-width, 1px) solid currentColor;
    border-radius: var(--ketamine-explainer-radius, 0.5em);
    min-height: 2.75em;
    padding: 0.25em 1em;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .language {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .language select {
    font: inherit;
    color: inherit;
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: var(--ketamine-explainer-border-width, 1px) solid
      var(--ketamine-explainer-border-color, color-mix(in srgb, currentColor 55%, transparent));
    border-radius: var(--ketamine-explainer-radius, 0.5em);
    background: var(--ketamine-explainer-panel-background, transparent);
  }

  .section {
    border-block-end: var(--ketamine-explainer-border-width, 1px) solid
      var(--ketamine-explainer-border-color, color-mix(in srgb, currentColor 55%, transparent));
  }

  .section:first-of-type {
    border-block-start: var(--ketamine-explainer-border-width, 1px) solid
      var(--ketamine-explainer-border-color, color-mix(in srgb, currentColor 55%, transparent));
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
    font: inherit;
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

  .show-all:focus-visible,
  .button:focus-visible,
  .language select:focus-visible,
  .crisis a:focus-visible {
    outline: 3px solid var(--ketamine-explainer-focus-ring-color, #0b5cab);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    color: var(--ketamine-explainer-accent-color, #0b5cab);
    transition: transform 0.2s ease;
  }

  .button[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  /* No padding: a collapsed until-found panel keeps its box, and padding would show as a gap. */
  .panel {
    padding-inline: 0.25em;
    background: var(--ketamine-explainer-panel-background, transparent);
  }

  .crisis {
    margin-block: var(--ketamine-explainer-spacing, 1em);
    padding: 0.75em 1em;
    border: var(--ketamine-explainer-border-width, 1px) solid
      var(--ketamine-explainer-border-color, color-mix(in srgb, currentColor 55%, transparent));
    border-inline-start: 0.35em solid var(--ketamine-explainer-accent-color, #0b5cab);
    border-radius: var(--ketamine-explainer-radius, 0.5em);
    background: var(--ketamine-explainer-panel-background, transparent);
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
    color: var(--ketamine-explainer-accent-color, #0b5cab);
    text-underline-offset: 0.2em;
  }

  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .icon {
      color: ButtonText;
    }
    .show-all:focus-visible,
    .button:focus-visible,
    .language select:focus-visible,
    .crisis a:focus-visible {
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
