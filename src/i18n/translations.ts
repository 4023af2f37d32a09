/**
 * Loads a locale's translation once per page, shared by every instance, with the notes only a translated page shows.
 */
import {LOCALES, type LocaleCode, type TargetLocale} from './locales.js';
import type {Templates} from './msg-runtime.js';

const loadedTemplates = new Map<LocaleCode, Templates>();
const pendingLoads = new Map<LocaleCode, Promise<Templates>>();

type TranslationNotes = typeof import('./translation-notes/translation-notes.js');
let translationNotesModule: TranslationNotes | undefined;
let translationNotesLoad: Promise<TranslationNotes> | undefined;

/** What only a translated page says (`translation-notes.ts`): loaded with the first translation, before it shows. */
export const translationNotes = (): TranslationNotes | undefined => translationNotesModule;

/** Once per page; a failed load is forgotten, as a failed translation is. */
const loadTranslationNotes = (): Promise<TranslationNotes> =>
  (translationNotesLoad ??= import('./translation-notes/translation-notes.js').then(
    (loaded) => (translationNotesModule = loaded),
    (error: unknown) => {
      translationNotesLoad = undefined;
      throw error;
    },
  ));

/** The templates of a locale that has already loaded (so a second instance renders at once), else undefined. */
export const templatesIfLoaded = (locale: LocaleCode): Templates | undefined => loadedTemplates.get(locale);

/**
 * Loads a locale's templates once per page, together with the translation notes. A failed load is forgotten, so that
 * the next request for that locale tries the network again (the bundle asks under a new URL: rollup.config.js).
 */
export function loadTemplates(locale: TargetLocale): Promise<Templates> {
  let pending = pendingLoads.get(locale);
  if (!pending) {
    pending = Promise.all([LOCALES[locale].loader(), loadTranslationNotes()]).then(
      ([{templates}]) => {
        loadedTemplates.set(locale, templates);
        return templates;
      },
      (error: unknown) => {
        pendingLoads.delete(locale);
        throw error;
      },
    );
    pendingLoads.set(locale, pending);
  }
  return pending;
}
