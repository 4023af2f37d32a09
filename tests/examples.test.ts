/**
 * axe on every named example embed (demo/examples.js), collapsed and with every section open, as GOV.UK Frontend runs
 * axe on each of its components' examples. Colour contrast included: the themed examples are the configurator's
 * presets, in light and dark mode. No rule is disabled.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {examples} from '../demo/examples.js';
import {renderExplainer, shadow, shows} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

/**
 * What the opt-in chunk adds without holding up the first render (the picker, the review line) appears when the chunk
 * arrives: wait for it, so that axe checks it too.
 */
const optInParts = (attributes: Record<string, string>): string[] => [
  ...('language-picker' in attributes ? ['select[part="language-picker"]'] : []),
  ...('last-reviewed' in attributes ? [`.${Dom.Reviewed}`] : []),
];

describe('example embeds pass axe', () => {
  for (const [name, {attributes, markup = '', properties = {}}] of Object.entries(examples)) {
    it(`${name}: collapsed and with every section open`, async () => {
      const element = await renderExplainer(attributes, markup);
      for (const [property, value] of Object.entries(properties)) element.style.setProperty(property, value);
      if (attributes.lang) await shows(element, attributes.lang);
      for (const selector of optInParts(attributes)) {
        await waitUntil(() => shadow(element).querySelector(selector), `${name}: ${selector} appears`);
      }
      await element.updateComplete;
      await expect(element).to.be.accessible();
      element.open = 'all';
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }
});
