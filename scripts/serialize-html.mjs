// The HTML of a DOM tree built on linkedom (the prerendered embeds), serialised as the HTML standard's fragment
// serialisation algorithm does (https://html.spec.whatwg.org/multipage/parsing.html#escapingString): in text, &, <, >
// and U+00A0 escaped; in attribute values, & and " (and U+00A0). linkedom's own outerHTML leaves & raw in attribute
// values, so `href="https://clinic.example&commat;evil.example/"` reached the page as a link to evil.example.
// includes/render.php escapes the same way (ketamine_explainer_escape_text, ketamine_explainer_escape_markup_attribute).

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text is raw, never escaped (the embeds have none today; kept correct should one appear). */
const RAW_TEXT_ELEMENTS = new Set(['style', 'script']);

/** Text content escaped (U+00A0 as `&#160;`, as linkedom wrote it, so that the output bytes stay as they were). */
export const escapeText = (text) =>
  text.replace(/[&<>\u00A0]/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00A0': '&#160;'})[char]);

/** An attribute value escaped, to sit between double quotes. */
export const escapeAttributeValue = (value) =>
  value.replace(/[&"\u00A0]/g, (char) => ({'&': '&amp;', '"': '&quot;', '\u00A0': '&#160;'})[char]);

/** The HTML of `node` itself and everything in it. */
export function serializeHtml(node) {
  if (node.nodeType === node.TEXT_NODE) {
    return RAW_TEXT_ELEMENTS.has(node.parentNode?.localName) ? node.data : escapeText(node.data);
  }
  if (node.nodeType === node.COMMENT_NODE) return `<!--${node.data}-->`;
  if (node.nodeType !== node.ELEMENT_NODE) return '';
  const tag = node.localName;
  const attributes = [...node.attributes]
    // An empty value as a bare name (`open`), as linkedom wrote it: the same DOM, and the same bytes as before.
    .map(({name, value}) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttributeValue(value)}"`))
    .join('');
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attributes}>`;
  const children = tag === 'template' ? node.content.childNodes : node.childNodes;
  return `<${tag}${attributes}>${[...children].map(serializeHtml).join('')}</${tag}>`;
}
