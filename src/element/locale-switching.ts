import type {ReactiveController, ReactiveElement} from 'lit';
import {isTargetLocale, matchLocale, sourceLocale, type LocaleCode} from '../i18n/locales.js';
import type {Templates} from '../i18n/msg-runtime.js';
import {resolveLocale, unwatchDocumentLanguage, watchDocumentLanguage} from '../i18n/page-language.js';
import {loadTemplates, templatesIfLoaded} from '../i18n/translations.js';
import {warnOnce} from '../utils/warn.js';
import {emit} from './events.js';

/** What the host renders from. */
export interface LocaleController extends ReactiveController {
  /** The language shown, and its translation (none for English). */
  readonly locale: LocaleCode;
  readonly templates: Templates | undefined;
  /** The locale asked for last; while it differs from `locale`, its translation is loading. */
  readonly wanted: LocaleCode;
  /** Whether the widget has shown any language yet. */
  readonly shownFirst: boolean;
  /** The last translation load started; it settles after showing its language (or English, if it failed). */
  readonly loading?: Promise<void>;
  /** Works out the language again: from `attributeChangedCallback` (`lang`), or as the picker's `change` listener. */
  update(picked?: Event): void;
}

/**
 * Which language the widget shows: the one picked in its language picker, else what `resolveLocale` finds (the
 * nearest `lang`, then the reader's browser languages). It follows `lang` changes on the element and anywhere in the
 * document (`language-watch.ts`), and switches once the translation has loaded: meanwhile the previous language stays
 * (`wanted` differs), and before any language was shown the English text stays hidden (`shownFirst`), so that a
 * reader never sees it flash. A load that finishes after a newer choice is not shown. (A closure, not a class: see `opt-in-loading.ts`.)
 */
export function addLocaleController(host: ReactiveElement): LocaleController {
  /** A language chosen in the picker outranks the page's declared language for this instance. */
  let picked: LocaleCode | undefined;
  const show = (locale: LocaleCode, templates: Templates | undefined): void => {
    const other = locale !== state.locale;
    state.locale = locale;
    state.templates = templates;
    state.shownFirst = true;
    host.requestUpdate();
    // Read aloud stops on this event (`read-aloud.ts`).
    if (other && host.hasUpdated) emit(host, 'ketamine-explainer-language-change', {locale});
  };
  const update = (event?: Event): void => {
    if (event) picked = matchLocale((event.target as HTMLSelectElement).value);
    const locale = picked ?? resolveLocale(host);
    if (locale === state.wanted) {
      // Already shown, or already loading (that load will show it).
      if (locale === state.locale && !state.shownFirst) show(locale, state.templates);
      return;
    }
    state.wanted = locale;
    host.requestUpdate();
    const loaded = isTargetLocale(locale) ? templatesIfLoaded(locale) : undefined;
    if (!isTargetLocale(locale) || loaded) {
      show(locale, loaded);
      return;
    }
    state.loading = loadTemplates(locale).then(
      (templates) => {
        if (state.wanted === locale) show(locale, templates);
      },
      () => {
        warnOnce(
          `the ${locale} translation could not be loaded; showing English. It is tried again on the next change.`,
        );
        if (state.wanted === locale) show((state.wanted = sourceLocale), undefined);
      },
    );
  };
  const state = {
    locale: sourceLocale as LocaleCode,
    templates: undefined as Templates | undefined,
    wanted: sourceLocale as LocaleCode,
    shownFirst: false,
    loading: undefined as Promise<void> | undefined,
    update,
    hostConnected() {
      watchDocumentLanguage(update);
      update();
    },
    hostDisconnected: () => unwatchDocumentLanguage(update),
  };
  host.addController(state);
  return state;
}
