// Where a site serves the widget's files, as the commands take it (--base-url): an http(s) URL or a path, ending in
// "/". Anything else (javascript:, data:, quotes, angle brackets, spaces) is refused: the value is written into a
// page's HTML, and a missing "/" would turn `…/kx` + `ketamine-explainer.css` into `…/kxketamine-explainer.css`.

/** `value` ending in "/", or undefined when it is not an http(s) URL or a path. */
export function normalizedBaseUrl(value) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:\/\//i.test(value)) return undefined;
  if (/[\s"<>\\]/.test(value) || value === '') return undefined;
  return value.endsWith('/') ? value : `${value}/`;
}
