/**
 * Every locale this explainer has, one row each, and what a language tag means among them.
 *
 * "Locale" is one of our codes (`allLocales`, written by lit-localize from `lit-localize.json`); "language" is what a
 * page or a reader declares (a `lang` attribute, `navigator.languages`). Adding a locale: `locales/README.md`.
 *
 * Each locale's own name is in `locale-names.ts`, not in its row: only the opt-in language picker and the demo need
 * the names, and rollup assigns whole modules to chunks, so a name in this table would be in every page's core chunk.
 */
import type {LocaleModule} from '@lit/localize';
import {allLocales, sourceLocale} from '../generated/locale-codes.js';

export type LocaleCode = (typeof allLocales)[number];
export type TargetLocale = Exclude<LocaleCode, typeof sourceLocale>;

export {allLocales, sourceLocale};

interface LocaleFacts {
  /** The CSS/HTML `dir` its script is written in (HTML `dir`: https://html.spec.whatwg.org/#the-dir-attribute). */
  direction: 'ltr' | 'rtl';
  /**
   * Other primary language subtags (RFC 5646 section 2.2.1) that mean this language, lowercase: the IANA registry
   * has `fil` (Filipino) besides `tl`, and `pes` (Iranian Persian) within the macrolanguage `fa`.
   */
  aliases: readonly string[];
}

/**
 * A translation's loader: one literal `import()` per locale, so that rollup splits each into its own chunk, fetched
 * relative to the bundle's own URL and only when a reader needs that language. English, the source, has none.
 */
type Row<Locale extends LocaleCode> = LocaleFacts &
  (Locale extends TargetLocale ? {loader: () => Promise<LocaleModule>} : {loader?: never});

/** A row for every locale and no other: the compiler fails on a missing, unknown or incomplete row. */
export type LocaleTable = {[Locale in LocaleCode]: Row<Locale>};

// In lit-localize.json's order.
export const LOCALES: LocaleTable = {
  en: {direction: 'ltr', aliases: []},
  es: {loader: () => import('../generated/locales/es.js'), direction: 'ltr', aliases: []},
  'zh-Hans': {loader: () => import('../generated/locales/zh-Hans.js'), direction: 'ltr', aliases: []},
  'zh-Hant': {loader: () => import('../generated/locales/zh-Hant.js'), direction: 'ltr', aliases: []},
  vi: {loader: () => import('../generated/locales/vi.js'), direction: 'ltr', aliases: []},
  ko: {loader: () => import('../generated/locales/ko.js'), direction: 'ltr', aliases: []},
  tl: {loader: () => import('../generated/locales/tl.js'), direction: 'ltr', aliases: ['fil']},
  ru: {loader: () => import('../generated/locales/ru.js'), direction: 'ltr', aliases: []},
  ar: {loader: () => import('../generated/locales/ar.js'), direction: 'rtl', aliases: []},
  ht: {loader: () => import('../generated/locales/ht.js'), direction: 'ltr', aliases: []},
  fr: {loader: () => import('../generated/locales/fr.js'), direction: 'ltr', aliases: []},
  pl: {loader: () => import('../generated/locales/pl.js'), direction: 'ltr', aliases: []},
  // Brazilian Portuguese, the variant of most US readers; `pt` and `pt-PT` readers get it too (locales/README.md).
  'pt-BR': {loader: () => import('../generated/locales/pt-BR.js'), direction: 'ltr', aliases: ['pt']},
  it: {loader: () => import('../generated/locales/it.js'), direction: 'ltr', aliases: []},
  de: {loader: () => import('../generated/locales/de.js'), direction: 'ltr', aliases: []},
  ja: {loader: () => import('../generated/locales/ja.js'), direction: 'ltr', aliases: []},
  fa: {loader: () => import('../generated/locales/fa.js'), direction: 'rtl', aliases: ['pes']},
};

export const directionOf = (locale: LocaleCode): 'ltr' | 'rtl' => LOCALES[locale].direction;

export const isTargetLocale = (locale: LocaleCode): locale is TargetLocale => locale !== sourceLocale;

/** Region subtags (RFC 5646 section 2.2.4) whose Chinese is written in Traditional script: Taiwan, Hong Kong, Macao. */
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The locale a language tag asks for, or undefined when we do not have that language. Tags compare
 * case-insensitively (RFC 5646 section 2.1.1); `_` is accepted for `-`, as some systems write `zh_TW`. Chinese is
 * split by script (`Hans`, `Hant`; section 2.2.3): an explicit script subtag wins, otherwise Taiwan, Hong Kong and
 * Macao mean Traditional and every other region Simplified, as CLDR's likely
 * subtags do (UTS #35, https://unicode.org/reports/tr35/#Likely_Subtags).
 */
export function matchLocale(tag: string): LocaleCode | undefined {
  const [language = '', ...subtags] = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (language === 'zh') {
    if (subtags.includes('hant')) return 'zh-Hant';
    if (subtags.includes('hans')) return 'zh-Hans';
    return subtags.some((subtag) => TRADITIONAL_CHINESE_REGIONS.has(subtag)) ? 'zh-Hant' : 'zh-Hans';
  }
  return (Object.keys(LOCALES) as LocaleCode[]).find(
    (locale) => locale.toLowerCase() === language || LOCALES[locale].aliases.includes(language),
  );
}
