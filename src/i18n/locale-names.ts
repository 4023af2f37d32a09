/**
 * Each locale by its own name, as the language picker lists it: a reader must recognise their own language (WCAG 3.1.2
 * Language of Parts: the picker marks each option with its `lang`). Kept out of `locales.ts` so that only the opt-in
 * chunk carries the names, and free of runtime imports so that the demo's configurator can load the compiled module
 * (dist/lib/i18n/locale-names.js) straight into a page. In lit-localize.json's order, which the configurator lists.
 */
import type {LocaleCode} from './locales.js';

/** A name for every locale and no other: the compiler fails on a missing or unknown one. */
export const OWN_NAMES: {[Locale in LocaleCode]: string} = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  ko: '한국어',
  tl: 'Tagalog',
  ru: 'Русский',
  ar: 'العربية',
  ht: 'Kreyòl ayisyen',
  fr: 'Français',
  pl: 'Polski',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  de: 'Deutsch',
  ja: '日本語',
  fa: 'فارسی',
};
