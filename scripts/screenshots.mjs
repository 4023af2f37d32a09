// Writes the README's screenshots (docs/screenshots/*.png) of the demo page in Debian's Chromium: light, dark,
// forced colours (Windows high contrast) and right-to-left (Arabic), each a named example embed. Run `npm run build`
// first.
/* global document, window -- the functions given to page.evaluate() run in the browser */
import puppeteer from 'puppeteer-core';
import {CHROMIUM_LAUNCH_OPTIONS} from './chromium.mjs';
import {startDemoServer} from './serve.mjs';
import {examples} from '../demo/examples.js';

const server = await startDemoServer(0);
const PORT = server.address().port;
const browser = await puppeteer.launch(CHROMIUM_LAUNCH_OPTIONS);

// Each picture is a named example embed (demo/examples.js) on the demo page, opened at a deep link.
const shots = [
  {name: 'light', example: 'plain'},
  // The demo page is light, and color-scheme="auto" fits the page: the dark example forces the widget's dark mode.
  {name: 'dark', example: 'dark', features: [{name: 'prefers-color-scheme', value: 'dark'}]},
  {name: 'forced-colors', example: 'plain', features: [{name: 'forced-colors', value: 'active'}]},
  {name: 'rtl-arabic', example: 'rtl-arabic'},
];

try {
  for (const {name, example, features = []} of shots) {
    const {attributes, markup = '', properties = {}} = examples[example];
    const page = await browser.newPage();
    await page.setViewport({width: 900, height: 1400, deviceScaleFactor: 1});
    await page.emulateMediaFeatures(features);
    await page.goto(`http://localhost:${PORT}/demo/#ketamine-how-it-helps`, {waitUntil: 'networkidle0'});
    const element = await page.$('ketamine-explainer');
    await element.evaluate(
      (node, attributes, markup, properties) => {
        for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, value);
        for (const [property, value] of Object.entries(properties)) node.style.setProperty(property, value);
        if (markup) node.insertAdjacentHTML('beforeend', markup);
      },
      attributes,
      markup,
      properties,
    );
    if (attributes['color-scheme'] === 'dark') {
      await page.waitForFunction(() =>
        document.querySelector('ketamine-explainer').shadowRoot.querySelector('.base.dark'),
      );
    }
    if (attributes.lang) {
      await page.waitForFunction(
        (code) => document.querySelector('ketamine-explainer').shadowRoot.querySelector('.base').lang === code,
        {},
        attributes.lang,
      );
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await element.screenshot({path: `docs/screenshots/${name}.png`});
    console.log(`docs/screenshots/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
