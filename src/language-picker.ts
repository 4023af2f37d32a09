/** The optional language picker (`language-picker`): a native select listing each language by its own name. */
import {html} from 'lit';
import {msg} from '@lit/localize';
import {allLocales, type LocaleCode} from './locale-match.js';
import {LANGUAGE_NAMES} from './language-names.js';

export function renderLanguagePicker(current: LocaleCode, onPick: (event: Event) => void): unknown {
  return html`
    <label class="language">
      <span>${msg('Language', {id: 'ui.language'})}</span>
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
