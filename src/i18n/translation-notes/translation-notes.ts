/**
 * What only a translated page says, in a chunk loaded together with every translation (`translations.ts`), so that
 * an English page never downloads it: the built-in US crisis contacts as they are true in the reader's language, and
 * the line saying that the translation is machine-made.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {crisisNotice, type CrisisNotice} from '../../content/article.js';
import {matchLocale, type LocaleCode} from '../locales.js';
import {quote, warnOnce} from '../../utils/warn.js';

/**
 * The 988 Lifeline answers calls in English and Spanish, with interpreters for many other languages; its text and
 * chat service is in English and Spanish only (988lifeline.org). So Spanish readers get the Spanish options (press 2
 * on the call, text AYUDA), and readers of every other language are told to call, that interpreters are available,
 * and that texting is in English and Spanish. Each is its own message, so that no translation says more than its
 * English.
 */
export function usCrisisNoticeIn(locale: LocaleCode): CrisisNotice {
  if (locale === 'es') {
    return crisisNotice(
      msg(
        'In the US, call 988 and press 2 for Spanish, or text AYUDA to 988, to reach the Suicide & Crisis Lifeline, any time of day or night.',
        {id: 'crisis.lifeline-spanish'},
      ),
      {href: 'sms:988?body=AYUDA', label: msg('Text AYUDA to 988', {id: 'crisis.text-ayuda'})},
    );
  }
  return crisisNotice(
    msg(
      'In the US, call 988 to reach the Suicide & Crisis Lifeline, any time of day or night. Interpreters are available in many languages. Texts to 988 are answered in English and Spanish.',
      {id: 'crisis.lifeline-interpreters'},
    ),
    // A reader in distress taps the link without reading the line above it: the link itself says which languages a
    // text is answered in, in its visible label and so in its accessible name.
    {href: 'sms:988', label: msg('Text 988 (English or Spanish)', {id: 'crisis.text-988-english-spanish'})},
  );
}

/**
 * One quiet line at the end of a translated page: the translation is machine-made and no medical translator has
 * reviewed it (`locales/README.md`). A clinic that has had a language reviewed lists it in `reviewed-translations`.
 */
export function renderMachineTranslationNote(locale: LocaleCode, reviewedTranslations: string | null): unknown {
  const reviewed = (reviewedTranslations ?? '').split(/\s+/).filter(Boolean);
  for (const tag of reviewed) {
    if (!matchLocale(tag)) warnOnce(`reviewed-translations names ${quote(tag)}, not a language this explainer has.`);
  }
  if (reviewed.some((tag) => matchLocale(tag) === locale)) return nothing;
  return html`<p class="translation-note" part="translation-note">
    <small
      >${msg('Translated from English by machine. Not yet reviewed by a medical translator.', {
        id: 'ui.machine-translated',
      })}</small
    >
  </p>`;
}
