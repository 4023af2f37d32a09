// Lighthouse 12 on the demo page, in Debian's Chromium: accessibility, best practices and performance scores (0-100).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export async function runLighthouse(port) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
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
