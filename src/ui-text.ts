/** Every built-in interface string, in one table, each through `msg()` so that it is translated. */
import {msg} from '@lit/localize';

export const uiText = {
  showAll: (): string => msg('Show all sections', {id: 'ui.show-all'}),
  hideAll: (): string => msg('Hide all sections', {id: 'ui.hide-all'}),
  language: (): string => msg('Language', {id: 'ui.language'}),
};
