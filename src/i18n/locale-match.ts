/**
 * Which of our locales a language tag means, and which language an element is declared to be in.
 *
 * Tags are matched case-insensitively by language, with Chinese split by script: an explicit script subtag wins,
 * otherwise Taiwan, Hong Kong and Macao mean Traditional and every other region Simplified.
 */
import {allLocales, sourceLocale} from '../generated/locale-codes.js';
import {quote, warnOnce} from '../utils/warn.js';

export type LocaleCode = (typeof allLocales)[number];

export {allLocales, sourceLocale};

const RIGHT_TO_LEFT = new Set<LocaleCode>(['ar', 'fa']);

export const directionOf = (locale: LocaleCode): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');

/** Other codes that mean one of our languages: Filipino is Tagalog, Iranian Persian is Persian. */
const LANGUAGE_ALIASES: Record<string, LocaleCode> = {fil: 'tl', pes: 'fa'};
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);

/** The locale a BCP 47 tag asks for, or undefined when we do not have that language. */
export function matchLocale(tag: string): LocaleCode | undefined {
  const [language = '', ...subtags] = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (language === 'zh') {
    if (subtags.includes('hant')) return 'zh-Hant';
    if (subtags.includes('hans')) return 'zh-Hans';
    return subtags.some((subtag) => TRADITIONAL_CHINESE_REGIONS.has(subtag)) ? 'zh-Hant' : 'zh-Hans';
  }
  const wanted = LANGUAGE_ALIASES[language] ?? language;
  return allLocales.find((locale) => locale.toLowerCase() === wanted);
}

/** The `lang` the element is in: its own, else the closest ancestor's, across shadow roots, up to `<html>`. */
export function declaredLanguage(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
  }
  return undefined;
}

/**
 * The locale to show: the declared language if we have it; with no declaration, the browser's preferred languages;
 * English otherwise. A declared language we do not have falls back to English with one warning.
 */
export function resolveLocale(element: Element): LocaleCode {
  const declared = declaredLanguage(element);
  if (declared) {
    const locale = matchLocale(declared);
    if (locale) return locale;
    warnOnce(`lang=${quote(declared)} is not a language this explainer has; showing English.`);
    return sourceLocale;
  }
  for (const preferred of navigator.languages ?? []) {
    const locale = matchLocale(preferred);
    if (locale) return locale;
  }
  return sourceLocale;
}
