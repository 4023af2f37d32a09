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
