/**
 * Per-element locales on top of @lit/localize, and the only module that touches its internals.
 *
 * @lit/localize's runtime mode keeps one locale for the whole page (`configureLocalization` may run only once). A
 * page can hold several explainers in different languages (a bilingual clinic page, or two readers' pickers), so
 * instead of a page-wide locale each element keeps the translation templates of its own locale and renders with
 * `renderInLocale()`, which points `msg()` at those templates for the duration of that synchronous render. The
 * messages, the XLIFF files and the generated modules are the standard @lit/localize ones.
 *
 * `_installMsgImplementation` is internal to @lit/localize (its own `configureLocalization` uses it to replace
 * `msg`); tests/msg-runtime.test.ts fails, naming this module, if a new version changes what it does.
 */
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import type {LocaleModule, MsgFn, MsgOptions, StrResult} from '@lit/localize';

export type Templates = LocaleModule['templates'];

let activeTemplates: Templates | undefined;

/**
 * `msg()` for our messages, which all have explicit ids: the active translation, else the English source. A `str`
 * translation's values are indices into the source's values, because a translation may reorder its placeholders.
 * (@lit/localize's own runtime also hashes messages without ids, which this widget never needs.)
 */
function translate(template: string | StrResult, options?: MsgOptions): string {
  const translation = options?.id === undefined ? undefined : activeTemplates?.[options.id];
  if (typeof template === 'string') return typeof translation === 'string' ? translation : template;
  const [strings, values] =
    translation && typeof translation !== 'string' && 'strTag' in translation
      ? [translation.strings, (translation.values as number[]).map((index) => template.values[index])]
      : [template.strings, template.values];
  return strings.reduce((text, part, index) => text + String(values[index - 1]) + part);
}

_installMsgImplementation(translate as MsgFn);

/** Calls `render` with `msg()` answering from `templates` (undefined: the English source). */
export function renderInLocale<T>(templates: Templates | undefined, render: () => T): T {
  const outer = activeTemplates;
  activeTemplates = templates;
  try {
    return render();
  } finally {
    activeTemplates = outer;
  }
}
