// Writes dist/ketamine-explainer.css (the widget's own styles, for the prerendered embed's declarative shadow root,
// which a strict CSP lets load from a file but not inline) and dist/prerendered/<locale>.html, one embed per locale
// with the default settings and base URL (scripts/prerender.mjs renders one for other settings).
import {mkdirSync, writeFileSync} from 'node:fs';
import {LOCALE_CODES, prerender, STYLESHEET, stylesheetIntegrity} from './prerender.mjs';
import {styles} from '../dist/lib/element/ketamine-explainer.styles.js';
import {optInStyles} from '../dist/lib/opt-in/opt-in-features.styles.js';

/**
 * What only the prerendered markup needs: the <details>/<summary> made to look like the widget's section buttons,
 * dark mode by media query for `color-scheme="auto"` (the widget decides in script, from the page behind it), the
 * controls row kept in place but invisible (it needs script; `visibility: hidden` also keeps it out of the
 * accessibility tree and the focus order), and every section open on paper. `.prerendered` raises these rules above
 * the core ones, which the element adopts into the same shadow root when it upgrades.
 */
const prerenderedRules = `
.prerendered .summary {
  display: block;
  list-style: none;
  cursor: pointer;
}
.prerendered .summary::-webkit-details-marker {
  display: none;
}
.prerendered .summary:hover .button-text {
  text-decoration: underline;
  text-underline-offset: 0.2em;
}
.prerendered details[open] > .summary .icon {
  transform: rotate(180deg);
}
.prerendered .controls.placeholder {
  visibility: hidden;
}
@media (prefers-color-scheme: dark) {
  .base.prerendered.auto {
    color-scheme: dark;
    --_light-text: #1f2328;
    --_light-background: #ffffff;
    --_surface-padding: 1em;
  }
}
@media print {
  .prerendered details.section::details-content {
    display: block !important;
    content-visibility: visible !important;
  }
}
`;

const css = `${styles.cssText}\n${optInStyles.cssText}\n${prerenderedRules}`;
writeFileSync(`dist/${STYLESHEET}`, css);
const integrity = stylesheetIntegrity(css);
mkdirSync('dist/prerendered', {recursive: true});
for (const locale of LOCALE_CODES) {
  writeFileSync(`dist/prerendered/${locale}.html`, await prerender({lang: locale, integrity}));
}
console.log(`dist/${STYLESHEET}, dist/prerendered/: ${LOCALE_CODES.length} embeds`);
