/**
 * Named example embeds, as GOV.UK Frontend's component examples: each is an attribute set, the clinic's own markup
 * inside the element, and custom properties (each of the configurator's presets, in light and dark mode). They feed
 * the axe loop (tests/examples.test.ts) and the screenshots (scripts/screenshots.mjs). Plain JS, as the demo's
 * presets, so that demo pages can load it.
 */
import {presets} from './presets.js';

const CLINIC_SECTION = `<details id="ketamine-cost">
  <summary>Cost and insurance</summary>
  <p>Many plans cover part of the treatment. <a href="/pricing">See our prices</a>.</p>
</details>`;

/** @type {Record<string, import('./examples.js').Example>} */
export const examples = {
  plain: {label: 'Plain embed', attributes: {}},
  'heading-3-open-all': {label: 'Heading level 3, every section open', attributes: {'heading-level': '3', open: 'all'}},
  'clinic-uk': {
    label: 'A clinic section and UK crisis contacts',
    attributes: {'crisis-call': '116 123', 'crisis-text': 'sms:85258?body=SHOUT', 'emergency-call': '999'},
    markup: CLINIC_SECTION,
  },
  'picker-remember-reviewed': {
    label: 'Language picker, remember, last reviewed',
    attributes: {'language-picker': '', remember: '', 'last-reviewed': '2026-10-01'},
  },
  dark: {
    label: 'Dark, forced',
    attributes: {'color-scheme': 'dark', 'language-picker': '', 'last-reviewed': '2026-10-01'},
  },
  'rtl-arabic': {label: 'Arabic, right to left', attributes: {lang: 'ar', 'language-picker': ''}},
  slots: {
    label: 'Call to action and reviewed-by slots',
    attributes: {'last-reviewed': '2026-10-01'},
    markup: `<span slot="title">Ketamine treatment at Riverside</span>
<p slot="cta"><a href="/book">Book a consultation</a> or call <a href="tel:+15555550100">(555) 555-0100</a>.</p>
<p slot="reviewed">Reviewed by Dr. Ana Ruiz, psychiatrist</p>`,
  },
  ...Object.fromEntries(
    Object.entries(presets).flatMap(([name, preset]) =>
      ['light', 'dark'].map((scheme) => [
        `${name}-${scheme}`,
        {
          label: `${preset.label}, ${scheme}`,
          attributes: {'color-scheme': scheme, 'last-reviewed': '2026-10-01'},
          properties: preset.properties,
        },
      ]),
    ),
  ),
};
