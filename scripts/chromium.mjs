// How every script here starts Debian's Chromium (tests, benchmark, Lighthouse, screenshots).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these Chromium keeps calling home, which a closed network answers with floods of refused connections.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Options for puppeteer's `launch()`: Debian's Chromium, headless, with the flags above. */
export const CHROMIUM_LAUNCH_OPTIONS = {executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS};
