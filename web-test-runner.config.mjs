// Runs every test in three real engines: Chromium, Firefox and WebKit, all from Debian packages (see README).
import {existsSync, readdirSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import {countingReporter} from './scripts/counting-reporter.mjs';
import {CHROMIUM_LAUNCH_OPTIONS} from './scripts/chromium.mjs';
import {mediaEmulationPlugin} from './scripts/media-emulation-plugin.mjs';
import {e2eMiddleware} from './scripts/e2e-middleware.mjs';
import {bundlerPlugin} from './scripts/bundler-plugin.mjs';

const chromium = chromeLauncher({launchOptions: CHROMIUM_LAUNCH_OPTIONS});

// Firefox over WebDriver BiDi through puppeteer-core (Debian has no geckodriver).
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  },
});

// WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver, which scripts/run-tests.mjs starts under Xvfb.
// Debian installs it under the machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, ...).
const miniBrowser =
  process.env.MINIBROWSER_PATH ??
  readdirSync('/usr/lib')
    .map((folder) => `/usr/lib/${folder}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
const webkit = webdriverLauncher({
  automationProtocol: 'webdriver',
  hostname: '127.0.0.1',
  port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary: miniBrowser,
      args: ['--automation'],
    },
  },
});

/**
 * In watch mode (`npm run test:watch`), re-runs the tests when rollup has rebuilt dist/ (scripts/test.sh), which the
 * end-to-end tests load through their own middleware, out of sight of web-test-runner's watcher. The classic script
 * is the last file each rebuild writes (rollup.config.js), so one re-run follows each rebuild.
 */
const rerunOnRebuild = {
  name: 'rerun-on-rebuild',
  serverStart: ({fileWatcher}) => {
    if (process.argv.includes('--watch')) fileWatcher.add('dist/ketamine-explainer.iife.js');
  },
};

const engines = {chromium, firefox, webkit};
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  browsers: wanted.map((name) => engines[name]),
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
  // A busy two-core machine can take longer than the default 30 s to open a Firefox page.
  browserStartTimeout: 90000,
  middleware: [e2eMiddleware()],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    mediaEmulationPlugin(),
    bundlerPlugin(),
    rerunOnRebuild,
  ],
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countingReporter()],
  filterBrowserLogs: ({type}) => type === 'error',
};
