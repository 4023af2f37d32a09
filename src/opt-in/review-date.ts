/**
 * The review line at the end: the clinic's `reviewed` slot ("Reviewed by …") and the `last-reviewed` attribute, an
 * ISO date (`2026-10-01`) shown in the reader's language through `Intl`.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {quote, warnOnce} from '../utils/warn.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface ReviewDate {
  /** For `<time datetime>`. */
  iso: string;
  date: Date;
}

function parseReviewDate(value: string | null): ReviewDate | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = ISO_DATE.exec(text);
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return {iso: text, date};
  }
  warnOnce(`last-reviewed=${quote(text)} is not a date written as YYYY-MM-DD; it is not shown.`);
  return undefined;
}

const formatReviewDate = ({date}: ReviewDate, locale: string): string =>
  new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(date);

/** Rendered only when there is a reviewer or a valid date. */
export function renderReviewLine(host: Element, lastReviewed: string | null, locale: string): unknown {
  const reviewDate = parseReviewDate(lastReviewed);
  const hasReviewer = host.querySelector(':scope > [slot="reviewed"]') !== null;
  if (!reviewDate && !hasReviewer) return nothing;
  return html`
    <footer class="reviewed" part="reviewed" aria-label=${msg('Medical review', {id: 'ui.reviewed'})}>
      <slot name="reviewed"></slot>
      ${
        reviewDate
          ? html`<p>
              <time datetime=${reviewDate.iso}
                >${msg(str`Last reviewed: ${formatReviewDate(reviewDate, locale)}`, {id: 'ui.last-reviewed'})}</time
              >
            </p>`
          : nothing
      }
    </footer>
  `;
}
