/** The optional language picker (`language-picker`): a native select listing each language by its own name. */
import {html} from 'lit';
import {allLocales, type LocaleCode} from './locale-match.js';
import {uiText} from './ui-text.js';
import {LANGUAGE_NAMES} from './language-names.js';

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
