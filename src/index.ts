/** The self-registering bundle: loading it defines `<ketamine-explainer>`. */
import {KetamineExplainer} from './element/ketamine-explainer.js';
import {defineKetamineExplainer} from './element/define.js';

export {KetamineExplainer, type ToggleDetail} from './element/ketamine-explainer.js';
export {defineKetamineExplainer, DEFAULT_TAG_NAME} from './element/define.js';

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-explainer': KetamineExplainer;
  }
}

defineKetamineExplainer();
