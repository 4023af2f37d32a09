/** Shows a rendered section (see `article-markup.ts`) open or collapsed: its button's state and its panel. */
export function showSectionOpen(section: HTMLElement | null, open: boolean): void {
  section?.querySelector('.button')?.setAttribute('aria-expanded', String(open));
  const panel = section?.querySelector('.panel');
  if (open) panel?.removeAttribute('hidden');
  else panel?.setAttribute('hidden', 'until-found');
}
