// The plugin's .pot lists every admin string as the sources have them, so translators see all of them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {POT, pot} from '../../scripts/wordpress/make-pot.mjs';

test('languages/ketamine-explainer.pot is up to date (node scripts/wordpress/make-pot.mjs)', () => {
  assert.equal(readFileSync(POT, 'utf8'), pot());
  assert.match(pot(), /msgid "Follow the page"/);
  assert.match(pot(), /msgid "Ketamine Explainer needs WordPress %1\$s or later/);
});
