/**
 * The interface strings every reader sees, each through `msg()` so that it is translated. Strings of features that
 * load on demand live with them: read-aloud's in `read-aloud.ts`, the review line's in `review-date.ts`, the
 * picker's label in `language-picker.ts`.
 */
import {msg} from '@lit/localize';

export const uiText = {
  showAll: (): string => msg('Show all sections', {id: 'ui.show-all'}),
  hideAll: (): string => msg('Hide all sections', {id: 'ui.hide-all'}),
  listenGroup: (): string => msg('Read aloud', {id: 'listen.group'}),
  listen: (): string => msg('Listen', {id: 'listen.start'}),
};
