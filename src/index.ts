/** The self-registering bundle: loading it defines `<ketamine-explainer>`. */
import {KetamineExplainer} from './ketamine-explainer.js';
import {defineKetamineExplainer} from './define.js';

export {KetamineExplainer, type ToggleDetail} from './ketamine-explainer.js';
export {defineKetamineExplainer, DEFAULT_TAG_NAME} from './define.js';

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-explainer': KetamineExplainer;
  }
}

defineKetamineExplainer();
