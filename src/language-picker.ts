/** The optional language picker (`language-picker`): a native select listing each language by its own name. */
import {html} from 'lit';
import {allLocales, type LocaleCode} from './locale-match.js';
import {uiText} from './ui-text.js';

/** Each language by its own name, for the language picker (never translated: a reader must recognise their own). */
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

export function renderLanguagePicker(current: LocaleCode, onPick: (event: Event) => void): unknown {
  return html`
    <label class="language">
      <span>${uiText.language()}</span>
      <select part="language-picker" @change=${onPick}>
        ${allLocales.map(
          (locale) => html`
            <option value=${locale} lang=${locale} ?selected=${locale === current}>${LANGUAGE_NAMES[locale]}</option>
          `,
        )}
      </select>
    </label>
  `;
}
