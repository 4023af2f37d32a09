// Fails when a message in the source has no translation in some locale: runs `lit-localize extract` (which adds
// new messages to every XLIFF file without a target) and then looks for trans-units that still lack one.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
execFileSync('npx', ['lit-localize', 'extract'], {stdio: 'ignore'});

let missing = 0;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      console.error(`${locale}: no translation for "${id}"`);
      missing++;
    }
  }
}
const total = config.targetLocales.length;
if (missing > 0) {
  console.error(`${missing} message(s) without a translation.`);
  process.exit(1);
}
console.log(`All messages translated in ${total} locales.`);
