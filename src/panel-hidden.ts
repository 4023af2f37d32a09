import {nothing} from 'lit';
import {directive, Directive} from 'lit/directive.js';

/**
 * Find-in-page can reveal `hidden="until-found"` content, firing `beforematch` first. Where the browser lacks it,
 * plain `hidden` keeps collapsed panels out of view and out of the accessibility tree.
 */
const COLLAPSED = 'onbeforematch' in HTMLElement.prototype ? 'until-found' : '';

/**
 * The value of a panel's `hidden` attribute. A directive rather than a plain expression because lit-analyzer still
 * types `hidden` as a boolean attribute and would reject the "until-found" string.
 */
export const panelHidden = directive(
  class extends Directive {
    render(open: boolean): unknown {
      return open ? nothing : COLLAPSED;
    }
  },
);
