/**
 * Crisis contacts a clinic sets through attributes (`crisis-call`, `crisis-text`, `emergency-call`): a plain phone
 * number, or a URL. Only http, https, tel, mailto and sms URLs are accepted; anything else (javascript:, data:, ...)
 * is ignored with one warning, so an attribute can never become a script link.
 */
import {quote, warnOnce} from './warn.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'mailto:', 'sms:']);
const PHONE_NUMBER = /^\+?[\d\s().-]{2,30}$/;

export interface ContactLink {
  href: string;
  /** What the reader sees: the number as the clinic wrote it, or the URL's number, address or host. */
  number: string;
}

/** `scheme` is used for plain numbers: `tel` to call, `sms` to text. */
export function contactLink(attribute: string, value: string | null, scheme: 'tel' | 'sms'): ContactLink | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (PHONE_NUMBER.test(text)) return {href: `${scheme}:${text.replace(/[^\d+]/g, '')}`, number: text};
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !ALLOWED_PROTOCOLS.has(url.protocol)) {
    warnOnce(`${attribute}=${quote(text)} is not a phone number or an http, https, tel, mailto or sms URL; ignored.`);
    return undefined;
  }
  const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
  return {href: url.href, number: isWeb ? url.host : decodeURIComponent(url.pathname)};
}
