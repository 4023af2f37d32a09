/**
 * Crisis contacts a clinic sets through attributes (`crisis-call`, `crisis-text`, `emergency-call`): a plain phone
 * number, or a URL. Only http, https, tel, mailto and sms URLs are accepted; anything else (javascript:, data:, ...)
 * is ignored with one warning, so an attribute can never become a script link.
 *
 * A phone link shows exactly what it dials: its label is the number alone, and its `href` is made from that label.
 * Invisible characters (bidi overrides, zero-width spaces) and line breaks never reach a label, so a value such as
 * `tel:%E2%80%AE119` cannot show "911" while dialling 119, nor an encoded line break add a sentence to a link.
 */
import {quote, warnOnce} from '../utils/warn.js';

/** Which label a contact gets (`clinic-crisis.ts`): it follows the link's scheme, not the attribute's name. */
export type ContactKind = 'call' | 'text' | 'web' | 'email';

export interface ContactLink {
  href: string;
  kind: ContactKind;
  /** What the reader sees: the number dialled, the address written to or the site's host. */
  shown: string;
}

const ALL_CONTACT_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:', 'sms:'];

/** Digits, a leading `+`, `*` and `#` (service codes), and the separators people write between digit groups. */
const PHONE_NUMBER = /^\+?(?=.*\d)[\d\s().*#-]{2,30}$/;
/** The same characters, from the start of a URL's path: a number followed by anything else is cut there. */
const LEADING_NUMBER = /^\+?[\d\s().*#-]*/;
const EMAIL_ADDRESS = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u;

/**
 * Text as the reader should see it: without format characters (Unicode category Cf: bidi controls such as U+202E
 * RIGHT-TO-LEFT OVERRIDE, zero-width spaces and joiners), every run of white space or line breaks one space.
 */
const visible = (text: string): string =>
  text
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Percent-escapes decoded; undefined when one is malformed (`%`, `%zz`): `decodeURIComponent` throws on those. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function parsedUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** `number` is as shown; the link dials its digits, `+`, `*` and `#` (escaped, as `#` would start a fragment). */
const phoneLink = (scheme: 'tel' | 'sms', number: string, query = ''): ContactLink => ({
  href: `${scheme}:${number.replace(/[^\d+*#]/g, '').replace(/#/g, '%23')}${query}`,
  kind: scheme === 'tel' ? 'call' : 'text',
  shown: number,
});

/**
 * `scheme` is used for plain numbers: `tel` to call, `sms` to text. `protocols` are the URL schemes accepted (the
 * emergency line takes only `tel:`). Anything unusable is ignored with one warning.
 */
export function contactLink(
  attribute: string,
  value: string | null,
  scheme: 'tel' | 'sms',
  protocols: readonly string[] = ALL_CONTACT_PROTOCOLS,
): ContactLink | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const ignored = (problem: string): undefined => {
    warnOnce(`${attribute}=${quote(text)} ${problem}; ignored.`);
    return undefined;
  };
  if (PHONE_NUMBER.test(visible(text))) return phoneLink(scheme, visible(text));
  const url = parsedUrl(text);
  if (!url || !protocols.includes(url.protocol)) {
    const schemes = protocols.map((protocol) => protocol.slice(0, -1)).join(', ');
    return ignored(`is not a phone number or a URL of these kinds: ${schemes}`);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return {href: url.href, kind: 'web', shown: url.host};
  // Empty when a percent-escape is malformed: then there is no address or number to show.
  const path = decoded(url.pathname) ?? '';
  if (url.protocol === 'mailto:') {
    return EMAIL_ADDRESS.test(path) && visible(path) === path
      ? {href: url.href, kind: 'email', shown: path}
      : ignored('is not one e-mail address');
  }
  const number = visible(visible(path).match(LEADING_NUMBER)?.[0] ?? '');
  if (!PHONE_NUMBER.test(number)) return ignored('has no phone number');
  // A number followed by more (`;ext=`, a second number, text after a line break): only the number is shown and dialled.
  if (number !== path.replace(/\s+/g, ' ').trim()) {
    warnOnce(`${attribute}=${quote(text)} shows and dials only the number ${number}.`);
  }
  return url.protocol === 'sms:' ? phoneLink('sms', number, url.search) : phoneLink('tel', number);
}
