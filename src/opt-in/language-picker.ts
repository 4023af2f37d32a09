/**
 * The optional language picker (`language-picker`): a native select listing each language by its own name.
 *
 * WCAG 3.2.2 On Input: moving through the options must not change the widget. On a closed select, Chromium and
 * WebKit fire `change` on every arrow key, so one ArrowDown would turn the widget Spanish and the next Persian and
 * right-to-left. A language reached with keys therefore applies only when the reader presses Enter or leaves the
 * picker; one picked from the open list with the pointer (a click or a tap) applies at once.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {LocaleCode} from '../i18n/locales.js';
import {OWN_NAMES} from '../i18n/locale-names.js';

/**
 * Every locale in code order, as lit-localize's `allLocales` lists them; sorted here because importing that list would
 * put it in the core chunk, which no longer needs it.
 */
const LISTED = (Object.keys(OWN_NAMES) as LocaleCode[]).sort();

/** Pickers whose last change came from keys that move through the options of a closed select. */
const movedWithKeys = new WeakSet<HTMLSelectElement>();

/** The select that an event's listener sits on. */
const pickerOf = (event: Event) => event.currentTarget as HTMLSelectElement;

/** Keys that open the list of options: a choice made in the open list is explicit, as with the pointer. */
const opensList = (event: KeyboardEvent): boolean =>
  event.key === ' ' || event.key === 'F4' || (event.altKey && event.key.startsWith('Arrow'));

/** `onPick` receives an event on the select, only when its value is another language than `current`. */
export function renderLanguagePicker(current: LocaleCode, onPick: (event: Event) => void): unknown {
  const pickIfChanged = (event: Event) => {
    if (pickerOf(event).value !== current) onPick(event);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') pickIfChanged(event);
    else if (opensList(event)) movedWithKeys.delete(pickerOf(event));
    else movedWithKeys.add(pickerOf(event));
  };
  // "Language" in English too, for a reader who lands on a language they cannot read; the icon, for any reader.
  return html`
    <label class="language">
      <svg class="language-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c-3 3-3 15 0 18M12 3c3 3 3 15 0 18"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
        />
      </svg>
      <span>${msg('Language', {id: 'ui.language'})}</span>
      ${current === 'en' ? nothing : html`<span lang="en" dir="ltr">Language</span>`}
      <select
        part="language-picker"
        @pointerdown=${(event: Event) => movedWithKeys.delete(pickerOf(event))}
        @keydown=${onKeydown}
        @change=${(event: Event) => {
          if (!movedWithKeys.has(pickerOf(event))) pickIfChanged(event);
        }}
        @blur=${pickIfChanged}
      >
        ${LISTED.map(
          (locale) => html`
            <option value=${locale} lang=${locale} ?selected=${locale === current}>${OWN_NAMES[locale]}</option>
          `,
        )}
      </select>
    </label>
  `;
}
