import {css} from 'lit';

/**
 * Styles of the opt-in features (language picker, review line), adopted into the shadow root when
 * their chunk loads. The shared tokens (`--_space`, `--_border-color`, ...) come from the main styles.
 */
export const optInStyles = css`
  .language {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-inline-start: auto;
  }

  .language-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .language select {
    color: inherit;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border-color: var(--_border-color);
    background: var(--_panel-background);
  }

  .reviewed {
    margin-block-start: var(--_space);
    font-size: 0.9em;
    color: var(
      --ketamine-explainer-muted-color,
      light-dark(color-mix(in srgb, currentColor 80%, transparent), #bdc1c6)
    );
  }

  .reviewed p {
    margin: 0;
  }
`;
