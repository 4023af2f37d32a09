// Fails the build when the JavaScript a reader downloads grows past its budget, and prints the figures.
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

// +700 B (measured +683) for light or dark chosen to fit the page behind, so the crisis links contrast (issue 11).
const ENTRY_BUDGET = 14_700; // all JavaScript an English page needs, gzip bytes
const CHUNK_BUDGET = 3_500; // each lazily loaded chunk (a translation, read-aloud, clinic features), gzip bytes

const gzipSize = (path) => gzipSync(readFileSync(path), {level: 9}).length;
const failures = [];
const report = (label, bytes, budget) => {
  const ok = budget === undefined || bytes <= budget;
  if (!ok) failures.push(label);
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${label.padEnd(40)} ${String(bytes).padStart(6)} B gzip${budget ? ` (budget ${budget})` : ''}`,
  );
};

report('ketamine-explainer.js (English page)', gzipSize('dist/ketamine-explainer.js'), ENTRY_BUDGET);
for (const file of readdirSync('dist/chunks').sort()) {
  report(`chunks/${file}`, gzipSize(`dist/chunks/${file}`), CHUNK_BUDGET);
}
report('ketamine-explainer.iife.js (all languages)', gzipSize('dist/ketamine-explainer.iife.js'));

if (failures.length > 0) {
  console.error(`Size budget exceeded: ${failures.join(', ')}`);
  process.exit(1);
}
