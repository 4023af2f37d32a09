// Lighthouse 12 on the demo page, in Debian's Chromium: accessibility, best practices and performance scores (0-100).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../chromium.mjs';

export async function runLighthouse(port) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(`http://127.0.0.1:${port}/demo/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    return Object.fromEntries(
      Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
    );
  } finally {
    await chrome.kill();
  }
}
