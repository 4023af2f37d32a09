import {css} from 'lit';

/**
 * Styles of reading aloud, adopted into the shadow root when its chunk loads. The shared tokens (`--_accent`, ...)
 * come from the main styles. What is being read is marked by an outline or an underline, not by colour alone
 * (WCAG 2.2 SC 1.4.1, https://www.w3.org/WAI/WCAG22/Understanding/use-of-color.html), and both stay visible in
 * forced colours.
 */
export const readAloudStyles = css`
  .section.reading .button-text {
    text-decoration: underline;
    text-decoration-thickness: 0.15em;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.25em;
  }

  .reading-now {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.2em;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .listen-speed {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .listen-speed select {
    padding: 0.25em 0.5em;
    color: inherit;
    border-color: var(--_border-color);
    background: var(--_panel-background);
  }

  .listen-note {
    align-self: center;
    margin: 0;
  }

  .listen-button.primary[aria-disabled='true'] {
    color: inherit;
    background: none;
    border-color: var(--_border-color);
    border-style: dashed;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .section.reading .button-text {
      text-decoration-color: Highlight;
    }
    .reading-now {
      outline-color: Highlight;
    }
    .listen-button.primary[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
