// The embeds as a clinic pastes them, for files served at /ketamine-explainer/: written once, so that the release's
// README.txt and the platform recipes (docs/platforms.md, checked by tests/node/platforms.test.mjs) say the same.
export const EMBED_SNIPPETS = {
  /** The module, once per page: with a prerendered embed, nothing needs to wait for it. */
  module: '<script type="module" src="/ketamine-explainer/ketamine-explainer.js"></script>',
  /** The module for the bare element: in the first paint where the browser knows `blocking="render"`. */
  moduleBlockingRender:
    '<script type="module" src="/ketamine-explainer/ketamine-explainer.js" blocking="render"></script>',
  /** The classic script: every language in one file, for sites that cannot load modules. */
  classic: '<script src="/ketamine-explainer/ketamine-explainer.iife.js" defer></script>',
  element: '<ketamine-explainer></ketamine-explainer>',
};
