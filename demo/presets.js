/**
 * Three ready-made themes that look like real clinic sites, used by the configurator and checked for WCAG AA
 * contrast in light and dark mode by tests/theming.test.ts. Colours use CSS `light-dark()`, which the widget resolves
 * in its own light or dark mode.
 */
export const presets = {
  riverside: {
    label: 'Riverside (calm teal)',
    properties: {
      '--ketamine-explainer-font-family': "'Segoe UI', system-ui, -apple-system, Roboto, sans-serif",
      '--ketamine-explainer-accent-color': 'light-dark(#0f5f58, #5eead4)',
      '--ketamine-explainer-accent-text-color': 'light-dark(#ffffff, #042f2e)',
      '--ketamine-explainer-focus-ring-color': 'light-dark(#0f5f58, #5eead4)',
      '--ketamine-explainer-panel-background': 'light-dark(#f0f7f6, #1c2a29)',
      '--ketamine-explainer-radius': '0.75em',
    },
  },
  harbor: {
    label: 'Harbor Health (classic navy, serif headings)',
    properties: {
      '--ketamine-explainer-font-family': "Georgia, 'Times New Roman', serif",
      '--ketamine-explainer-heading-font-family': "Georgia, 'Times New Roman', serif",
      '--ketamine-explainer-accent-color': 'light-dark(#1e3a6e, #a5c8ff)',
      '--ketamine-explainer-accent-text-color': 'light-dark(#ffffff, #0b1b36)',
      '--ketamine-explainer-focus-ring-color': 'light-dark(#b45309, #fbbf24)',
      '--ketamine-explainer-border-color': 'light-dark(#8a94a6, #5b6475)',
      '--ketamine-explainer-radius': '0',
      '--ketamine-explainer-heading-font-weight': '600',
    },
  },
  sunrise: {
    label: 'Sunrise Wellness (warm, rounded)',
    properties: {
      '--ketamine-explainer-font-family': "Verdana, 'Trebuchet MS', system-ui, sans-serif",
      '--ketamine-explainer-text-color': 'light-dark(#3b2418, #f5e9e0)',
      '--ketamine-explainer-background': 'light-dark(#fff8f1, #241a15)',
      '--ketamine-explainer-padding': '1.25em',
      '--ketamine-explainer-accent-color': 'light-dark(#a3360f, #ffb089)',
      '--ketamine-explainer-accent-text-color': 'light-dark(#ffffff, #2b1207)',
      '--ketamine-explainer-focus-ring-color': 'light-dark(#a3360f, #ffb089)',
      '--ketamine-explainer-border-color': 'light-dark(#d9b8a3, #6b5447)',
      '--ketamine-explainer-radius': '1.25em',
      '--ketamine-explainer-spacing': '1.1em',
    },
  },
};
