// Fails the build when the JavaScript a reader downloads grows past its budget, and prints the figures.
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

// All JavaScript an English page needs (the entry and chunks/core.js), gzip bytes. Raised from 14,000 for reader safety:
// the entry became a facade over chunks/core.js so that a query on the script URL cannot load the widget twice, Lit
// ignores clobbered globals (issue 12a); render falls back to the built-in article instead of going blank, and long
// section lists cost bounded work (issue 12b); a translated page loads its notes (the true 988 notice per language,
// the machine-translation line; issue 13); light or dark chosen to fit the page behind the widget, so that the crisis
// links contrast on any site (issue 11, +683 B). Raised to 15,050 for issue 15: a prerendered embed waits for the page's
// first paint before it upgrades, so that fifty embeds do not hold back the page's text (+24 B).
const ENTRY_BUDGET = 15_050;
// Each lazily loaded chunk (a translation, read-aloud, clinic features), gzip bytes. Raised from 3,500: a translation
// now also holds the read-aloud controls, the 988 notice for its language and the contact labels (Russian: 3,512 B).
const CHUNK_BUDGET = 4_000;

const gzipSize = (path) => gzipSync(readFileSync(path), {level: 9}).length;
const failures = [];
const report = (label, bytes, budget) => {
  const ok = budget === undefined || bytes <= budget;
  if (!ok) failures.push(label);
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${label.padEnd(52)} ${String(bytes).padStart(6)} B gzip${budget ? ` (budget ${budget})` : ''}`,
  );
};

// The entry only re-exports chunks/core.js (see rollup.config.js): an English page downloads both.
const ENGLISH_PAGE = ['ketamine-explainer.js', 'chunks/core.js'];
report(
  'ketamine-explainer.js + chunks/core.js (English page)',
  ENGLISH_PAGE.reduce((total, file) => total + gzipSize(`dist/${file}`), 0),
  ENTRY_BUDGET,
);
for (const file of readdirSync('dist/chunks').sort()) {
  if (ENGLISH_PAGE.includes(`chunks/${file}`)) continue;
  report(`chunks/${file}`, gzipSize(`dist/chunks/${file}`), CHUNK_BUDGET);
}
report('ketamine-explainer.iife.js (all languages)', gzipSize('dist/ketamine-explainer.iife.js'));

if (failures.length > 0) {
  console.error(`Size budget exceeded: ${failures.join(', ')}`);
  process.exit(1);
}
