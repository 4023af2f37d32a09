/**
 * Per-element languages on top of @lit/localize.
 *
 * @lit/localize's runtime mode keeps one locale for the whole page (`configureLocalization` may run only once). A
 * page can hold several explainers in different languages (a bilingual clinic page, or two readers' pickers), so
 * instead of a page-wide locale each element keeps the translation templates of its own locale and renders with
 * `renderInLocale()`, which points `msg()` at those templates for the duration of that synchronous render. The
 * messages, the XLIFF files and the generated modules are the standard @lit/localize ones.
 */
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import type {LocaleModule, MsgFn, MsgOptions, StrResult} from '@lit/localize';
import {sourceLocale, type LocaleCode} from './locale-match.js';

export type Templates = LocaleModule['templates'];

let activeTemplates: Templates | undefined;

/**
 * `msg()` for our messages, which all have explicit ids: the active translation, else the English source. A `str`
 * translation's values are indices into the source's values, because a translation may reorder its placeholders.
 * (@lit/localize's own runtime also hashes messages without ids, which this widget never needs.)
 */
function translate(template: string | StrResult, options?: MsgOptions): string {
  const translation = options?.id === undefined ? undefined : activeTemplates?.[options.id];
  if (typeof template === 'string') return typeof translation === 'string' ? translation : template;
  const [strings, values] =
    translation && typeof translation !== 'string' && 'strTag' in translation
      ? [translation.strings, (translation.values as number[]).map((index) => template.values[index])]
      : [template.strings, template.values];
  return strings.reduce((text, part, index) => text + String(values[index - 1]) + part);
}

_installMsgImplementation(translate as MsgFn);

/** Calls `render` with `msg()` answering from `templates` (undefined: the English source). */
export function renderInLocale<T>(templates: Templates | undefined, render: () => T): T {
  const outer = activeTemplates;
  activeTemplates = templates;
  try {
    return render();
  } finally {
    activeTemplates = outer;
  }
}

type TargetLocale = Exclude<LocaleCode, typeof sourceLocale>;

/**
 * One literal `import()` per locale, so that rollup splits each translation into its own chunk, fetched relative to
 * the bundle's own URL and only when a reader needs that language.
 */
export const localeLoaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
  vi: () => import('../generated/locales/vi.js'),
  ko: () => import('../generated/locales/ko.js'),
  tl: () => import('../generated/locales/tl.js'),
  ru: () => import('../generated/locales/ru.js'),
  ar: () => import('../generated/locales/ar.js'),
  ht: () => import('../generated/locales/ht.js'),
  fr: () => import('../generated/locales/fr.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  it: () => import('../generated/locales/it.js'),
  de: () => import('../generated/locales/de.js'),
  ja: () => import('../generated/locales/ja.js'),
  fa: () => import('../generated/locales/fa.js'),
};

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
 * Loads a locale's templates once per page, shared by every instance, together with the translation notes. A failed
 * load is forgotten, so that the next request for that locale tries the network again.
 */
export function loadTemplates(locale: TargetLocale): Promise<Templates> {
  let pending = pendingLoads.get(locale);
  if (!pending) {
    pending = Promise.all([localeLoaders[locale](), loadTranslationNotes()]).then(
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

export const isTargetLocale = (locale: LocaleCode): locale is TargetLocale => locale !== sourceLocale;
