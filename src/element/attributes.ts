/** Parsing of the element's attributes into safe values: bad input falls back to the default with one warning. */
import {quote, warnOnce} from '../utils/warn.js';

export const DEFAULT_HEADING_LEVEL = 2;

/** The title's heading level: a whole number from 1 to 5, so that section headings (one below) stay within h2-h6. */
export function parseHeadingLevel(value: unknown): number {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 5) return level;
  warnOnce(`heading-level=${quote(value)} is not a whole number from 1 to 5; using ${DEFAULT_HEADING_LEVEL}.`);
  return DEFAULT_HEADING_LEVEL;
}

/**
 * `open="all"` or a space-separated list of section ids, matched without regard to case. Unknown ids are ignored with
 * a warning. Ids are looked up in a map: a long list costs one pass over each list, not a search per entry.
 */
export function parseOpenSections(value: unknown, knownIds: readonly string[]): Set<string> {
  if (value === null || value === undefined) return new Set();
  const tokens = String(value).toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.includes('all')) return new Set(knownIds);
  const byLowerCase = new Map(knownIds.map((id) => [id.toLowerCase(), id]));
  const open = new Set<string>();
  const unknown: string[] = [];
  for (const token of tokens) {
    const id = byLowerCase.get(token);
    if (id) open.add(id);
    else unknown.push(token);
  }
  if (unknown.length > 0) {
    warnOnce(`open=${quote(unknown.join(' '))} names no section; known ids are "all", ${quote(knownIds.join(', '))}.`);
  }
  return open;
}
