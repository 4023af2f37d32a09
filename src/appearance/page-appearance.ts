/**
 * How the widget fits the page it is on. `color-scheme="auto"` takes the colour actually painted behind the widget:
 * the first ancestor (across shadow roots and slots) with a mostly opaque background, else the page's declared
 * `color-scheme` (CSS or `<meta>`); only when the page says nothing does the reader's light or dark setting decide.
 * One getComputedStyle walk per check: at connect, and when the page or the reader's setting changes.
 */
import {sharedWatch} from '../utils/shared-watch.js';
import {Dom} from '../markup/dom-contract.js';

/** The page behind `element` is dark: true or false, or undefined when the page gives no signal. */
function pageIsDark(element: Element): boolean | undefined {
  for (
    let node: Element | null = element;
    node;
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
  ) {
    const [r = 0, g = 0, b = 0, alpha = 1] = rgba(getComputedStyle(node).backgroundColor);
    // Relative luminance (WCAG 2.2, with the usual 2.2 gamma) below 0.18: white text contrasts with it more than
    // black text does.
    if (alpha >= 0.5) return 0.2126 * r ** 2.2 + 0.7152 * g ** 2.2 + 0.0722 * b ** 2.2 < 0.18;
  }
  let declared = getComputedStyle(element).colorScheme;
  if (declared === 'normal')
    declared = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const light = declared.includes('light');
  // A page that supports both gets its canvas in the reader's scheme; one that declares nothing stays light.
  return declared.includes('dark') ? (light ? readerPrefersDark() : true) : light ? false : undefined;
}

/**
 * A computed colour as sRGB channels from 0 to 1 and alpha. Colours outside rgb() (oklch(), lab(), color(): a
 * Tailwind 4 site's) are converted by painting one pixel; without a canvas they count as transparent.
 */
function rgba(color: string): number[] {
  if (color.startsWith('rgb'))
    return (color.match(/[\d.]+/g) ?? []).map((value, index) => (index < 3 ? +value / 255 : +value));
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [0, 0, 0, 0];
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data].map((value) => value / 255);
}

const darkQuery = '(prefers-color-scheme: dark)';
const readerPrefersDark = (): boolean => matchMedia(darkQuery).matches;

/**
 * The classes of the widget's wrapper: `dark` for its dark colours; `own-surface` when it paints its own background
 * (always in dark; in light on a dark page, a light one); `tinted` when the clinic gave panels a background;
 * `page-ltr` or `page-rtl`, the page's direction around the widget.
 */
export function appearance(host: HTMLElement, requested: string): string {
  const pageDark = pageIsDark(host);
  const dark = requested === 'dark' || (requested !== 'light' && (pageDark ?? readerPrefersDark()));
  const hostStyle = getComputedStyle(host);
  const tinted = !/^\s*(transparent)?\s*$/.test(hostStyle.getPropertyValue('--ketamine-explainer-panel-background'));
  // The page's direction for the clinic's slotted content (see `.page-rtl` in the styles).
  const pageDirection = ` ${Dom.PageDirectionPrefix}${hostStyle.direction}`;
  const surface = dark ? `${Dom.Dark} ${Dom.OwnSurface}` : pageDark ? Dom.OwnSurface : '';
  return `${surface}${tinted ? ` ${Dom.Tinted}` : ''}${pageDirection}`;
}

/** Checks again when the page's `<html>` or `<body>` changes (a site's own theme switch) or the reader's setting does. */
export const {watch: watchPageAppearance, unwatch: unwatchPageAppearance} = sharedWatch((notify) => {
  const observer = new MutationObserver(notify);
  for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, {attributes: true});
  const query = matchMedia(darkQuery);
  query.addEventListener('change', notify);
  return () => {
    observer.disconnect();
    query.removeEventListener('change', notify);
  };
});

/** Whether the reader asked for less motion: scrolling then jumps instead of gliding (WCAG 2.2, 2.3.3). */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
