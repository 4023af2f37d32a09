/** Text or an attribute value made safe to write into HTML by the scripts that write pages and embeds. */
export const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[char]);
