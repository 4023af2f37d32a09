/** The self-registering bundle: loading it defines `<ketamine-explainer>`. */
import {KetamineExplainer} from './element/ketamine-explainer.js';
import {defineKetamineExplainer} from './element/define.js';

export {KetamineExplainer} from './element/ketamine-explainer.js';
export {defineKetamineExplainer, DEFAULT_TAG_NAME} from './element/define.js';
export type {
  KetamineExplainerEventMap,
  LanguageChangeDetail,
  ListenDetail,
  ToggleAllDetail,
  ToggleDetail,
} from './element/events.js';
export type {SectionId} from './content/article.js';
export type {LocaleCode} from './i18n/locales.js';
export type {ListenState} from './read-aloud/read-aloud-support.js';

/** The values of the `color-scheme` attribute (any other value means `auto`). */
export type ColorScheme = KetamineExplainer['colorScheme'];

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-explainer': KetamineExplainer;
  }
}

defineKetamineExplainer();
