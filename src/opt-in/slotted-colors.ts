/**
 * The clinic's slotted content (call to action, crisis contacts, its own sections) is styled by the page, for the
 * page's background. When the widget paints its own surface (dark mode, or light mode on a dark page), those colours
 * may no longer contrast, so its text and links take the widget's text and link colours (WCAG 2.2 SC 1.4.3), and
 * its focus rings the widget's focus colour (SC 1.4.11). `::slotted()` reaches only the slotted elements themselves,
 * not the links inside them, so this small sheet goes into the page (or the shadow root the widget lives in).
 * `!important` beats the page's own rules; `.ketamine-explainer-own-colors` on any slotted element keeps its colours.
 */
import {css} from 'lit';

const sheet = css`
  ketamine-explainer[own-surface] :not(.ketamine-explainer-own-colors, .ketamine-explainer-own-colors *) {
    color: inherit !important;
    outline-color: var(--_focus) !important;
  }
  ketamine-explainer[own-surface] :any-link:not(.ketamine-explainer-own-colors, .ketamine-explainer-own-colors *) {
    color: var(--_accent) !important;
  }
`.styleSheet;

const colored = new WeakSet<Node>();

export function colorSlottedContent(root: Node): void {
  if (!sheet || colored.has(root) || !('adoptedStyleSheets' in root)) return;
  colored.add(root);
  (root as Document).adoptedStyleSheets = [...(root as Document).adoptedStyleSheets, sheet];
}
