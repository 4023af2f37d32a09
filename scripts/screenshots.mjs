// Writes the README's screenshots (docs/screenshots/*.png) of the demo page in Debian's Chromium: light, dark,
// forced colours (Windows high contrast) and right-to-left (Arabic). Run `npm run build` first.
/* global document, window -- the functions given to page.evaluate() run in the browser */
import puppeteer from 'puppeteer-core';
import {CHROMIUM_LAUNCH_OPTIONS} from './chromium.mjs';
import {startDemoServer} from './serve.mjs';

const server = await startDemoServer(0);
const PORT = server.address().port;
const browser = await puppeteer.launch(CHROMIUM_LAUNCH_OPTIONS);

const shots = [
  {name: 'light', features: []},
  // The demo page is light, and color-scheme="auto" fits the page: the dark picture forces the widget's dark mode.
  {name: 'dark', features: [{name: 'prefers-color-scheme', value: 'dark'}], scheme: 'dark'},
  {name: 'forced-colors', features: [{name: 'forced-colors', value: 'active'}]},
  {name: 'rtl-arabic', features: [], lang: 'ar'},
];

try {
  for (const {name, features, lang, scheme} of shots) {
    const page = await browser.newPage();
    await page.setViewport({width: 900, height: 1400, deviceScaleFactor: 1});
    await page.emulateMediaFeatures(features);
    await page.goto(`http://localhost:${PORT}/demo/#ketamine-how-it-helps`, {waitUntil: 'networkidle0'});
    const element = await page.$('ketamine-explainer');
    if (scheme) {
      await element.evaluate((node, value) => node.setAttribute('color-scheme', value), scheme);
      await page.waitForFunction(() =>
        document.querySelector('ketamine-explainer').shadowRoot.querySelector('.base.dark'),
      );
    }
    if (lang) {
      await element.evaluate((node, code) => node.setAttribute('lang', code), lang);
      await page.waitForFunction(
        (code) => document.querySelector('ketamine-explainer').shadowRoot.querySelector('.base').lang === code,
        {},
        lang,
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
