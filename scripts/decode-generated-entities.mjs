// Runs after `lit-localize build`: it copies each XLIFF <target> into src/generated/locales/*.ts as written in the
// XML, so an `&` (which XML must write `&amp;`) reached readers as "&amp;" ("988 Suicide &amp; Crisis Lifeline").
// Our messages are plain text, never markup, so the XML character references are decoded to the characters they stand
// for. tests/localization.test.ts checks the Lifeline's name as a reader sees it.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const DIR = 'src/generated/locales';
const CHARACTERS = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

for (const file of readdirSync(DIR).filter((name) => name.endsWith('.ts'))) {
  const path = join(DIR, file);
  const code = readFileSync(path, 'utf8');
  const decoded = code.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => CHARACTERS[name]);
  if (decoded !== code) writeFileSync(path, decoded);
}
