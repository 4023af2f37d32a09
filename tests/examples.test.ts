/**
 * axe on every named example embed (demo/examples.js), collapsed and with every section open, as GOV.UK Frontend runs
 * axe on each of its components' examples. Colour contrast included: the themed examples are the configurator's
 * presets, in light and dark mode. No rule is disabled.
 */
import {expect} from '@open-wc/testing';
import {examples} from '../demo/examples.js';
import {renderExplainer, shows} from './helpers.js';

describe('example embeds pass axe', () => {
  for (const [name, {attributes, markup = '', properties = {}}] of Object.entries(examples)) {
    it(`${name}: collapsed and with every section open`, async () => {
      const element = await renderExplainer(attributes, markup);
      for (const [property, value] of Object.entries(properties)) element.style.setProperty(property, value);
      if (attributes.lang) await shows(element, attributes.lang);
      await expect(element).to.be.accessible();
      element.open = 'all';
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }
});
