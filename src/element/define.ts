import {KetamineExplainer} from './ketamine-explainer.js';
import {warnOnce} from '../utils/warn.js';

export const DEFAULT_TAG_NAME = 'ketamine-explainer';

/**
 * Registers the element, unless the tag is already taken: tag managers and CMS plugins often include the script
 * twice, or two versions of it, and an unguarded `customElements.define` would throw on the second. The first
 * registration stays in charge; a different copy warns once.
 */
export function defineKetamineExplainer(tagName: string = DEFAULT_TAG_NAME): void {
  const existing = customElements.get(tagName);
  if (existing === KetamineExplainer) return;
  if (existing) {
    warnOnce(`<${tagName}> is already defined by another copy of the script; this copy is not used.`);
    return;
  }
  customElements.define(tagName, KetamineExplainer);
}
