/**
 * Each language by its own name: a reader must recognise their own. No runtime imports, so that the demo's
 * configurator can load the compiled module (dist/lib/i18n/language-names.js) straight into a page.
 */
import type {LocaleCode} from './locale-match.js';

export const LANGUAGE_NAMES: Record<LocaleCode, string> = {
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
  pt: 'Português',
  it: 'Italiano',
  de: 'Deutsch',
  ja: '日本語',
  fa: 'فارسی',
};
